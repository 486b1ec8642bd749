import { useRef, useState, type DragEvent } from 'react';

/** Props of the drop zone: what to do with the files the user drops or chooses. */
export interface DropZoneProps {
  /** Called with every file dropped or chosen at once, in the order given (never empty). */
  onFiles: (files: File[]) => void;
  busy: boolean;
}

/** A large drop target with a visible "Choose file" button for keyboard and mouse users alike. */
export function DropZone({ onFiles, busy }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0 && !busy) onFiles(files);
  }

  return (
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="import-dropzone"
    >
      <span className="dropzone__icon" aria-hidden="true">
        <svg
          width="26"
          height="26"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.7"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
          <path d="M14 3v5h5" />
          <path d="M12 17v-6" />
          <path d="m9 14 3-3 3 3" />
        </svg>
      </span>
      <p className="dropzone__title">Drop your CRM exports here</p>
      <p className="dropzone__hint">
        One file or the whole folder’s worth: CSV or tab-separated text, any encoding Excel writes.
      </p>
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => input.current?.click()}
        disabled={busy}
        data-testid="import-choose"
      >
        Choose files
      </button>
      <input
        ref={input}
        id="import-file"
        className="visually-hidden"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,text/csv"
        tabIndex={-1}
        aria-label="CRM export files"
        data-testid="import-file"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear the input so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
