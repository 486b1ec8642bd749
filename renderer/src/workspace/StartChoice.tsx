/** One of the first-run choices: a large card-sized button with an icon, a title and a call to action. */
export interface StartChoiceProps {
  icon: 'import' | 'sample';
  title: string;
  description: string;
  cta: string;
  onChoose: () => void;
  busy?: boolean;
  testId: string;
}

/** A big, keyboard-reachable choice card on the first-run screen. */
export function StartChoice({
  icon,
  title,
  description,
  cta,
  onChoose,
  busy,
  testId,
}: StartChoiceProps) {
  return (
    <button
      type="button"
      className={`start-choice start-choice--${icon}`}
      onClick={onChoose}
      disabled={busy}
      aria-busy={busy}
      data-testid={testId}
    >
      <span className="start-choice__icon" aria-hidden="true">
        {icon === 'import' ? <ImportIcon /> : <SampleIcon />}
      </span>
      <span className="start-choice__title">{title}</span>
      <span className="start-choice__text">{description}</span>
      <span className="start-choice__cta">
        {cta}
        <span aria-hidden="true"> →</span>
      </span>
    </button>
  );
}

function ImportIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M12 15V3" />
      <path d="m7 8 5-5 5 5" />
      <path d="M20 15v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-4" />
    </svg>
  );
}

function SampleIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M4 20V10" />
      <path d="M10 20V4" />
      <path d="M16 20v-7" />
      <path d="M21 20H3" />
    </svg>
  );
}
