import { useRef, useState } from 'react';
import type { ComposedSlide } from '../../../shared/deck/compose-deck';
import { hasSlideData, slideCsv } from '../../../shared/deck/slide-csv';
import { downloadBlob } from '../backup/download';
import { downloadText } from '../import/rejects-csv';
import './slide-export.css';

/** How many device pixels per CSS pixel the exported chart has: sharp on a 2× slide or in print. */
const PNG_SCALE = 2;

/** The colour the slide paints behind the chart (the canvas itself is transparent); white if none. */
function backgroundBehind(element: Element): string {
  for (let e: Element | null = element; e !== null; e = e.parentElement) {
    const color = getComputedStyle(e).backgroundColor;
    if (color !== '' && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}

/**
 * The drawn chart at exactly `PNG_SCALE`× its on-slide size on the slide's own background, so
 * its dark labels stay readable wherever it is pasted. Chart.js already draws at least 2×
 * (see chart-config); a 3× screen's drawing is scaled down.
 */
function atExportScale(canvas: HTMLCanvasElement): HTMLCanvasElement | null {
  // clientWidth is the layout size, unaffected by the editor's scale transform.
  const width = Math.round(canvas.clientWidth * PNG_SCALE);
  const height = Math.round(canvas.clientHeight * PNG_SCALE);
  if (width === 0 || height === 0 || canvas.width === 0) return null;
  const copy = document.createElement('canvas');
  copy.width = width;
  copy.height = height;
  const ctx = copy.getContext('2d');
  if (ctx === null) return null;
  ctx.fillStyle = backgroundBehind(canvas);
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(canvas, 0, 0, width, height);
  return copy;
}

/** The PNG bytes of a canvas, or `null` when the browser cannot encode it. */
function pngOf(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * Under the selected slide: "Chart as PNG" (the chart as drawn, at 2×) and "Data as CSV" (what
 * the slide shows, see `slideCsv`), for people who build their own slides. A disabled button
 * says why in its title; the visible words are the accessible names.
 */
export function SlideExportButtons({ slide }: { slide: ComposedSlide }) {
  const root = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const kind = slide.state.kind;
  const hasChart = slide.draft.visual?.type === 'chart';
  const hasData = hasSlideData(slide.draft);

  const exportPng = async () => {
    setMessage(null);
    const canvas = root.current
      ?.closest('.qd-editor__stage')
      ?.querySelector<HTMLCanvasElement>('.qd-editor__slide canvas');
    const source = canvas ? atExportScale(canvas) : null;
    if (!source) {
      setMessage('The chart is not drawn yet. Try again in a moment.');
      return;
    }
    const blob = await pngOf(source);
    if (blob === null) {
      setMessage('The chart could not be saved as a PNG.');
      return;
    }
    downloadBlob(blob, `${kind}.png`);
  };

  const exportCsv = () => {
    setMessage(null);
    // Same encoding as the drill-down CSV: UTF-8 with a BOM, so Excel reads accents right.
    downloadText(`${kind}.csv`, slideCsv(slide.draft), 'text/csv');
  };

  return (
    <div className="qd-slide-export" ref={root} data-testid="slide-export">
      <button
        type="button"
        className="btn btn--secondary btn--sm"
        data-testid="slide-export-png"
        disabled={!hasChart}
        title={
          hasChart
            ? "Save this slide's chart as an image, twice its size on the slide"
            : 'This slide has no chart to save as an image.'
        }
        onClick={() => void exportPng()}
      >
        Chart as PNG
      </button>
      <button
        type="button"
        className="btn btn--secondary btn--sm"
        data-testid="slide-export-csv"
        disabled={!hasData}
        title={
          hasData
            ? 'Save the figures this slide shows as a CSV file'
            : 'This slide shows no figures or text to save as CSV.'
        }
        onClick={exportCsv}
      >
        Data as CSV
      </button>
      {message !== null ? (
        <span className="qd-slide-export__message" role="status">
          {message}
        </span>
      ) : null}
    </div>
  );
}
