import type { ImportError } from '../../../shared/import/types';
import { plural } from './labels';

/** Most rejected rows a table shows; the rest are counted, since nobody reads ten thousand reasons. */
const SHOWN = 200;

/** The rows and cells the import rejected, each with its line, column and reason. */
export function RejectedRows({ errors }: { errors: readonly ImportError[] }) {
  if (errors.length === 0) return null;
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
      </div>
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
                <td>{error.column ?? <span className="muted">whole row</span>}</td>
                <td>{error.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > SHOWN ? (
        <div className="card__footer card__footer--start muted">
          Showing the first {SHOWN} of {plural(errors.length, 'problem', 'problems')}.
        </div>
      ) : null}
    </section>
  );
}
