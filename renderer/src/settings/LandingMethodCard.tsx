import type { Settings } from '../../../shared/settings';
import type { SettingsChange } from '../data/store';

/** Expected landing: weigh open deals by the demand source's win rate, or by the CRM's probability. */
export function LandingMethodCard({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (change: SettingsChange) => void;
}) {
  return (
    <section className="card" aria-labelledby="landing-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="landing-title">Expected landing</h2>
          <p>How the open deals due this quarter are weighed to project where it lands.</p>
        </div>
      </div>
      <div className="card__body">
        <fieldset className="choice-group choice-group--row">
          <legend className="visually-hidden">Expected landing method</legend>
          <label className="choice">
            <input
              type="radio"
              name="landing-method"
              checked={!settings.useCrmProbability}
              onChange={() => onChange((current) => ({ ...current, useCrmProbability: false }))}
              data-testid="settings-method-win-rate"
            />
            <span className="choice__text">
              <span className="choice__title">Win rate of the demand source</span>
              <span className="choice__hint">
                Each open deal counts at the share its demand source won over the last four
                quarters. Recommended: it is what actually happened.
              </span>
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="landing-method"
              checked={settings.useCrmProbability}
              onChange={() => onChange((current) => ({ ...current, useCrmProbability: true }))}
              data-testid="settings-method-crm"
            />
            <span className="choice__text">
              <span className="choice__title">CRM probability</span>
              <span className="choice__hint">
                Each open deal counts at the probability its stage carries in the CRM export.
              </span>
            </span>
          </label>
        </fieldset>
      </div>
    </section>
  );
}
