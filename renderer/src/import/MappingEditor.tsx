import type { ImportPreview, RecordKind } from '../../../shared/import/types';
import { displayText } from '../../../shared/text/display';
import { UserText } from '../slides/UserText';
import { KIND_LABELS } from './labels';
import { editorFields, unmetRequirements } from './mapping-fields';
import type { AnyMapping } from './use-import-run';

/** Props of the mapping editor: the kind, the file's columns, the mapping in effect, and how to change it. */
export interface MappingEditorProps {
  kind: RecordKind;
  headers: readonly string[];
  mapping: AnyMapping;
  preview: ImportPreview;
  onChange: (mapping: AnyMapping) => void;
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

/** One select per canonical field of the file's kind, always editable; every change re-runs the import. */
export function MappingEditor({ kind, headers, mapping, preview, onChange }: MappingEditorProps) {
  const fields = editorFields(kind);
  const mapped = fields.filter((f) => mapping[f.field] !== undefined).length;
  const unmet = unmetRequirements(kind, mapping);
  return (
    <section className="card" aria-labelledby="mapping-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="mapping-title">Column mapping</h2>
          <p>
            {mapped} of {fields.length} fields of {KIND_LABELS[kind].toLowerCase()} matched to a
            column. Change any of them; the check above updates at once.
          </p>
          {unmet.length > 0 ? (
            <p className="field__error" data-testid="mapping-unmet">
              Still needed:{' '}
              {unmet
                .map((group) => (group.length === 1 ? group[0] : `one of ${group.join(', ')}`))
                .join('; ')}
              .
            </p>
          ) : null}
        </div>
      </div>
      <div className="mapping" data-testid="import-mapping">
        {fields.map(({ field, label, required, oneOf }) => {
          const header = mapping[field];
          const example = exampleOf(header, preview);
          const id = `map-${field}`;
          const missing =
            header === undefined &&
            (required || (oneOf !== null && unmet.some((g) => g.includes(label))));
          return (
            <div key={field} className="mapping__row">
              <label htmlFor={id} className="mapping__field">
                {label}
                {required ? <span className="mapping__required">Required</span> : null}
                {oneOf !== null ? (
                  <span
                    className="mapping__required mapping__required--group"
                    title={`Any one of: ${oneOf.join(', ')}`}
                  >
                    One of {oneOf.length}
                  </span>
                ) : null}
              </label>
              <select
                id={id}
                className="select select--sm"
                value={header ?? ''}
                data-testid={`map-${field}`}
                aria-invalid={missing ? true : undefined}
                onChange={(event) => {
                  const next: AnyMapping = { ...mapping };
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
