import { useMemo } from 'react';
import { AppChrome } from '../chrome/AppChrome';
import { useActiveBatch, useWorkspace } from '../data/use-workspace';
import { LoadingState } from '../workspace/LoadingState';
import { CurrencyCard } from './CurrencyCard';
import { DataCard } from './DataCard';
import { DemandSourceTable } from './DemandSourceTable';
import { LandingMethodCard } from './LandingMethodCard';
import { PeriodCard } from './PeriodCard';
import { SaveIndicator } from './SaveIndicator';
import { leadSourcesInData } from './lead-sources';
import { quartersInData } from './quarters-in-data';
import { useSaveSettings } from './use-save-settings';
import './settings.css';

/** Settings: the period, the landing method, the demand-source table and currencies, each saved as it changes. */
export function SettingsScreen() {
  const { ready, batch, opportunities, settings } = useWorkspace();
  const { status, save } = useSaveSettings();
  // The as-of the report defaults to: the latest date in every active import that counts.
  const { dataAsOf } = useActiveBatch();
  const quarters = useMemo(
    () => quartersInData(opportunities, settings.fiscalYearStartMonth),
    [opportunities, settings.fiscalYearStartMonth],
  );
  const sources = useMemo(() => leadSourcesInData(opportunities), [opportunities]);

  return (
    <AppChrome>
      {!ready ? (
        <LoadingState label="Loading settings…" />
      ) : (
        <div className="page page--narrow">
          <header className="page-header">
            <div className="page-header__text">
              <p className="eyebrow">Settings</p>
              <h1>How the deck reads your data</h1>
            </div>
            <SaveIndicator status={status} />
          </header>
          <div className="stack">
            <PeriodCard
              settings={settings}
              quarters={quarters}
              dataAsOf={dataAsOf}
              onChange={save}
            />
            <LandingMethodCard settings={settings} onChange={save} />
            <DemandSourceTable rows={sources} settings={settings} onChange={save} />
            <CurrencyCard currency={settings.currency} />
            <DataCard batch={batch} />
          </div>
        </div>
      )}
    </AppChrome>
  );
}
