import { useState } from 'react';
import type { ComposedSlide } from '../slides/compose-slides';

/** Props of the editor for the selected slide's words. */
export interface SlideInspectorProps {
  slide: ComposedSlide;
  onHeadline: (headline: string | null) => void;
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
 * Headline and speaker-notes editors. The headline keeps what is typed while focused; left
 * empty, it goes back to the draft. Mount with `key={slide id}` so each slide starts fresh.
 */
export function SlideInspector({ slide, onHeadline, onNotes }: SlideInspectorProps) {
  const [headline, setHeadline] = useState(slide.headline);
  const headlineEdited = slide.state.headline !== null;
  const notesEdited = slide.state.notes !== null;
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
            onHeadline(e.target.value.trim() === '' ? null : e.target.value);
          }}
          onBlur={() => {
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
          <Provenance edited={notesEdited} testId="notes" onReset={() => onNotes(null)} />
        </div>
        <textarea
          id="qd-notes"
          className="input qd-textarea"
          value={slide.notes}
          rows={9}
          data-testid="notes-input"
          onChange={(e) => onNotes(e.target.value)}
        />
      </div>
    </div>
  );
}
