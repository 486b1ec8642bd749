import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ALL_SLIDES_HIDDEN } from '../../../shared/deck/compose-deck';
import type { DeckState } from '../../../shared/deck/deck-model';
import type { DraftContext } from '../../../shared/deck/draft-context';
import type { Report } from '../../../shared/metrics/report-types';
import { appendixSlides } from '../../../shared/print-appendix';
import { defaultPdfTitle, type PrintOptions } from '../../../shared/print-options';
import { printSections, slideName, slideOutlineName } from '../../../shared/print-outline';
import { RenderFailureContext } from '../charts/render-failure';
import { SlideCanvas } from '../slides/SlideCanvas';
import { useComposedDeck } from '../slides/use-composed-deck';
import { HandoutPage } from './HandoutPage';
import { PrintAppendix } from './PrintAppendix';
import { clearPrintError, markPrintError, markPrintReady } from './print-markers';
import { pageRules } from './print-page-css';
import { useAppendix, type DrillSource } from './use-appendix';

/** Props of the printable deck: what to draw, how, and whether to open the print dialog once ready. */
export interface PrintDeckProps {
  deck: DeckState;
  report: Report;
  context: DraftContext;
  autoprint: boolean;
  options: PrintOptions;
  /** Where the appendix's records come from (asked only when `options.appendix`). */
  drill: DrillSource;
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
 * The slides draw their headline as an h1 for the editor and present mode. In print the
 * outline is section (h1) › slide (h2, the slide's name), so a slide's own headline is read
 * as the paragraph under it: Chromium builds the PDF's bookmarks and tags from the
 * accessibility tree, where the role wins, and a headline wrapped over two lines would make a
 * bookmark with its words run together.
 */
function nestSlideHeadings(root: HTMLElement | null): void {
  root
    ?.querySelectorAll('.qd-stage h1, .qd-stage h2')
    .forEach((h) => h.setAttribute('aria-level', '3'));
}

/** The document title while the print route shows: Chromium writes it as the PDF's Title. */
function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

/**
 * Every shown slide (not hidden, and drawable from the report) as one 16:9 page, or, as a
 * handout, one portrait page with the slide and its speaker notes; then, when asked, the
 * appendix of the records behind each figure. The DOM carries the outline: an h1 per act of
 * the storyline and an h2 per slide (hidden on slide pages, where nothing may cover the
 * slide). When every slide (chart included) has drawn, the appendix is in and the fonts are
 * loaded, it sets `data-print-ready="true"` on <html>, the marker the shell and the CLI wait
 * for before printing. With no visible slide, or a chart that cannot be drawn, it sets
 * `data-print-error` with a sentence instead.
 */
export function PrintDeck({ deck, report, context, autoprint, options, drill }: PrintDeckProps) {
  const source = useMemo(() => ({ report, context }), [report, context]);
  const { shown: slides, frame } = useComposedDeck(deck, source);
  const title =
    options.title !== '' ? options.title : defaultPdfTitle(deck.name, report.period.label);
  useDocumentTitle(title);
  const sections = useMemo(() => printSections(slides, deck.template), [slides, deck.template]);
  const figures = useMemo(
    () =>
      options.appendix
        ? appendixSlides(
            slides.map((s) => ({
              name: `Slide ${s.number ?? ''} · ${slideName(s)}`,
              draft: s.draft,
            })),
          )
        : null,
    [options.appendix, slides],
  );
  const appendix = useAppendix(figures, drill, options.layout);
  const root = useRef<HTMLDivElement>(null);
  const drawn = useRef(new Set<string>());
  const [allDrawn, setAllDrawn] = useState(false);
  const printed = useRef(false);
  const onReady = useMemo(() => {
    const expected = slides.length;
    return new Map(
      slides.map((s) => [
        s.state.id,
        () => {
          drawn.current.add(s.state.id);
          if (drawn.current.size >= expected) setAllDrawn(true);
        },
      ]),
    );
  }, [slides]);
  useEffect(() => {
    if (!allDrawn || appendix.status === 'loading') return;
    void document.fonts.ready.then(() => {
      if (printed.current) return;
      printed.current = true;
      nestSlideHeadings(root.current);
      announceReady(autoprint);
    });
  }, [allDrawn, appendix.status, autoprint]);
  useEffect(() => nestSlideHeadings(root.current));
  const onFailure = useCallback((message: string) => markPrintError(message), []);
  useEffect(() => {
    if (slides.length === 0) markPrintError(ALL_SLIDES_HIDDEN);
    else clearPrintError(ALL_SLIDES_HIDDEN);
  }, [slides.length]);
  if (slides.length === 0 || !frame) {
    return <p className="qd-print-message">{ALL_SLIDES_HIDDEN}</p>;
  }
  const handout = options.layout === 'handout';
  return (
    <RenderFailureContext value={onFailure}>
      <style>{pageRules(options.layout)}</style>
      <div
        ref={root}
        className={`qd-print-root qd-print-root--${options.layout}`}
        data-testid="print-deck"
        data-layout={options.layout}
      >
        {sections.flatMap((section, at) =>
          section.slides.map((s, i) => {
            const sectionHeading =
              i === 0 ? (
                <h1 className="qd-print-outline" data-section={at}>
                  {section.title}
                </h1>
              ) : null;
            const canvas = (
              <SlideCanvas slide={s} frame={frame} fit="none" onReady={onReady.get(s.state.id)} />
            );
            return handout ? (
              <HandoutPage
                key={s.state.id}
                slide={s}
                total={slides.length}
                section={section.title}
                documentTitle={title}
                sectionHeading={sectionHeading}
              >
                {canvas}
              </HandoutPage>
            ) : (
              <div key={s.state.id} className="print-page">
                {sectionHeading}
                <h2 className="qd-print-outline">{slideOutlineName(s)}</h2>
                {canvas}
              </div>
            );
          }),
        )}
        {appendix.status === 'ready' ? (
          <PrintAppendix parts={appendix.parts} currency={context.currency} />
        ) : null}
      </div>
    </RenderFailureContext>
  );
}
