import { useState } from 'react';
import type { ImportError } from '../../../shared/import/types';
import { UserText } from '../slides/UserText';
import { plural } from './labels';
import { downloadText, rejectsCsv, rejectsFileName } from './rejects-csv';

/** Most rejected rows a table shows; the rest are counted, since nobody reads ten thousand reasons. */
const SHOWN = 200;

/** Props of the rejected rows: the problems, and the file they came from for the CSV download. */
export interface RejectedRowsProps {
  errors: readonly ImportError[];
  fileName: string;
  /** The file itself: its bytes are read only when the rejected rows are downloaded. */
  file: Blob;
}

/** The rows and cells the import rejected, each with its line, column and reason, and a CSV of them all. */
export function RejectedRows({ errors, fileName, file }: RejectedRowsProps) {
  const [downloadError, setDownloadError] = useState<string | null>(null);
  if (errors.length === 0) return null;

  async function download(): Promise<void> {
    setDownloadError(null);
    try {
      // Read now, not when the file was imported: a 150 MB export is held only for this moment.
      const bytes = new Uint8Array(await file.arrayBuffer());
      downloadText(rejectsFileName(fileName), rejectsCsv(bytes, errors), 'text/csv');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setDownloadError(
        `The file could not be read again (${reason}); choose it again to download its rejected rows.`,
      );
    }
  }

  return (
    <section className="card" aria-labelledby="rejected-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="rejected-title">Problems found</h2>
          <p>
            {plural(errors.length, 'problem', 'problems')}, each with the line of the file it is on.
            Fix them in the CRM or the file and import again, or import without them.
          </p>
        </div>
        <button
          type="button"
          className="btn btn--secondary btn--sm"
          data-testid="download-rejects"
          onClick={() => void download()}
        >
          Download rejected rows (CSV)
        </button>
      </div>
      {downloadError !== null ? (
        <p className="field__error" role="alert">
          {downloadError}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="table" data-testid="import-rejected">
          <thead>
            <tr>
              <th scope="col" className="num">
                Line
              </th>
              <th scope="col">Column</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, SHOWN).map((error, i) => (
              <tr key={i}>
                <td className="num mono">{error.line}</td>
                <td className="cell--user">
                  {error.column === null ? (
                    <span className="muted">whole row</span>
                  ) : (
                    <UserText value={error.column} max={60} />
                  )}
                </td>
                <td>
                  <UserText value={error.reason} max={240} testId="rejected-reason" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > SHOWN ? (
        <div className="card__footer card__footer--start muted">
          Showing the first {SHOWN} of {plural(errors.length, 'problem', 'problems')}; the download
          holds them all.
        </div>
      ) : null}
    </section>
  );
}
