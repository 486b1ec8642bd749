import { useEffect, useMemo, useState } from 'react';
import {
  addSlide,
  moveSlide,
  removeSlide,
  setBody,
  setHeadline,
  setNotes,
  setSlides,
  toggleHidden,
} from '../../../shared/deck/deck-updaters';
import { ALL_SLIDES_HIDDEN_ACTIONS } from '../../../shared/deck/compose-deck';
import { checkStoryline, fixStoryline } from '../../../shared/deck/storyline';
import { AppChrome } from '../chrome/AppChrome';
import { useDeck, useDecks, useReport } from '../data/use-report';
import { navigate } from '../routing';
import { SlideCanvas } from '../slides/SlideCanvas';
import { DrillProvider } from '../drill/DrillProvider';
import { useComposedDeck } from '../slides/use-composed-deck';
import { describeExport, exportDeckPdf } from './export-pdf';
import { ExportDialog } from './ExportDialog';
import { defaultPdfTitle, type PrintOptions } from '../../../shared/print-options';
import { startPresenterView } from '../present/open-show';
import { SlideInspector } from './SlideInspector';
import { SlideList } from './SlideList';
import { StorylineBanner } from './StorylineBanner';
import { DeckBar } from './DeckBar';
import { TEMPLATES } from '../../../shared/deck/templates';
import { AddSlide } from './AddSlide';
import { SlideExportButtons } from './SlideExportButtons';
import './deck.css';

