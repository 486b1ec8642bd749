import { describe, expect, it } from 'vitest';
import {
  displayText,
  isolateBidi,
  titleText,
  truncateGraphemes,
} from '../../../shared/text/display';

describe('displayText', () => {
  it('leaves an ordinary value as it is', () => {
    expect(displayText('Keel Systems, Inc.', 40)).toBe('Keel Systems, Inc.');
  });

  it('reads null and undefined as blank', () => {
    expect(displayText(null, 10)).toBe('');
    expect(displayText(undefined)).toBe('');
  });

  it('removes a right-to-left override so it cannot reverse the text after it', () => {
    expect(displayText('Acme \u202Efdp.exe', 40)).toBe('Acme fdp.exe');
  });

  it('removes bidi embeddings and isolates, and the marks', () => {
    expect(displayText('\u202Aa\u202Bb\u202Cc\u2066d\u2067e\u2068f\u2069\u200Eg\u200F', 40)).toBe(
      'abcdefg',
    );
  });

  it('removes zero-width spaces, joiners between letters and the byte-order mark', () => {
    expect(displayText('We\u200Bb\u200DSi\uFEFFte', 40)).toBe('WebSite');
  });

  it('keeps the joiner inside an emoji sequence', () => {
    expect(displayText('Team 👩\u200D💻', 40)).toBe('Team 👩\u200D💻');
  });

  it('keeps the non-joiner of Persian spelling', () => {
    expect(displayText('می\u200Cخواهم', 40)).toBe('می\u200Cخواهم');
  });

  it('keeps Arabic and Hebrew letters as they are', () => {
    expect(displayText('شركة الأمل', 40)).toBe('شركة الأمل');
    expect(displayText('חברת אור', 40)).toBe('חברת אור');
  });

  it('collapses tabs, line breaks and runs of spaces into one space and trims', () => {
    expect(displayText('\tMoorings\r\n  Group\u2028Ltd  ', 40)).toBe('Moorings Group Ltd');
  });

  it('removes other control characters such as NUL and ESC', () => {
    expect(displayText('a\u0000b\u001B[31mc\u007F', 40)).toBe('ab[31mc');
  });

  it('cuts a 10,000-character name to the limit, ending in an ellipsis', () => {
    const cut = displayText('A'.repeat(10_000), 60);
    expect(cut).toBe(`${'A'.repeat(59)}…`);
  });

  it('keeps a value of exactly the limit whole', () => {
    expect(displayText('abcde', 5)).toBe('abcde');
    expect(displayText('abcdef', 5)).toBe('abcd…');
  });

  it('never splits an emoji sequence or a letter from its accent', () => {
    expect(displayText('👩\u200D💻👩\u200D💻👩\u200D💻', 2)).toBe('👩\u200D💻…');
    expect(displayText('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
  });

  it('drops a space left before the ellipsis', () => {
    expect(displayText('abc defgh', 5)).toBe('abc…');
  });

  it('counts the limit after cleaning, so invisible characters take no room', () => {
    expect(displayText('\u200B'.repeat(20) + 'abc', 3)).toBe('abc');
  });
});

describe('truncateGraphemes', () => {
  it('returns nothing for a limit of 0 and the ellipsis alone for 1', () => {
    expect(truncateGraphemes('abc', 0)).toBe('');
    expect(truncateGraphemes('abc', 1)).toBe('…');
  });
});

describe('titleText', () => {
  it('caps a tooltip at 1,000 characters of cleaned text', () => {
    const title = titleText(`\u202E${'x'.repeat(5000)}`);
    expect(title).toHaveLength(1000);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('isolateBidi', () => {
  it('wraps right-to-left text in first-strong and pop isolates', () => {
    expect(isolateBidi('שלום.csv')).toBe('\u2068שלום.csv\u2069');
  });

  it('leaves left-to-right text alone', () => {
    expect(isolateBidi('opportunities.csv')).toBe('opportunities.csv');
  });
});
