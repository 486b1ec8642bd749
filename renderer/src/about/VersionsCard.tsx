import { CURRENT_SCHEMA_VERSION } from '../data/schema';
import { APP_VERSION, parseRuntimeVersions } from './versions';

/** The app's version, the Electron and Chrome it runs on, and the workspace schema version. */
export function VersionsCard() {
  const runtime = parseRuntimeVersions(navigator.userAgent);
  const items: Array<{ label: string; value: string; testId: string }> = [
    { label: 'Quarterdeck', value: APP_VERSION, testId: 'about-app-version' },
    {
      label: 'Electron',
      value: runtime.electron ?? 'Not running in Electron',
      testId: 'about-electron',
    },
    { label: 'Chrome', value: runtime.chrome ?? 'Unknown', testId: 'about-chrome' },
    {
      label: 'Workspace format',
      value: `Version ${CURRENT_SCHEMA_VERSION}`,
      testId: 'about-schema',
    },
  ];
  return (
    <section className="card" aria-labelledby="versions-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="versions-title">Versions</h2>
          <p>Quote these when you report a problem.</p>
        </div>
      </div>
      <dl className="stats about__stats">
        {items.map((item) => (
          <div className="stat" key={item.label}>
            <dt className="stat__label">{item.label}</dt>
            <dd className="about__value" data-testid={item.testId}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
