/** Where the export dialog remembers the author: this computer's browser storage, not the workspace. */
const KEY = 'quarterdeck.pdfAuthor';

/** The author last exported with on this computer, or `''`. */
export function rememberedAuthor(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    // Storage can be refused (a locked-down profile): the field then starts empty.
    return '';
  }
}

/** Remembers the author for the next export; an empty name forgets it. */
export function rememberAuthor(author: string): void {
  try {
    if (author === '') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, author);
  } catch {
    // Not remembered: the export itself still carries the author.
  }
}
