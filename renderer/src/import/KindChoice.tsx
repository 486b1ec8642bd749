import { RECORD_KINDS } from '../../../shared/import/kinds';
import type { RecordKind } from '../../../shared/import/types';
import { KIND_LABELS } from './labels';

/** Props of the kind choice: what the file is read as, what its headers suggested, and how to change it. */
export interface KindChoiceProps {
  kind: RecordKind;
  detectedKind: RecordKind | null;
  onChange: (kind: RecordKind) => void;
}

/** Says what the file holds, as its columns suggested, with a select to read it as another kind. */
export function KindChoice({ kind, detectedKind, onChange }: KindChoiceProps) {
  const note =
    detectedKind === null
      ? 'Its columns did not settle what it holds, so it is read as opportunities. Pick what it holds if that is wrong.'
      : detectedKind === kind
        ? 'Recognised from its columns. Pick another kind if that is wrong.'
        : `Its columns looked like ${KIND_LABELS[detectedKind].toLowerCase()}; you chose to read it as ${KIND_LABELS[kind].toLowerCase()}.`;
  return (
    <section
      className={`card kind-choice${detectedKind === null ? ' card--attention' : ''}`}
      aria-labelledby="kind-title"
      data-testid="import-kind-choice"
    >
      <div className="kind-choice__body">
        <div className="kind-choice__text">
          <h2 id="kind-title">What this file holds</h2>
          <p className="muted" data-testid="import-kind-note">
            {note}
          </p>
        </div>
        <span className="visually-hidden" data-testid="import-kind">
          {kind}
        </span>
        <select
          className="select kind-choice__select"
          aria-labelledby="kind-title"
          value={kind}
          onChange={(event) => {
            const next = RECORD_KINDS.find((k) => k === event.target.value);
            if (next !== undefined && next !== kind) onChange(next);
          }}
          data-testid="import-kind-select"
        >
          {RECORD_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
              {k === detectedKind ? ' (detected)' : ''}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
