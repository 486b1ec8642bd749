import { useEffect, useId, useRef, useState } from 'react';
import {
  MAX_PDF_AUTHOR_LENGTH,
  MAX_PDF_TITLE_LENGTH,
  checkPrintOptions,
  type PrintLayout,
  type PrintOptions,
} from '../../../shared/print-options';
import { rememberAuthor, rememberedAuthor } from './export-author';
import './export-dialog.css';

/** Props of the export dialog: the title it proposes, and what to do with the chosen options. */
export interface ExportDialogProps {
  /** The deck's name and period, e.g. "Monthly Business Review · FY2026 Q3". */
  defaultTitle: string;
  onExport: (options: PrintOptions) => void;
  onClose: () => void;
}

/** The layouts as the dialog offers them. */
const LAYOUTS: readonly { id: PrintLayout; name: string; text: string }[] = [
  {
    id: 'slides',
    name: 'Slides only',
    text: 'One 16:9 page per slide, as presented.',
  },
  {
    id: 'handout',
    name: 'Handout with notes',
    text: 'A portrait Letter page per slide: the slide, and its speaker notes under it.',
  },
];

/**
 * Chooses what the PDF holds before it is written, in a native modal `<dialog>` (focus stays
 * inside, Esc closes it): slides or a handout, the appendix of records, and the title and
 * author the file carries. The author is remembered on this computer for the next export.
 */
export function ExportDialog({ defaultTitle, onExport, onClose }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [layout, setLayout] = useState<PrintLayout>('slides');
  const [appendix, setAppendix] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [author, setAuthor] = useState(rememberedAuthor);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const errorId = `${id}-error`;
  return (
    <dialog
      ref={dialog}
      className="qd-deck-dialog qd-export-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="export-dialog"
      onClose={onClose}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const checked = checkPrintOptions({
            layout,
            appendix,
            // A cleared title falls back to the deck's own rather than an untitled PDF.
            title: title.trim() === '' ? defaultTitle : title,
            author,
          });
          if (!checked.ok) {
            setError(checked.error);
            return;
          }
          rememberAuthor(checked.value.author);
          onExport(checked.value);
        }}
      >
        <h2 id={`${id}-title`} className="qd-deck-dialog__title">
          Export PDF
        </h2>
        <fieldset className="qd-template-choice">
          <legend className="field__label">Layout</legend>
          {LAYOUTS.map((option) => (
            <label
              key={option.id}
              className={`qd-template-option${layout === option.id ? ' is-chosen' : ''}`}
              data-testid={`export-layout-${option.id}`}
            >
              <input
                type="radio"
                name="layout"
                value={option.id}
                checked={layout === option.id}
                onChange={() => setLayout(option.id)}
              />
              <span className="qd-template-option__name">{option.name}</span>
              <span className="qd-template-option__text">{option.text}</span>
            </label>
          ))}
        </fieldset>
        <label className="qd-export-dialog__check">
          <input
            type="checkbox"
            checked={appendix}
            data-testid="export-appendix"
            onChange={(e) => setAppendix(e.target.checked)}
          />
          <span>
            <span className="qd-template-option__name">
              Appendix: the records behind each figure
            </span>
            <span className="qd-template-option__text">
              After the slides, a table per figure (the largest records, the rest summed) whose
              total equals the figure.
            </span>
          </span>
        </label>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-doc-title`}>
            Title
          </label>
          <input
            id={`${id}-doc-title`}
            className="input"
            value={title}
            maxLength={MAX_PDF_TITLE_LENGTH}
            data-testid="export-title"
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-author`}>
            Author <span className="muted">(optional, remembered on this computer)</span>
          </label>
          <input
            id={`${id}-author`}
            className="input"
            value={author}
            maxLength={MAX_PDF_AUTHOR_LENGTH}
            autoComplete="name"
            data-testid="export-author"
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setAuthor(e.target.value)}
          />
        </div>
        {error ? (
          <p id={errorId} className="qd-export-dialog__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="qd-deck-dialog__actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn--primary" data-testid="export-confirm">
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
