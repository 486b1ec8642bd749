import { Fragment } from 'react';

const PERIOD = /(FY\d{4} Q[1-4]\+?)/;

/** Writes text with period labels ("FY2026 Q3") kept on one line, so a headline never breaks inside one. */
export function KeepTogether({ text }: { text: string }) {
  return (
    <>
      {text.split(PERIOD).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="qd-nowrap">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
