/** The one message of a file that cannot be imported at all; nothing can be confirmed while it shows. */
export function FatalPanel({ message, canRemap }: { message: string; canRemap: boolean }) {
  return (
    <div className="alert alert--danger" role="alert" data-testid="import-fatal">
      <span className="alert__icon" aria-hidden="true">
        !
      </span>
      <div className="alert__body">
        <p className="alert__title">This file cannot be imported</p>
        <p>{message}</p>
        <p className="muted">
          Nothing has been stored.{' '}
          {canRemap
            ? 'Fix the column mapping below or choose another file.'
            : 'Choose another file.'}
        </p>
      </div>
    </div>
  );
}
