import { isMixedCurrencyStop } from '../../../shared/currency';

/** The one message of a file that cannot be imported at all; nothing can be confirmed while it shows. */
export function FatalPanel({ message, canRemap }: { message: string; canRemap: boolean }) {
  // A file mixing currencies imports once the rates are in settings: offer the way there.
  const currencies = isMixedCurrencyStop(message);
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
          {currencies
            ? 'Add the rates, then choose the file again.'
            : canRemap
              ? 'Fix the column mapping below or choose another file.'
              : 'Choose another file.'}
        </p>
        {currencies ? (
          <p>
            <a className="btn btn--secondary" href="#/settings" data-testid="import-add-rates">
              Add exchange rates
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
