import { useState } from 'react';

/** Props of the period input: the committed period, the quarters to suggest, and the commit. */
export interface PeriodInputProps {
  value: string;
  invalid: boolean;
  label: string;
  describedBy?: string;
  listId: string;
  onCommit: (value: string) => void;
}

/**
 * A period typed as text and committed when the field is left (or Enter pressed): the table
 * groups rows by period, so committing per keystroke would move the row away mid-word.
 */
export function PeriodInput({
  value,
  invalid,
  label,
  describedBy,
  listId,
  onCommit,
}: PeriodInputProps) {
  const [text, setText] = useState(value);
  const [editing, setEditing] = useState(false);
  const shown = editing ? text : value;
  return (
    <input
      className="input input--sm target-period"
      value={shown}
      list={listId}
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      spellCheck={false}
      data-testid="target-period"
      onFocus={() => {
        setText(value);
        setEditing(true);
      }}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => {
        setEditing(false);
        if (text !== value) onCommit(text);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
