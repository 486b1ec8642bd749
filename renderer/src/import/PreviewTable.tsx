import type { ImportPreview } from '../../../shared/import/types';
import { UserText } from '../slides/UserText';

/** The first rows of the file exactly as read, so the user can see the columns were split right. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  if (preview.headers.length === 0) return null;
  return (
    <section className="card" aria-labelledby="preview-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="preview-title">First rows</h2>
          <p>As read from the file, before any conversion.</p>
        </div>
      </div>
      <div className="table-scroll">
        <table className="table table--preview" data-testid="import-preview">
          <thead>
            <tr>
              {preview.headers.map((header, i) => (
                <th key={i} scope="col">
                  <UserText value={header} max={60} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_, c) => (
                  <td key={c}>
                    <UserText value={row[c]} max={120} clip />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
