import { demandSourceByKeywords, normaliseWords } from '../../../shared/demand-source';
import { DEMAND_SOURCE_LABELS } from '../../../shared/palette';
import { DEMAND_SOURCES, type DemandSource } from '../../../shared/records';
import type { Settings } from '../../../shared/settings';
import type { SettingsChange } from '../data/store';
import { formatCount } from '../../../shared/format';
import { displayText } from '../../../shared/text/display';
import { removeInvisible } from '../../../shared/text/invisible';
import { UserText } from '../slides/UserText';
import { DemandSourceChip } from './DemandSourceChip';
import type { LeadSourceRow } from './lead-sources';

/** Props of the demand-source table: the data's lead sources, the settings, and the saver. */
export interface DemandSourceTableProps {
  rows: readonly LeadSourceRow[];
  settings: Settings;
  onChange: (change: SettingsChange) => void;
}

/** The override stored for a lead source; table keys are matched normalised, as the classifier does. */
function overrideOf(table: Settings['demandSourceTable'], key: string): DemandSource | null {
  for (const [k, source] of Object.entries(table)) if (normaliseWords(k) === key) return source;
  return null;
}

/** The table without any entry for `key` (a hand-edited table may hold several spellings of it). */
function withoutKey(
  table: Settings['demandSourceTable'],
  key: string,
): Settings['demandSourceTable'] {
  return Object.fromEntries(Object.entries(table).filter(([k]) => normaliseWords(k) !== key));
}

function isDemandSource(value: string): value is DemandSource {
  return (DEMAND_SOURCES as readonly string[]).includes(value);
}

/** Every lead source in the data, its derived demand source, and a select to override the rule. */
export function DemandSourceTable({ rows, settings, onChange }: DemandSourceTableProps) {
  const table = settings.demandSourceTable;
  const overridden = rows.filter((row) => overrideOf(table, row.key) !== null).length;

  function set(key: string, value: string): void {
    // Built from the stored table at write time, so two quick overrides both survive.
    onChange((current) => {
      const next = withoutKey(current.demandSourceTable, key);
      if (isDemandSource(value)) next[key] = value;
      return { ...current, demandSourceTable: next };
    });
  }

  return (
    <section className="card" aria-labelledby="sources-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="sources-title">Demand sources</h2>
          <p>
            Each lead source is read as a demand source by a keyword rule (partner → Channel, SDR →
            Tele, outbound → Sales, webinar → Marketing). Override any that your team reads
            differently.
          </p>
        </div>
        {overridden > 0 ? (
          <span className="badge badge--brand">{formatCount(overridden)} overridden</span>
        ) : null}
      </div>
      {rows.length === 1 && rows[0]?.key === '' ? (
        <div className="alert alert--info sources-note">
          <span className="alert__icon" aria-hidden="true">
            i
          </span>
          <p>
            This data has no lead source, so every opportunity counts as Unknown. Map a lead source
            column when you import to see the marketing share.
          </p>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <div className="card__body muted">Import data to see its lead sources here.</div>
      ) : (
        <div className="table-scroll table-scroll--tall">
          <table className="table" data-testid="demand-source-table">
            <thead>
              <tr>
                <th scope="col">Lead source in the data</th>
                <th scope="col" className="num source-col--count">
                  Opportunities
                </th>
                <th scope="col" className="source-col--source">
                  Demand source
                </th>
                <th scope="col" className="source-col--override">
                  Override
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const rule = demandSourceByKeywords(row.raw);
                const override = overrideOf(table, row.key);
                const name = row.raw === '' ? 'blank lead source' : displayText(row.raw, 80);
                return (
                  <tr key={row.key} data-testid="demand-source-row">
                    <td className="source-col--raw">
                      {row.raw === '' ? (
                        <span className="muted">(blank)</span>
                      ) : (
                        <UserText value={row.raw} max={120} clip testId="lead-source-raw" />
                      )}
                      {row.variants.length > 0 ? (
                        <span className="source-variants">
                          also written{' '}
                          {row.variants.map((v, i) => (
                            <span key={v}>
                              {i > 0 ? ', ' : null}“<UserText value={v} max={60} />”
                              {removeInvisible(v) === v ? null : ' with invisible characters'}
                            </span>
                          ))}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{formatCount(row.count)}</td>
                    <td>
                      <span className="row source-cell">
                        <DemandSourceChip source={override ?? rule} />
                        {override !== null ? <span className="source-tag">override</span> : null}
                      </span>
                    </td>
                    <td>
                      <span className="row source-override">
                        <select
                          className="select select--sm"
                          value={override ?? ''}
                          aria-label={`Demand source for ${name}`}
                          data-testid="demand-source-select"
                          onChange={(event) => set(row.key, event.target.value)}
                        >
                          <option value="">By rule: {DEMAND_SOURCE_LABELS[rule]}</option>
                          {DEMAND_SOURCES.map((source) => (
                            <option key={source} value={source}>
                              {DEMAND_SOURCE_LABELS[source]}
                            </option>
                          ))}
                        </select>
                        {override !== null ? (
                          <button
                            type="button"
                            className="btn btn--ghost btn--sm"
                            onClick={() => set(row.key, '')}
                            aria-label={`Reset ${name} to rule`}
                          >
                            Reset to rule
                          </button>
                        ) : null}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
