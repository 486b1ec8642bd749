import { coerceDate } from '../../../shared/import/coerce-date';
import type { DateOrder, ImportPreview } from '../../../shared/import/types';
import { formatDate } from '../../../shared/format';
import { UserText } from '../slides/UserText';

/** Props of the date-order question: the ambiguous columns, the first rows, and the order in effect. */
export interface DateOrderQuestionProps {
  columns: readonly string[];
  preview: ImportPreview;
  value: DateOrder;
  onChange: (order: DateOrder) => void;
}

const CHOICES: ReadonlyArray<{ order: DateOrder; title: string; hint: string }> = [
  { order: 'mdy', title: 'Month first', hint: 'US style: 03/01/2026 is 1 March' },
  { order: 'dmy', title: 'Day first', hint: 'UK and European style: 03/01/2026 is 3 January' },
];

/** The first few non-blank values of the ambiguous date columns, as written in the file. */
function sampleDates(columns: readonly string[], preview: ImportPreview): string[] {
  const indexes = columns.map((c) => preview.headers.indexOf(c)).filter((i) => i >= 0);
  const values: string[] = [];
  for (const row of preview.rows) {
    for (const i of indexes) {
      const value = row[i]?.trim() ?? '';
      if (value !== '' && !values.includes(value)) values.push(value);
    }
    if (values.length >= 3) break;
  }
  return values.slice(0, 3);
}

function readAs(raw: string, order: DateOrder): string {
  const read = coerceDate(raw, order);
  if (!read.ok) return 'not a date';
  return read.value === null ? 'blank' : formatDate(read.value);
}

/** Asks whether `01/03/2026` means January or March when no value in the file settles it. */
export function DateOrderQuestion({ columns, preview, value, onChange }: DateOrderQuestionProps) {
  const samples = sampleDates(columns, preview);
  return (
    <section
      className="card card--attention"
      aria-labelledby="date-order-title"
      data-testid="date-order"
    >
      <div className="card__header">
        <div className="card__title">
          <h2 id="date-order-title">How are dates written in this file?</h2>
          <p>
            No date in <UserText value={columns.join(' or ')} max={120} /> has a day above 12, so
            the file alone cannot tell whether the day or the month comes first. Pick the reading
            that looks right.
          </p>
        </div>
      </div>
      <div className="card__body">
        <fieldset className="choice-group choice-group--row">
          <legend className="visually-hidden">Date order</legend>
          {CHOICES.map((choice) => (
            <label key={choice.order} className="choice">
              <input
                type="radio"
                name="date-order"
                value={choice.order}
                checked={value === choice.order}
                onChange={() => onChange(choice.order)}
                data-testid={`date-order-${choice.order}`}
              />
              <span className="choice__text">
                <span className="choice__title">{choice.title}</span>
                <span className="choice__hint">{choice.hint}</span>
                {samples.length > 0 ? (
                  <span className="date-samples">
                    {samples.map((raw) => (
                      <span key={raw} className="date-sample">
                        <UserText value={raw} max={40} className="mono" />
                        <span aria-hidden="true">→</span>
                        <span className="visually-hidden">reads as</span>
                        <strong>{readAs(raw, choice.order)}</strong>
                      </span>
                    ))}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
