import type { ExportFormat, ImportSummary } from '../../../shared/import/types';
import { ENCODING_LABELS, FORMAT_LABELS, separatorLabel } from './labels';

/** What the importer recognised about the file: its export format, encoding and separator. */
export function FileFacts({
  summary,
  detected,
}: {
  summary: ImportSummary;
  detected: ExportFormat;
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
        <dd data-testid="import-encoding">{ENCODING_LABELS[summary.encoding]}</dd>
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
