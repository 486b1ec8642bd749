import { formatCount } from '../../../shared/format';
import { KIND_LABELS } from '../import/labels';
import { formatBytes } from '../data/storage-usage';
import { useStorageInfo, type StorageInfo } from './use-storage-info';

const TABLE_LABELS: Record<string, string> = {
  imports: 'Imports',
  ...KIND_LABELS,
  settings: 'Settings',
  decks: 'Decks',
  mappingProfiles: 'Saved column mappings',
  errorLog: 'Error log entries',
  meta: 'Workspace facts',
};

function persistenceText(info: StorageInfo): { text: string; tone: 'success' | 'warning' } {
  const asked = info.request
    ? ` Requested ${new Date(info.request.requestedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}.`
    : '';
  if (info.persisted === true) {
    return {
      text: `Persistent: the workspace is kept even when the disk runs low.${asked}`,
      tone: 'success',
    };
  }
  if (info.persisted === false) {
    return {
      text: `Best effort: the system may clear the workspace if the disk runs very low. Keep a backup.${asked}`,
      tone: 'warning',
    };
  }
  return {
    text: 'This system does not say whether storage is persistent. Keep a backup.',
    tone: 'warning',
  };
}

/** How much space the workspace takes, whether it is protected from eviction, and what it holds. */
export function StorageCard() {
  const info = useStorageInfo();
  const persistence = persistenceText(info);
  return (
    <section className="card" aria-labelledby="storage-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="storage-title">Workspace on this computer</h2>
          <p>Everything stays in this app's local storage; nothing is sent anywhere.</p>
        </div>
        <span className={`badge badge--${persistence.tone}`} data-testid="about-persistence">
          {info.persisted === true ? 'Persistent' : 'Best effort'}
        </span>
      </div>
      <dl className="stats about__stats">
        <div className="stat">
          <dt className="stat__label">Size on disk</dt>
          <dd className="stat__value" data-testid="about-usage">
            {info.estimate ? formatBytes(info.estimate.usage) : '—'}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat__label">Space available to the app</dt>
          <dd className="stat__value">{info.estimate ? formatBytes(info.estimate.quota) : '—'}</dd>
        </div>
      </dl>
      <div className="card__body stack about__tight">
        <p className="muted" data-testid="about-persistence-text">
          {persistence.text}
        </p>
        <table className="table about__rows" data-testid="about-row-counts">
          <thead>
            <tr>
              <th scope="col">What is stored</th>
              <th scope="col" className="num">
                Count
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(info.rows ?? {}).map(([name, count]) => (
              <tr key={name} data-testid={`about-rows-${name}`}>
                <td>{TABLE_LABELS[name] ?? name}</td>
                <td className="num">{formatCount(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
