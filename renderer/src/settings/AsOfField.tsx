import { useState } from 'react';
import { isIsoDate, type IsoDate } from '../../../shared/units';
import { formatDate } from '../../../shared/format';

/** Props of the as-of field: the stored date, the data's default, and where a valid change goes. */
export interface AsOfFieldProps {
  value: IsoDate | null;
  fallback: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
}

/** The as-of date: empty means the latest date in the data; anything else must be a real date. */
export function AsOfField({ value, fallback, onChange }: AsOfFieldProps) {
  const [seen, setSeen] = useState(value);
  const [draft, setDraft] = useState<string>(value ?? '');
  // Follow the stored value when it changes elsewhere (a new import clears it).
  if (seen !== value) {
    setSeen(value);
    setDraft(value ?? '');
  }
  const trimmed = draft.trim();
  const invalid = trimmed !== '' && !isIsoDate(trimmed);

  function change(text: string): void {
    setDraft(text);
    const t = text.trim();
    if (t === '') onChange(null);
    else if (isIsoDate(t)) onChange(t);
  }

  const defaultText = fallback
    ? `Leave empty to use the latest date in the data: ${formatDate(fallback)}.`
    : 'Leave empty to use the latest date in the data.';

  return (
    <div className="field">
      <label className="field__label" htmlFor="settings-as-of">
        As-of date
      </label>
      <div className="row as-of">
        <input
          id="settings-as-of"
          className="input"
          type="date"
          value={draft}
          onChange={(event) => change(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby="settings-as-of-hint settings-as-of-error"
          data-testid="settings-as-of"
        />
        {value !== null ? (
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => change('')}
            data-testid="settings-as-of-clear"
          >
            Use default
          </button>
        ) : null}
      </div>
      <span id="settings-as-of-hint" className="field__hint" data-testid="settings-as-of-default">
        {defaultText}
      </span>
      <span id="settings-as-of-error" className="field__error" role={invalid ? 'alert' : undefined}>
        {invalid ? `“${trimmed}” is not a real date; write it like 2026-09-30.` : null}
      </span>
    </div>
  );
}
