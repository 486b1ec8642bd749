import { useState } from 'react';
import type { ComposedSlide } from '../slides/compose-slides';
import { useDebouncer } from './use-debouncer';

/** Props of the editor for the selected slide's words. */
export interface SlideInspectorProps {
  slide: ComposedSlide;
  /** Saves the headline (`null`: the draft's); must apply to the newest deck, as it may run late. */
  onHeadline: (headline: string | null) => void;
  /** Saves the notes (`null`: the draft's); must apply to the newest deck, as it may run late. */
  onNotes: (notes: string | null) => void;
}

/** Whether a field shows the draft or the user's own words. */
function Provenance({
  edited,
  onReset,
  testId,
}: {
  edited: boolean;
  onReset: () => void;
  testId: string;
}) {
  return (
    <span className="qd-provenance">
      <span className={`badge ${edited ? 'badge--brand' : ''}`} data-testid={`${testId}-state`}>
        {edited ? 'Edited' : 'Drafted'}
      </span>
      {edited ? (
        <button
          type="button"
          className="qd-link-btn"
          onClick={onReset}
          data-testid={`${testId}-reset`}
        >
          Reset to draft
        </button>
      ) : null}
    </span>
  );
}

/**
 * Headline and speaker-notes editors. The words live here while typed and reach the deck
 * after a short pause, on blur and on unmount, so a keystroke redraws nothing else. A
 * headline left empty goes back to the draft. Mount with `key={slide id}`.
 */
export function SlideInspector({ slide, onHeadline, onNotes }: SlideInspectorProps) {
  const [headline, setHeadline] = useState(slide.headline);
  const [notes, setNotes] = useState(slide.notes);
  // The parent's callbacks apply to the newest deck, so an action run late is never stale.
  const headlineSave = useDebouncer();
  const notesSave = useDebouncer();
  // Judged on the words on screen, so the badge is right before the pause has passed.
  const headlineEdited =
    headline.trim() !== '' && (slide.state.headline !== null || headline !== slide.draft.headline);
  const notesEdited = slide.state.notes !== null || notes !== slide.draft.notes;
  return (
    <div className="qd-inspector">
      <div className="field">
        <div className="qd-field-head">
          <label className="field__label" htmlFor="qd-headline">
            Headline
          </label>
          <Provenance
            edited={headlineEdited}
            testId="headline"
            onReset={() => {
              headlineSave.cancel();
              setHeadline(slide.draft.headline);
              onHeadline(null);
            }}
          />
        </div>
        <textarea
          id="qd-headline"
          className="input qd-textarea qd-textarea--headline"
          value={headline}
          rows={3}
          data-testid="headline-input"
          onChange={(e) => {
            setHeadline(e.target.value);
            const text = e.target.value;
            headlineSave.schedule(() => onHeadline(text.trim() === '' ? null : text));
          }}
          onBlur={() => {
            headlineSave.flush();
            if (headline.trim() === '') setHeadline(slide.draft.headline);
          }}
        />
        <span className="field__hint">Leave it empty to use the drafted headline.</span>
      </div>
      <div className="field">
        <div className="qd-field-head">
          <label className="field__label" htmlFor="qd-notes">
            Speaker notes
          </label>
          <Provenance
            edited={notesEdited}
            testId="notes"
            onReset={() => {
              notesSave.cancel();
              setNotes(slide.draft.notes);
              onNotes(null);
            }}
          />
        </div>
        <textarea
          id="qd-notes"
          className="input qd-textarea"
          value={notes}
          rows={9}
          data-testid="notes-input"
          onChange={(e) => {
            setNotes(e.target.value);
            const text = e.target.value;
            notesSave.schedule(() => onNotes(text));
          }}
          onBlur={() => notesSave.flush()}
        />
      </div>
    </div>
  );
}
