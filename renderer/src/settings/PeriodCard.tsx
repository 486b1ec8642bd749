import type { FiscalQuarter } from '../../../shared/calendar';
import { fiscalQuarterOf } from '../../../shared/calendar';
import type { Settings } from '../../../shared/settings';
import type { SettingsChange } from '../data/store';
import type { IsoDate } from '../../../shared/units';
import { formatDate } from '../../../shared/format';
import { AsOfField } from './AsOfField';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Props of the period card: the settings, the data's quarters and default date, and the saver. */
export interface PeriodCardProps {
  settings: Settings;
  quarters: readonly FiscalQuarter[];
  dataAsOf: IsoDate | null;
  onChange: (change: SettingsChange) => void;
}

function range(q: FiscalQuarter): string {
  return `${formatDate(q.start)} – ${formatDate(q.end)}`;
}

/** Fiscal year, as-of date and reporting period: the three choices that place every figure in time. */
export function PeriodCard({ settings, quarters, dataAsOf, onChange }: PeriodCardProps) {
  const asOf = settings.asOf ?? dataAsOf;
  const current = asOf ? fiscalQuarterOf(asOf, settings.fiscalYearStartMonth) : null;
  // A pinned period the data no longer holds still shows, so the select never lies about the value.
  const pinnedMissing = settings.period !== null && !quarters.some((q) => q.id === settings.period);

  return (
    <section className="card" aria-labelledby="period-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="period-title">Reporting period</h2>
          <p>Which quarter the deck reports on, and the day it looks from.</p>
        </div>
      </div>
      <div className="card__body settings-grid">
        <div className="field">
          <label className="field__label" htmlFor="settings-fy-start">
            Fiscal year starts in
          </label>
          <select
            id="settings-fy-start"
            className="select"
            value={settings.fiscalYearStartMonth}
            data-testid="settings-fy-start"
            onChange={(event) =>
              // Quarter ids mean other dates under another fiscal year, so a pinned period is dropped.
              onChange((current) => ({
                ...current,
                fiscalYearStartMonth: Number(event.target.value),
                period: null,
              }))
            }
          >
            {MONTHS.map((month, i) => (
              <option key={month} value={i + 1}>
                {month}
              </option>
            ))}
          </select>
          <span className="field__hint">
            A fiscal year is named by the calendar year it ends in.
          </span>
        </div>

        <AsOfField
          value={settings.asOf}
          fallback={dataAsOf}
          onChange={(value) => onChange((current) => ({ ...current, asOf: value }))}
        />

        <div className="field">
          <label className="field__label" htmlFor="settings-period">
            Period
          </label>
          <select
            id="settings-period"
            className="select"
            value={settings.period ?? ''}
            data-testid="settings-period"
            onChange={(event) =>
              onChange((current) => ({
                ...current,
                period: event.target.value === '' ? null : event.target.value,
              }))
            }
          >
            <option value="">{current ? `Default: ${current.label}` : 'Default quarter'}</option>
            {pinnedMissing && settings.period ? (
              <option value={settings.period}>{settings.period} (no data)</option>
            ) : null}
            {quarters.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label} · {range(q)}
              </option>
            ))}
          </select>
          <span className="field__hint">
            {current && settings.period === null
              ? `The quarter containing the as-of date: ${range(current)}.`
              : 'Quarters that hold created or close dates in the data.'}
          </span>
        </div>
      </div>
    </section>
  );
}
