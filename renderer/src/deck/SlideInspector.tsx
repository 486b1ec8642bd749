import { useState } from 'react';
import type { ComposedSlide } from '../slides/compose-slides';
import { useDebouncer } from './use-debouncer';
import { InlineConfirm } from './InlineConfirm';

/** Props of the editor for the selected slide's words. */
export interface SlideInspectorProps {
  slide: ComposedSlide;
  /** Saves the headline (`null`: the draft's); must apply to the newest deck, as it may run late. */
  onHeadline: (headline: string | null) => void;
  /** Saves the notes (`null`: the draft's); must apply to the newest deck, as it may run late. */
  onNotes: (notes: string | null) => void;
  /** Saves a free-text slide's body; must apply to the newest deck, as it may run late. */
  onBody: (body: string) => void;
  /** False for the deck's last slide: a deck keeps at least one. */
  canRemove: boolean;
  onRemove: () => void;
}

/**
 * The drafted words beside the user's edit, so a redraft from new numbers never overwrites
 * what the user wrote and the two can be compared before taking the draft back.
 */
function DraftBeside({ text, testId }: { text: string; testId: string }) {
  if (text.trim() === '') return null;
  return (
    <p className="qd-draft-beside" data-testid={testId}>
      <span className="qd-draft-beside__label">Drafted from the numbers:</span> {text}
    </p>
  );
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
export function SlideInspector({
  slide,
  onHeadline,
  onNotes,
  onBody,
  canRemove,
  onRemove,
}: SlideInspectorProps) {
  const [headline, setHeadline] = useState(slide.headline);
  const [notes, setNotes] = useState(slide.notes);
  const [body, setBodyText] = useState(slide.state.body ?? '');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const bodySave = useDebouncer();
  const { kind } = slide.state;
  const figures = kind !== 'free-text' && kind !== 'section-divider';
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
        <span className="field__hint">
          {kind === 'section-divider'
            ? 'Leave it empty to name the section that follows.'
            : 'Leave it empty to use the drafted headline.'}
        </span>
        {figures && headlineEdited ? (
          <DraftBeside text={slide.draft.headline} testId="headline-draft" />
        ) : null}
      </div>
      {kind === 'free-text' ? (
        <div className="field">
          <label className="field__label" htmlFor="qd-body">
            Text on the slide
          </label>
          <textarea
            id="qd-body"
            className="input qd-textarea"
            value={body}
            rows={8}
            data-testid="body-input"
            onChange={(e) => {
              setBodyText(e.target.value);
              const text = e.target.value;
              bodySave.schedule(() => onBody(text));
            }}
            onBlur={() => bodySave.flush()}
          />
          <span className="field__hint">
            A paragraph per line; start a line with “- ” for a bullet.
          </span>
        </div>
      ) : null}
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
        {figures && notesEdited ? (
          <DraftBeside text={slide.draft.notes} testId="notes-draft" />
        ) : null}
      </div>
      <div className="qd-remove-slide">
        {confirmRemove ? (
          <InlineConfirm
            question="Remove this slide and its words?"
            confirmLabel="Remove"
            testId="remove-slide-confirm"
            onConfirm={onRemove}
            onCancel={() => setConfirmRemove(false)}
          />
        ) : (
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            data-testid="remove-slide"
            disabled={!canRemove}
            title={canRemove ? undefined : 'A deck keeps at least one slide.'}
            onClick={() => setConfirmRemove(true)}
          >
            Remove slide
          </button>
        )}
      </div>
    </div>
  );
}
