// Charts are drawn one per task, not all in the task that mounts them: a deck screen mounts a
// dozen charts at once (the slide and every thumbnail), and drawing them together would block
// the window for well over 100 ms. setTimeout rather than requestAnimationFrame, because the
// hidden print window that makes the PDF may never paint a frame.

const waiting: (() => void)[] = [];
let scheduled = false;

function drawNext(): void {
  scheduled = false;
  const draw = waiting.shift();
  draw?.();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drawNext, 0);
}

/** Queues a chart's draw behind the others, one per task; returns a function that takes it out. */
export function queueDraw(draw: () => void): () => void {
  waiting.push(draw);
  schedule();
  return () => {
    const at = waiting.indexOf(draw);
    if (at >= 0) waiting.splice(at, 1);
  };
}
