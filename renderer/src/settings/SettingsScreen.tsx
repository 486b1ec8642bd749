import { useMemo } from 'react';
import { AppChrome } from '../chrome/AppChrome';
import { useActiveBatch, useWorkspace } from '../data/use-workspace';
import { LoadingState } from '../workspace/LoadingState';
import { BrandThemeCard } from './BrandThemeCard';
import { CurrencyCard } from './CurrencyCard';
import { DataCard } from './DataCard';
import { useReport } from '../data/use-report';
import { DefinitionLockCard } from './DefinitionLockCard';
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
  // The side-by-side comparison is part of the report the deck uses, computed in its worker.
  const report = useReport();

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
            {batch ? (
              <DefinitionLockCard
                settings={settings}
                definitions={report.status === 'ready' ? report.report.definitions : null}
                currency={report.status === 'ready' ? report.context.currency : null}
                onChange={save}
              />
            ) : null}
            <DemandSourceTable rows={sources} settings={settings} onChange={save} />
            <CurrencyCard currency={settings.currency} />
            <BrandThemeCard settings={settings} onChange={save} />
            <DataCard batch={batch} />
          </div>
        </div>
      )}
    </AppChrome>
  );
}
