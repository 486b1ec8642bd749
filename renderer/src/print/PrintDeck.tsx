import { useEffect, useMemo, useRef } from 'react';
import type { DeckState } from '../../../shared/deck/deck-model';
import type { DraftContext } from '../../../shared/deck/draft-context';
import type { Report } from '../../../shared/metrics/report-types';
import { composeSlides, slideFrame } from '../slides/compose-slides';
import { SlideCanvas } from '../slides/SlideCanvas';

/** Props of the printable deck: what to draw, and whether to open the print dialog once ready. */
export interface PrintDeckProps {
  deck: DeckState;
  report: Report;
  context: DraftContext;
  autoprint: boolean;
}

/** Sets the print-ready marker on <html>, then opens the print dialog when asked to. */
function announceReady(autoprint: boolean): void {
  document.documentElement.dataset.printReady = 'true';
  // Let the marker land and layout settle before the dialog blocks the page.
  if (autoprint) setTimeout(() => window.print(), 50);
}

/**
 * Every visible slide as one 1280 × 720 page. When every slide (chart included) has drawn
 * and the fonts are loaded, it sets `data-print-ready="true"` on <html>, the marker the
 * shell and the CLI wait for before printing.
 */
export function PrintDeck({ deck, report, context, autoprint }: PrintDeckProps) {
  const slides = useMemo(
    () => composeSlides(deck, report, context).filter((s) => !s.state.hidden),
    [deck, report, context],
  );
  const frame = useMemo(() => slideFrame(deck, report, context), [deck, report, context]);
  const drawn = useRef(new Set<string>());
  const printed = useRef(false);
  const onReady = useMemo(() => {
    const expected = slides.length;
    const markReady = () => {
      if (printed.current) return;
      printed.current = true;
      announceReady(autoprint);
    };
    return new Map(
      slides.map((s) => [
        s.state.id,
        () => {
          drawn.current.add(s.state.id);
          if (drawn.current.size >= expected) void document.fonts.ready.then(markReady);
        },
      ]),
    );
  }, [slides, autoprint]);
  useEffect(() => {
    if (slides.length === 0) announceReady(false);
  }, [slides.length]);
  return (
    <div className="qd-print-root" data-testid="print-deck">
      {slides.map((s) => (
        <div key={s.state.id} className="print-page">
          <SlideCanvas slide={s} frame={frame} fit="none" onReady={onReady.get(s.state.id)} />
        </div>
      ))}
    </div>
  );
}