/** The deck editor: slide list on the left, the selected slide large, its words and the storyline on the right. */
export function DeckScreen() {
  const state = useReport();
  const { deck, update, saveError } = useDeck();
  const decks = useDecks();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);

  useEffect(() => {
    if (state.status === 'empty') navigate('home');
  }, [state.status]);

  const ready = state.status === 'ready' ? state : null;
  const { slides, drafts, frame } = useComposedDeck(deck, ready);
  const allHidden = deck !== null && frame !== null && frame.visibleCount === 0;
  const whyDisabled = allHidden ? ALL_SLIDES_HIDDEN_ACTIONS : undefined;
  const warnings = useMemo(
    () => (deck ? checkStoryline(deck.template, deck.slides, drafts ?? undefined) : []),
    [deck, drafts],
  );
  const warnedIds = useMemo(() => new Set(warnings.map((w) => w.slideId)), [warnings]);
  const selected = slides.find((s) => s.state.id === selectedId) ?? slides[0];

  const onExport = async (options: PrintOptions) => {
    if (!ready) return;
    setExportOpen(false);
    setExporting(true);
    setExportMessage(null);
    const outcome = await exportDeckPdf(`${options.title}.pdf`, options);
    setExporting(false);
    setExportMessage(describeExport(outcome));
  };

  const actions = (
    <>
      <button
        type="button"
        className="btn btn--secondary"
        data-testid="export-pdf"
        disabled={!ready || exporting || allHidden}
        title={whyDisabled}
        onClick={() => setExportOpen(true)}
      >
        {exporting ? 'Exporting…' : 'Export PDF'}
      </button>
      {exportOpen && ready && deck ? (
        <ExportDialog
          defaultTitle={defaultPdfTitle(deck.name, ready.report.period.label)}
          onExport={(options) => void onExport(options)}
          onClose={() => setExportOpen(false)}
        />
      ) : null}
      <button
        type="button"
        className="btn btn--secondary"
        data-testid="presenter-view"
        disabled={!ready || allHidden}
        title={whyDisabled ?? 'Audience window plus your notes, the next slide and a timer'}
        onClick={() => startPresenterView(1)}
      >
        Presenter view
      </button>
      <button
        type="button"
        className="btn btn--primary"
        data-testid="present"
        disabled={!ready || allHidden}
        title={whyDisabled}
        onClick={() => navigate('present', { slide: '1' })}
      >
        Present
      </button>
    </>
  );

  let body;
  if (state.status === 'error') {
    body = (
      <div className="page">
        <div className="alert alert--danger" data-testid="report-error">
          <span className="alert__icon" aria-hidden="true">
            !
          </span>
          <div className="alert__body">
            <span className="alert__title">The deck cannot be built from this data</span>
            <span>{state.message}</span>
            <a href="#/settings">Check the period and as-of date in Settings</a>
          </div>
        </div>
      </div>
    );
  } else if (!deck || !frame || !selected) {
    body = <div className="page muted">Loading the deck…</div>;
  } else {
    // The inspector is keyed by this id, so its (debounced) edits always reach its own slide.
    const selectedSlideId = selected.state.id;
    body = (
      <div className="qd-deck-page">
        <DeckBar
          key={`${deck.id}\n${deck.name}`}
          deck={deck}
          decks={decks ?? [deck]}
          onUpdate={update}
        />
        <div className="qd-editor" data-testid="deck-editor">
          <aside className="qd-editor__list">
            <SlideList
              slides={slides}
              frame={frame}
              selectedId={selected.state.id}
              warnedIds={warnedIds}
              onSelect={setSelectedId}
              onMove={(id, to) => update((d) => moveSlide(d, id, to))}
              onToggleHidden={(id) => update((d) => toggleHidden(d, id))}
            />
            <AddSlide
              afterName={selected.headline}
              onAdd={(kind) => {
                let added: string | null = null;
                update((d) => {
                  const result = addSlide(d, kind, selectedSlideId);
                  added = result.slideId;
                  return result.deck;
                });
                if (added !== null) setSelectedId(added);
              }}
            />
          </aside>
          <section className="qd-editor__stage" aria-label="Selected slide">
            <StorylineBanner
              warnings={warnings}
              onFix={() => update((d) => setSlides(d, fixStoryline(d.template, d.slides)))}
            />
            {saveError ? (
              <div className="alert alert--danger" role="alert" data-testid="deck-save-error">
                <span className="alert__icon" aria-hidden="true">
                  !
                </span>
                <div className="alert__body">
                  <span>{saveError}</span>
                  <button
                    type="button"
                    className="qd-link-btn"
                    data-testid="deck-save-retry"
                    onClick={() => update((d) => d)}
                  >
                    Try again
                  </button>
                </div>
              </div>
            ) : null}
            {exportMessage ? (
              <div
                className="alert alert--info qd-export-status"
                role="status"
                data-testid="export-status"
              >
                <div className="alert__body">{exportMessage}</div>
              </div>
            ) : null}
            <div className="qd-editor__slide" data-selected-kind={selected.state.kind}>
              <DrillProvider currency={ready?.context.currency ?? null}>
                <SlideCanvas slide={selected} frame={frame} fit="width" />
              </DrillProvider>
            </div>
            <SlideExportButtons slide={selected} />
            <p className="qd-editor__hint" data-testid="editor-hint">
              {selected.unavailable !== null
                ? `${selected.unavailable} Until then this slide is left out of present mode and the PDF.`
                : selected.state.hidden
                  ? 'This slide is hidden: it is left out of present mode and the PDF.'
                  : `Drag a thumbnail to reorder, or focus it and press Space, ↑ or ↓, then Space. ${TEMPLATES[deck.template].rule}`}
            </p>
          </section>
          <aside className="qd-editor__side">
            <SlideInspector
              key={selected.state.id}
              slide={selected}
              onHeadline={(text) => update((d) => setHeadline(d, selectedSlideId, text))}
              onNotes={(text) => update((d) => setNotes(d, selectedSlideId, text))}
              onBody={(text) => update((d) => setBody(d, selectedSlideId, text))}
              canRemove={deck.slides.length > 1}
              onRemove={() => {
                const at = deck.slides.findIndex((s) => s.id === selectedSlideId);
                const neighbour = deck.slides[at + 1] ?? deck.slides[at - 1];
                update((d) => removeSlide(d, selectedSlideId));
                setSelectedId(neighbour?.id ?? null);
              }}
            />
          </aside>
        </div>
      </div>
    );
  }
  return <AppChrome actions={actions}>{body}</AppChrome>;
}
