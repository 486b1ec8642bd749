import type { RecordFormat, TextEncoding } from '../../../shared/import/types';
import { ENCODING_LABELS, FORMAT_LABELS, separatorLabel } from './labels';

/** The encodings the user can force, in the order the select lists them. */
const CHOICES: readonly TextEncoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

/**
 * What the importer recognised about the file: its export format, encoding and separator.
 * The encoding can be overridden, which reads the file again in the chosen encoding.
 */
export function FileFacts({
  summary,
  detected,
  detectedEncoding,
  forcedEncoding,
  onEncoding,
}: {
  summary: { encoding: TextEncoding; delimiter: string; headers: readonly string[] };
  detected: RecordFormat;
  detectedEncoding: TextEncoding;
  forcedEncoding: TextEncoding | undefined;
  onEncoding: (encoding: TextEncoding | null) => void;
}) {
  return (
    <dl className="file-facts" data-testid="import-facts">
      <div className="file-facts__item">
        <dt>Detected format</dt>
        <dd data-testid="import-format">
          <span className={`badge ${detected === 'custom' ? '' : 'badge--brand'}`}>
            {FORMAT_LABELS[detected]}
          </span>
        </dd>
      </div>
      <div className="file-facts__item">
        <dt>Encoding</dt>
        <dd>
          {/* The encoding in use stays in the DOM for tests and screen readers; the select shows it. */}
          <span className="visually-hidden" data-testid="import-encoding">
            {ENCODING_LABELS[summary.encoding]}
          </span>
          <select
            className="select select--sm"
            aria-label="Read the file as"
            value={forcedEncoding ?? ''}
            onChange={(event) => {
              const value = CHOICES.find((c) => c === event.target.value);
              onEncoding(value ?? null);
            }}
            data-testid="import-encoding-select"
          >
            <option value="">Automatic (detected: {ENCODING_LABELS[detectedEncoding]})</option>
            {CHOICES.map((encoding) => (
              <option key={encoding} value={encoding}>
                {ENCODING_LABELS[encoding]}
              </option>
            ))}
          </select>
        </dd>
      </div>
      <div className="file-facts__item">
        <dt>Separator</dt>
        <dd data-testid="import-separator">{separatorLabel(summary.delimiter)}</dd>
      </div>
      <div className="file-facts__item">
        <dt>Columns</dt>
        <dd>{summary.headers.length}</dd>
      </div>
    </dl>
  );
}
