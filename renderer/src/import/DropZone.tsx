import { useRef, useState, type DragEvent } from 'react';

/** Props of the drop zone: what to do with the file the user drops or chooses. */
export interface DropZoneProps {
  onFile: (file: File) => void;
  busy: boolean;
}

/** A large drop target with a visible "Choose file" button for keyboard and mouse users alike. */
export function DropZone({ onFile, busy }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
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
      <p className="dropzone__title">Drop your CRM export here</p>
      <p className="dropzone__hint">CSV or tab-separated text, any encoding Excel writes.</p>
      <button
        type="button"
        className="btn btn--primary"
        onClick={() => input.current?.click()}
        disabled={busy}
        data-testid="import-choose"
      >
        Choose file
      </button>
      <input
        ref={input}
        id="import-file"
        className="visually-hidden"
        type="file"
        accept=".csv,.tsv,.txt,text/csv"
        tabIndex={-1}
        aria-label="CRM export file"
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear the input so choosing the same file again still fires a change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
