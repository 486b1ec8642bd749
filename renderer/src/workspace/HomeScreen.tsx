import { useEffect, useState } from 'react';
import { AppChrome } from '../chrome/AppChrome';
import { db } from '../data/db';
import { useActiveBatch } from '../data/use-workspace';
import { loadSampleWorkspace } from '../data/store';
import { navigate } from '../routing';
import { SAMPLE_COMPANY_NAME } from '../../../shared/sample';
import { todayIsoDate } from './format';
import { FileHelp } from './FileHelp';
import { StartChoice } from './StartChoice';
import { LoadingState } from './LoadingState';
import './home.css';

/** First run: what Quarterdeck does and two ways in; with data already stored, straight to the deck. */
export function HomeScreen() {
  const { ready, batch } = useActiveBatch();
  const [loading, setLoading] = useState(false);
  /** How far the sample is, 0 to 1 (generated and staged in a worker while the window stays live). */
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (ready && batch) navigate('deck');
  }, [ready, batch]);

  async function loadSample(): Promise<void> {
    setLoading(true);
    setProgress(0);
    setError(null);
    try {
      await loadSampleWorkspace(todayIsoDate(), db, setProgress);
      navigate('deck');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setLoading(false);
    }
  }

  if (!ready || batch) {
    return (
      <AppChrome>
        <LoadingState label="Opening your workspace…" />
      </AppChrome>
    );
  }

  return (
    <AppChrome>
      <div className="page home">
        <section className="home__hero" aria-labelledby="home-title">
          <p className="eyebrow">Monthly business review, built offline</p>
          <h1 id="home-title" className="home__title">
            Lead with what lands this quarter.
          </h1>
          <p className="home__lede">
            Quarterdeck turns a CRM opportunities export into a landings-first deck for your
            business review: what landed, what is due, what marketing sourced, and what comes next.
          </p>
        </section>

        <div className="home__choices">
          <StartChoice
            icon="import"
            title="Import a CRM export"
            description="Bring a CSV of opportunities. You check every row before anything is stored, and nothing leaves this computer."
            cta="Choose a file"
            onChoose={() => navigate('import')}
            testId="start-import"
          />
          <StartChoice
            icon="sample"
            title="Explore with sample data"
            description={`Two years of pipeline for ${SAMPLE_COMPANY_NAME}, a made-up software company, dated to today and clearly marked as sample.`}
            cta={loading ? `Preparing sample… ${Math.round(progress * 100)}%` : 'Load sample data'}
            onChoose={() => void loadSample()}
            busy={loading}
            testId="load-sample"
          />
        </div>

        {error ? (
          <div className="alert alert--danger home__error" role="alert">
            <span className="alert__icon" aria-hidden="true">
              !
            </span>
            <div className="alert__body">
              <p className="alert__title">The sample could not be loaded</p>
              <p>{error}</p>
            </div>
          </div>
        ) : null}

        <FileHelp />
      </div>
    </AppChrome>
  );
}
