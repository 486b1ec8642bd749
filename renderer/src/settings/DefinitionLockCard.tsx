import type { DefinitionFigures, SourcingView } from '../../../shared/metrics/definitions';
import { SOURCED_BY_LABELS } from '../../../shared/metrics/sourcing';
import { DEMAND_SOURCE_COLORS, DEMAND_SOURCE_LABELS } from '../../../shared/palette';
import { DEMAND_SOURCES } from '../../../shared/records';
import { SOURCING_DEFINITIONS, type Settings, type SourcedBy } from '../../../shared/settings';
import { useState } from 'react';
import { formatMoneyFull, formatPercent } from '../../../shared/format';
import type { SettingsChange } from '../data/store';

/** Props of the definition lock: the settings, the report's side-by-side figures (while computing, `null`), and the saver. */
export interface DefinitionLockCardProps {
  settings: Settings;
  definitions: DefinitionFigures | null;
  currency: string | null;
  onChange: (change: SettingsChange) => void;
}

/** What each definition reads, in one line under its name. */
const HINTS: Record<SourcedBy, string> = {
  leadSource: 'The opportunity’s Lead Source field, read by the demand-source table below.',
  primaryCampaign:
    'The campaign Salesforce credits on the opportunity; a deal without one keeps its Lead Source.',
  firstTouch:
    'The earliest marketing touch before the deal was created (within the lookback); untouched deals keep their Lead Source.',
};

/** Why a column has no figures. */
const UNAVAILABLE: Partial<Record<SourcedBy, string>> = {
  firstTouch: 'Import campaign members (touchpoints) to compare first touch.',
};

function cell(view: SourcingView | null, render: (v: SourcingView) => string): string {
  return view === null ? '—' : render(view);
}

/**
 * The definition lock: this quarter's sourced pipeline under Lead Source, Primary Campaign
 * Source and first touch, side by side, and the one the deck uses; every slide footnotes it.
 */
export function DefinitionLockCard({
  settings,
  definitions,
  currency,
  onChange,
}: DefinitionLockCardProps) {
  const chosen = settings.sourcedBy;
  const money = (value: number) => formatMoneyFull(value, currency);
  const [lookback, setLookback] = useState(String(settings.lookbackDays));
  const lookbackDays = /^\d{1,4}$/.test(lookback.trim()) ? Number(lookback.trim()) : null;
  const fellBack = definitions !== null && definitions.sourcedBy !== definitions.requestedSourcedBy;

  return (
    <section className="card" aria-labelledby="definitions-title" data-testid="definition-lock">
      <div className="card__header">
        <div className="card__title">
          <h2 id="definitions-title">What counts as sourced</h2>
          <p>
            The same quarter under three definitions of marketing-sourced pipeline. Pick the one the
            room agreed on before the meeting: every figure follows it and every slide says which.
          </p>
        </div>
      </div>
      <div className="card__body stack">
        <fieldset className="choice-group definition-choices">
          <legend className="visually-hidden">Sourced by</legend>
          {SOURCING_DEFINITIONS.map((definition) => (
            <label className="choice" key={definition}>
              <input
                type="radio"
                name="sourced-by"
                checked={chosen === definition}
                onChange={() => onChange((current) => ({ ...current, sourcedBy: definition }))}
                data-testid={`settings-sourced-by-${definition}`}
              />
              <span className="choice__text">
                <span className="choice__title">{SOURCED_BY_LABELS[definition]}</span>
                <span className="choice__hint">{HINTS[definition]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {fellBack ? (
          <div className="alert alert--warning" role="status" data-testid="definition-fallback">
            <span className="alert__icon" aria-hidden="true">
              !
            </span>
            <p>
              First touch needs campaign members (touchpoints): until they are imported the deck
              uses Lead Source.
            </p>
          </div>
        ) : null}
        {definitions === null ? (
          <p className="muted">Computing the figures under each definition…</p>
        ) : (
          <div className="table-scroll">
            <table className="table definition-table" data-testid="definition-table">
              <caption className="visually-hidden">
                Landings (landed plus due) of the quarter by demand source under each definition
              </caption>
              <thead>
                <tr>
                  <th scope="col">Landings this quarter</th>
                  {SOURCING_DEFINITIONS.map((definition) => (
                    <th
                      scope="col"
                      key={definition}
                      className={`num${definition === definitions.sourcedBy ? ' definition-table__chosen' : ''}`}
                    >
                      {SOURCED_BY_LABELS[definition]}
                      {definition === definitions.sourcedBy ? (
                        <span className="definition-table__tag">in use</span>
                      ) : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DEMAND_SOURCES.map((source) => (
                  <tr key={source}>
                    <th scope="row">
                      <span
                        className="swatch"
                        style={{ background: DEMAND_SOURCE_COLORS[source] }}
                        aria-hidden="true"
                      />
                      {DEMAND_SOURCE_LABELS[source]}
                    </th>
                    {SOURCING_DEFINITIONS.map((definition) => (
                      <td className="num" key={definition}>
                        {cell(definitions.comparison[definition], (v) =>
                          money(v.landings[source].total),
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="definition-table__share">
                  <th scope="row">Marketing-sourced share</th>
                  {SOURCING_DEFINITIONS.map((definition) => (
                    <td
                      className="num"
                      key={definition}
                      data-testid={`definition-share-${definition}`}
                    >
                      {cell(definitions.comparison[definition], (v) =>
                        formatPercent(v.sourcedShare),
                      )}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Marketing-sourced created</th>
                  {SOURCING_DEFINITIONS.map((definition) => (
                    <td className="num" key={definition}>
                      {cell(definitions.comparison[definition], (v) =>
                        money(v.created.marketing.created),
                      )}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
            {SOURCING_DEFINITIONS.filter((d) => definitions.comparison[d] === null).map((d) => (
              <p className="muted definition-table__note" key={d}>
                {UNAVAILABLE[d]}
              </p>
            ))}
          </div>
        )}
        <div className="field definition-lookback">
          <label className="field__label" htmlFor="settings-lookback">
            Influence lookback (days before a deal’s creation)
          </label>
          <input
            id="settings-lookback"
            className="input"
            type="number"
            min={0}
            max={9999}
            step={1}
            value={lookback}
            aria-invalid={lookbackDays === null}
            aria-describedby={lookbackDays === null ? 'settings-lookback-error' : undefined}
            data-testid="settings-lookback"
            onChange={(event) => {
              const text = event.target.value;
              setLookback(text);
              // A half-typed or out-of-range value is shown but not saved.
              if (/^\d{1,4}$/.test(text.trim())) {
                const days = Number(text.trim());
                onChange((current) => ({ ...current, lookbackDays: days }));
              }
            }}
          />
          {lookbackDays === null ? (
            <p className="field__error" id="settings-lookback-error">
              Write a whole number of days from 0 to 9999; the deck keeps {settings.lookbackDays}{' '}
              days until then.
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
