import type { Target } from '../../../shared/records';

/** Props of the spreadsheet card: the table's targets when valid, and the two downloads. */
export interface TargetsFilesCardProps {
  /** The table's targets, or `null` while a row has a problem. */
  targets: Target[] | null;
  onDownloadTemplate: () => void;
  onDownloadTargets: (targets: Target[]) => void;
}

/** Working in a spreadsheet: the CSV template, these targets as CSV, and where a filled-in file goes. */
export function TargetsFilesCard({
  targets,
  onDownloadTemplate,
  onDownloadTargets,
}: TargetsFilesCardProps) {
  const exportable = targets !== null && targets.length > 0;
  return (
    <section className="card targets-files" aria-labelledby="targets-files-title">
      <div className="targets-files__body">
        <div className="card__title">
          <h2 id="targets-files-title">Plan in a spreadsheet</h2>
          <p>
            The CSV has one row per target: Period (FY2026-Q3), Demand source (marketing, sales,
            tele, channel or all), Segment (smb, midmarket, enterprise or all), Kind (pipeline or
            revenue) and Amount. Import a filled-in file on the <a href="#/import">Import data</a>{' '}
            screen; it becomes the active targets.
          </p>
        </div>
        <div className="row targets-files__actions">
          <button
            type="button"
            className="btn btn--secondary"
            data-testid="targets-template"
            onClick={onDownloadTemplate}
          >
            Download CSV template
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            data-testid="targets-export"
            disabled={!exportable}
            title={
              targets === null
                ? 'Fix the rows marked in red first'
                : targets.length === 0
                  ? 'Add a target first'
                  : undefined
            }
            onClick={() => {
              if (targets !== null) onDownloadTargets(targets);
            }}
          >
            Download these targets as CSV
          </button>
        </div>
      </div>
    </section>
  );
}
