import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ALL_SLIDES_HIDDEN } from '../../../shared/deck/compose-deck';
import type { DeckState } from '../../../shared/deck/deck-model';
import type { DraftContext } from '../../../shared/deck/draft-context';
import type { Report } from '../../../shared/metrics/report-types';
import { RenderFailureContext } from '../charts/render-failure';
import { SlideCanvas } from '../slides/SlideCanvas';
import { useComposedDeck } from '../slides/use-composed-deck';
import { clearPrintError, markPrintError, markPrintReady } from './print-markers';

/** Props of the printable deck: what to draw, and whether to open the print dialog once ready. */
export interface PrintDeckProps {
  deck: DeckState;
  report: Report;
  context: DraftContext;
  autoprint: boolean;
}

/** Sets the print-ready marker on <html>, then opens the print dialog when asked to. */
function announceReady(autoprint: boolean): void {
  markPrintReady();
  // Let the marker land and layout settle before the dialog blocks the page.
  if (autoprint && document.documentElement.dataset.printReady === 'true') {
    setTimeout(() => window.print(), 50);
  }
}

/**
 * Every shown slide (not hidden, and drawable from the report) as one 1280 × 720 page. When every slide (chart included) has drawn
 * and the fonts are loaded, it sets `data-print-ready="true"` on <html>, the marker the
 * shell and the CLI wait for before printing. With no visible slide, or a chart that
 * cannot be drawn, it sets `data-print-error` with a sentence instead.
 */
export function PrintDeck({ deck, report, context, autoprint }: PrintDeckProps) {
  const source = useMemo(() => ({ report, context }), [report, context]);
  const composed = useComposedDeck(deck, source);
  const { shown: slides, frame } = composed;
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
  const onFailure = useCallback((message: string) => markPrintError(message), []);
  useEffect(() => {
    if (slides.length === 0) markPrintError(ALL_SLIDES_HIDDEN);
    else clearPrintError(ALL_SLIDES_HIDDEN);
  }, [slides.length]);
  if (slides.length === 0 || !frame) {
    return <p className="qd-print-message">{ALL_SLIDES_HIDDEN}</p>;
  }
  return (
    <RenderFailureContext value={onFailure}>
      <div className="qd-print-root" data-testid="print-deck">
        {slides.map((s) => (
          <div key={s.state.id} className="print-page">
            <SlideCanvas slide={s} frame={frame} fit="none" onReady={onReady.get(s.state.id)} />
          </div>
        ))}
      </div>
    </RenderFailureContext>
  );
}
