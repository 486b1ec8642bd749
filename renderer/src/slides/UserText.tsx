import { displayText, titleText } from '../../../shared/text/display';

/** Props of a piece of user-supplied text: the raw value, how many characters show, and a class. */
export interface UserTextProps {
  value: string | null | undefined;
  /** Most characters shown before the `…`; the full (cleaned) text is in the tooltip. */
  max?: number;
  /** Keep it on one line and let CSS end it with `…` where its box is narrower still. */
  clip?: boolean;
  className?: string;
  testId?: string;
}

/**
 * Text from a CRM field or a file name, drawn inertly and legibly: React escapes it, invisible
 * and bidi-override characters are removed, it is cut to `max` characters with the whole value
 * in a tooltip, and `<bdi>` isolates its direction so right-to-left text cannot reorder the
 * words around it.
 */
export function UserText({ value, max = 200, clip = false, className, testId }: UserTextProps) {
  const shown = displayText(value, max);
  const full = titleText(value);
  const classes = ['user-text', clip ? 'user-text--clip' : '', className ?? '']
    .filter((c) => c !== '')
    .join(' ');
  return (
    <bdi className={classes} title={full !== shown || clip ? full : undefined} data-testid={testId}>
      {shown}
    </bdi>
  );
}
