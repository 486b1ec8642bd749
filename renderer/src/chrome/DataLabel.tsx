import { useMemo } from 'react';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import { useWorkspace } from '../data/use-workspace';
import { formatDate } from '../../../shared/format';

/** The active dataset in the top bar: file name, as-of date, and an amber badge when it is the sample. */
export function DataLabel() {
  const { batch, opportunities, settings } = useWorkspace();
  const asOf = useMemo(
    () => settings.asOf ?? latestDataDate(opportunities),
    [settings.asOf, opportunities],
  );
  if (!batch) return null;
  return (
    <div className="topbar__data" data-testid="active-data">
      {batch.isSample ? (
        <span
          className="badge badge--sample"
          data-testid="sample-badge"
          title="Generated sample pipeline, not your CRM data"
        >
          Sample data
        </span>
      ) : null}
      <span className="topbar__file" title={batch.fileName}>
        {batch.fileName}
      </span>
      {asOf ? (
        <>
          <span aria-hidden="true">·</span>
          <span>as of {formatDate(asOf)}</span>
        </>
      ) : null}
    </div>
  );
}
