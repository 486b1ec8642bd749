import { KEY_HELP } from './present-keys';

/** The keyboard-help overlay (`?`): every key of the show and what it does. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <div
      className="qd-keyhelp"
      role="dialog"
      aria-modal="true"
      aria-labelledby="qd-keyhelp-title"
      data-testid="key-help"
      onClick={(event) => {
        event.stopPropagation();
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="qd-keyhelp__card">
        <h2 id="qd-keyhelp-title" className="qd-keyhelp__title">
          Keyboard shortcuts
        </h2>
        <dl className="qd-keyhelp__list">
          {KEY_HELP.map((row) => (
            <div key={row.does} className="qd-keyhelp__row">
              <dt>
                {row.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{row.does}</dd>
            </div>
          ))}
        </dl>
        <p className="qd-keyhelp__foot">
          The same keys work in the presenter view and in the audience window; either one moves
          both. Press <kbd>?</kbd> or <kbd>Esc</kbd> to close.
        </p>
        <button type="button" className="qd-show-btn" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}
