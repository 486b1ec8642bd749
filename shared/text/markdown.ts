import { displayText } from './display';

/** Characters Markdown or the HTML inside it reads anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;

/** Characters that start a heading, a list item or a quote when they open a line. */
const LINE_START_SPECIAL = /^[#+\-=]/;

/**
 * A data-derived value as literal Markdown text: cleaned and cut like `displayText` (so it is one
 * line), then every character Markdown or inline HTML reads (`*`, `_`, `[`, `|`, `<`, `&` …)
 * backslash-escaped, as is a leading `#`, `+`, `-` or `=`. A CRM value or file name cannot
 * become a link, emphasis, a heading, a table column or a tag.
 */
export function escapeMarkdown(value: string | null | undefined, max = Infinity): string {
  return displayText(value, max)
    .replace(INLINE_SPECIAL, (char) => `\\${char}`)
    .replace(LINE_START_SPECIAL, (char) => `\\${char}`);
}

/** A cell of a Markdown table: any `|` escaped and line breaks joined, so the row keeps its columns. */
export function escapeTableCell(value: string): string {
  return value.replace(/\\?\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}
