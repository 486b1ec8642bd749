import { useRef, useState } from 'react';
import {
  checkCurrencyDraft,
  COMMON_CURRENCIES,
  draftOfSettings,
  type CurrencyDraft,
} from '../../../shared/currency';
import type { CurrencySettings } from '../../../shared/settings';
import { updateSettings } from '../data/store';

/** One rate row as edited, with a key that survives removing the rows above it. */
interface DraftRow {
  key: number;
  currency: string;
  rate: string;
}

/** Where the card's last save is: nothing yet, writing, written, waiting for a fix, or failed. */
type CardSave =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

/** The words of each save state, under the table. */
function saveText(save: CardSave): string {
  if (save.kind === 'saving') return 'Saving…';
  if (save.kind === 'saved') return 'Saved';
  if (save.kind === 'invalid') return 'Not saved yet: fix the fields marked above.';
  if (save.kind === 'failed') return `Not saved: ${save.message}`;
  return 'Changes save as you make them.';
}

/**
 * Settings → Currencies: the one reporting currency and the rates that convert a file mixing
 * currencies into it (metrics.md §11). Each change saves through updateSettings once the whole
 * table is valid; until then the fields say what is wrong and the stored rates stay as they were.
 */
export function CurrencyCard({ currency }: { currency: CurrencySettings }) {
  const initial = draftOfSettings(currency);
  const nextKey = useRef(initial.rates.length);
  const [reporting, setReporting] = useState(initial.reporting);
  const [rows, setRows] = useState<DraftRow[]>(() =>
    initial.rates.map((row, key) => ({ key, ...row })),
  );
  const [save, setSave] = useState<CardSave>({ kind: 'idle' });
  const lastSaved = useRef(JSON.stringify(currency));

  const draft: CurrencyDraft = { reporting, rates: rows };
  const check = checkCurrencyDraft(draft);
  const code = reporting.trim().toUpperCase() || 'the reporting currency';

  function commit(next: CurrencyDraft): void {
    const checked = checkCurrencyDraft(next);
    const value = checked.settings;
    if (value === null) {
      setSave({ kind: 'invalid' });
      return;
    }
    const text = JSON.stringify(value);
    if (text === lastSaved.current) {
      setSave((current) => (current.kind === 'invalid' ? { kind: 'saved' } : current));
      return;
    }
    setSave({ kind: 'saving' });
    updateSettings((settings) => ({ ...settings, currency: value })).then(
      () => {
        lastSaved.current = text;
        setSave({ kind: 'saved' });
      },
      (e: unknown) =>
        setSave({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }

  function changeReporting(value: string): void {
    setReporting(value);
    commit({ reporting: value, rates: rows });
  }

  function changeRows(next: DraftRow[]): void {
    setRows(next);
    commit({ reporting, rates: next });
  }

  function editRow(key: number, change: Partial<Pick<DraftRow, 'currency' | 'rate'>>): void {
    changeRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function addRow(): void {
    // A blank row is ignored until it is filled, so adding one never blocks a save.
    setRows([...rows, { key: nextKey.current++, currency: '', rate: '' }]);
  }

  return (
    <section className="card" aria-labelledby="currency-title" data-testid="currency-card">
      <div className="card__header">
        <div className="card__title">
          <h2 id="currency-title">Currencies</h2>
          <p>
            Every figure is in one reporting currency. A file that mixes currencies is converted
            with these rates, each amount rounded to cents; a file in one currency is never
            converted.
          </p>
        </div>
      </div>
      <div className="card__body stack">
        <div className="field" style={{ maxWidth: 340 }}>
          <label className="field__label" htmlFor="currency-reporting">
            Reporting currency
          </label>
          <input
            id="currency-reporting"
            className="input"
            list="currency-codes"
            value={reporting}
            placeholder="USD"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => changeReporting(event.target.value.toUpperCase())}
            aria-invalid={check.reporting !== null || undefined}
            aria-describedby="currency-reporting-hint currency-reporting-error"
            data-testid="currency-reporting"
          />
          <span id="currency-reporting-hint" className="field__hint">
            A three-letter ISO code; pick one or type another.
          </span>
          <span
            id="currency-reporting-error"
            className="field__error"
            role={check.reporting !== null ? 'alert' : undefined}
          >
            {check.reporting}
          </span>
        </div>
        <datalist id="currency-codes">
          {COMMON_CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>

        <div className="table-scroll">
          <table className="table" data-testid="currency-rates">
            <caption className="field__hint" style={{ textAlign: 'left', padding: '0 0 8px' }}>
              Rates: how many {code} one unit of each currency is worth.
            </caption>
            <thead>
              <tr>
                <th scope="col" style={{ width: 200 }}>
                  Currency
                </th>
                <th scope="col">Rate</th>
                <th scope="col" style={{ width: 110 }}>
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={3} className="muted">
                    No rates yet. Add one for each currency your exports mix with {code}.
                  </td>
                </tr>
              ) : null}
              {rows.map((row, i) => {
                const problems = check.rows[i] ?? { currency: null, rate: null };
                const from = row.currency.trim().toUpperCase() || 'one unit';
                return (
                  <tr key={row.key} data-testid="currency-rate-row">
                    <td>
                      <input
                        className="input"
                        list="currency-codes"
                        value={row.currency}
                        placeholder="EUR"
                        maxLength={3}
                        autoComplete="off"
                        spellCheck={false}
                        aria-label={`Currency of rate ${i + 1}`}
                        aria-invalid={problems.currency !== null || undefined}
                        onChange={(event) =>
                          editRow(row.key, { currency: event.target.value.toUpperCase() })
                        }
                        data-testid="currency-rate-code"
                      />
                      <span className="field__error">{problems.currency}</span>
                    </td>
                    <td>
                      <span className="row" style={{ flexWrap: 'nowrap' }}>
                        <span className="muted" style={{ whiteSpace: 'nowrap' }}>
                          1 {from} =
                        </span>
                        <input
                          className="input"
                          inputMode="decimal"
                          value={row.rate}
                          placeholder="1.0823"
                          autoComplete="off"
                          aria-label={`Rate of ${from} in ${code}`}
                          aria-invalid={problems.rate !== null || undefined}
                          onChange={(event) => editRow(row.key, { rate: event.target.value })}
                          data-testid="currency-rate-value"
                          style={{ maxWidth: 160 }}
                        />
                        <span className="muted">{reporting.trim().toUpperCase()}</span>
                      </span>
                      <span className="field__error">{problems.rate}</span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn--ghost btn--sm"
                        onClick={() => changeRows(rows.filter((r) => r.key !== row.key))}
                        data-testid="currency-remove"
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <button
            type="button"
            className="btn btn--secondary btn--sm"
            onClick={addRow}
            data-testid="currency-add"
          >
            Add a rate
          </button>
          <p
            className={save.kind === 'failed' ? 'field__error' : 'field__hint'}
            role={save.kind === 'failed' ? 'alert' : 'status'}
            aria-live="polite"
            data-testid="currency-save-state"
          >
            {saveText(save)}
          </p>
        </div>
      </div>
    </section>
  );
}
