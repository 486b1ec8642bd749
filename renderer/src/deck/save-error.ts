/** The error's name, looking through Dexie's wrapper to the IndexedDB error inside it. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && typeof current === 'object' && current !== null; depth++) {
    const name: unknown = Reflect.get(current, 'name');
    if (typeof name === 'string') names.push(name);
    current = Reflect.get(current, 'inner');
  }
  return names;
}

/** The sentence the deck screen shows when writing the deck to disk failed. */
export function saveErrorMessage(error: unknown): string {
  const kept = 'Your edits are kept on this screen until you close the app.';
  if (errorNames(error).includes('QuotaExceededError')) {
    return `The deck could not be saved: the disk is full. ${kept} Free some disk space, then press Try again.`;
  }
  const reason =
    error instanceof Error && error.message.trim() !== '' ? error.message : String(error);
  return `The deck could not be saved: ${reason.replace(/\.$/, '')}. ${kept} Press Try again to save them.`;
}
