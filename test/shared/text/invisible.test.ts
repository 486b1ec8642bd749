import { describe, expect, it } from 'vitest';
import {
  hasBidiControl,
  removeInvisible,
  removeInvisibleForDisplay,
} from '../../../shared/text/invisible';

describe('removeInvisible (for matching)', () => {
  it('removes every zero-width, bidi and byte-order character, joiners included', () => {
    expect(removeInvisible('\uFEFFW\u200Be\u200Cb\u200D\u2060\u202E\u2066\u00AD')).toBe('Web');
  });

  it('removes control characters but keeps tabs and line breaks for the caller to collapse', () => {
    expect(removeInvisible('a\u0000\tb\nc\u0085')).toBe('a\tb\nc');
  });

  it('leaves letters of every script alone', () => {
    expect(removeInvisible('Événement شريك שותף')).toBe('Événement شريك שותף');
  });
});

describe('removeInvisibleForDisplay', () => {
  it('removes a joiner that is not between two emoji', () => {
    expect(removeInvisibleForDisplay('\u200D💻 a\u200Db 👩\u200Da')).toBe('💻 ab 👩a');
  });

  it('removes a non-joiner between Latin letters', () => {
    expect(removeInvisibleForDisplay('We\u200Cb')).toBe('Web');
  });
});

describe('hasBidiControl', () => {
  it('finds an override and an isolate but not plain Arabic', () => {
    expect(hasBidiControl('abc\u202E')).toBe(true);
    expect(hasBidiControl('\u2067x')).toBe(true);
    expect(hasBidiControl('شريك')).toBe(false);
  });
});
