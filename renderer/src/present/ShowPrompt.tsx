/** The slide number being typed ("Go to slide 12"), or a notice about the last key; nothing otherwise. */
export function ShowPrompt({ typed, notice }: { typed: string; notice: string | null }) {
  return (
    <div className="qd-show-prompt" role="status" data-testid="show-prompt">
      {typed !== '' ? (
        <span className="qd-show-prompt__pill">
          Go to slide <strong>{typed}</strong> <span className="qd-show-prompt__key">Enter ↵</span>
        </span>
      ) : notice !== null ? (
        <span className="qd-show-prompt__pill qd-show-prompt__pill--notice">{notice}</span>
      ) : null}
    </div>
  );
}
