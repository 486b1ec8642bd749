import { MAPPABLE_FIELDS } from '../../../shared/import/fields';
import type { ColumnMapping, ImportPreview } from '../../../shared/import/types';
import { displayText } from '../../../shared/text/display';
import { UserText } from '../slides/UserText';

/** Props of the mapping editor: the file's columns, the mapping in effect, and how to change it. */
export interface MappingEditorProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  preview: ImportPreview;
  onChange: (mapping: ColumnMapping) => void;
}

/** The first non-blank value of a column in the preview, to show what a mapping would pick up. */
function exampleOf(header: string | undefined, preview: ImportPreview): string | null {
  if (header === undefined) return null;
  const index = preview.headers.indexOf(header);
  if (index < 0) return null;
  for (const row of preview.rows) {
    const value = row[index]?.trim();
    if (value) return value;
  }
  return null;
}

/** One select per canonical field, always editable; every change re-runs the import. */
export function MappingEditor({ headers, mapping, preview, onChange }: MappingEditorProps) {
  const mapped = MAPPABLE_FIELDS.filter((f) => mapping[f.field] !== undefined).length;
  return (
    <section className="card" aria-labelledby="mapping-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="mapping-title">Column mapping</h2>
          <p>
            {mapped} of {MAPPABLE_FIELDS.length} fields matched to a column. Change any of them; the
            check above updates at once.
          </p>
        </div>
      </div>
      <div className="mapping" data-testid="import-mapping">
        {MAPPABLE_FIELDS.map(({ field, label, required }) => {
          const header = mapping[field];
          const example = exampleOf(header, preview);
          const id = `map-${field}`;
          return (
            <div key={field} className="mapping__row">
              <label htmlFor={id} className="mapping__field">
                {label}
                {required ? <span className="mapping__required">Required</span> : null}
              </label>
              <select
                id={id}
                className="select select--sm"
                value={header ?? ''}
                data-testid={`map-${field}`}
                aria-invalid={required && header === undefined ? true : undefined}
                onChange={(event) => {
                  const next: ColumnMapping = { ...mapping };
                  if (event.target.value === '') delete next[field];
                  else next[field] = event.target.value;
                  onChange(next);
                }}
              >
                <option value="">Not in this file</option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {displayText(h, 60)}
                  </option>
                ))}
              </select>
              <span className="mapping__example">
                {example === null ? (
                  <span className="muted">—</span>
                ) : (
                  <UserText value={example} max={80} clip />
                )}
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
