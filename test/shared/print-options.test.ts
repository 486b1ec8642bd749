import { describe, expect, it } from 'vitest';
import { IPC } from '../../shared/ipc-contract';
import {
  DEFAULT_PRINT_OPTIONS,
  MAX_PDF_TITLE_LENGTH,
  checkPrintOptions,
  defaultPdfTitle,
  printOptionsFromQuery,
  printOptionsQuery,
  type PrintOptions,
} from '../../shared/print-options';

const HANDOUT: PrintOptions = {
  layout: 'handout',
  appendix: true,
  title: 'Board pack · FY2026 Q3 & what’s next?',
  author: 'Dana Reyes',
};

describe('checkPrintOptions', () => {
  it('takes a handout with the appendix, trimming the title and author', () => {
    expect(
      checkPrintOptions({ ...HANDOUT, title: `  ${HANDOUT.title} `, author: ' Dana Reyes ' }),
    ).toEqual({ ok: true, value: HANDOUT });
  });

  it('names the field of a layout it does not know', () => {
    const checked = checkPrintOptions({ ...HANDOUT, layout: 'poster' });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toMatch(/^PDF export layout: /);
  });

  it('refuses a title longer than a title bar could ever show, saying how long it may be', () => {
    const checked = checkPrintOptions({ ...HANDOUT, title: 'x'.repeat(MAX_PDF_TITLE_LENGTH + 1) });
    expect(checked).toEqual({
      ok: false,
      error: `PDF export title: the title is longer than ${MAX_PDF_TITLE_LENGTH} characters.`,
    });
  });

  it('refuses a line break in the author, which would end up in the file’s metadata', () => {
    const checked = checkPrintOptions({ ...HANDOUT, author: 'Dana\nReyes' });
    expect(!checked.ok && checked.error).toBe(
      'PDF export author: the author holds a control character (a line break or tab).',
    );
  });

  it('refuses keys it does not know, so nothing else slips through the IPC boundary', () => {
    expect(checkPrintOptions({ ...HANDOUT, path: '/etc/passwd' }).ok).toBe(false);
    expect(checkPrintOptions({ layout: 'slides' }).ok).toBe(false);
  });
});

describe('the export IPC channel', () => {
  const args = IPC.exportPdf.args;

  it('still takes a call without options (today’s slides)', () => {
    expect(args.safeParse({ suggestedName: 'Q3.pdf' }).success).toBe(true);
  });

  it('takes the options and refuses bad ones', () => {
    expect(args.safeParse({ suggestedName: 'Q3.pdf', options: HANDOUT }).success).toBe(true);
    expect(
      args.safeParse({ suggestedName: 'Q3.pdf', options: { ...HANDOUT, appendix: 'yes' } }).success,
    ).toBe(false);
  });
});

describe('the print route’s query', () => {
  it('carries every option there and back, whatever the title holds', () => {
    const query = printOptionsQuery(HANDOUT);
    expect(query).toContain('layout=handout&appendix=1&title=');
    expect(printOptionsFromQuery(new URLSearchParams(query))).toEqual(HANDOUT);
  });

  it('says only the layout for today’s export', () => {
    expect(printOptionsQuery(DEFAULT_PRINT_OPTIONS)).toBe('layout=slides');
    expect(printOptionsFromQuery(new URLSearchParams(''))).toEqual(DEFAULT_PRINT_OPTIONS);
  });

  it('still prints a hand-typed URL with odd values, falling back to the defaults', () => {
    const odd = new URLSearchParams({ layout: 'poster', appendix: 'yes', title: 'a\u0007b' });
    expect(printOptionsFromQuery(odd)).toEqual(DEFAULT_PRINT_OPTIONS);
  });
});

describe('defaultPdfTitle', () => {
  it('is the deck’s name and the period', () => {
    expect(defaultPdfTitle('Monthly Business Review', 'FY2026 Q3')).toBe(
      'Monthly Business Review · FY2026 Q3',
    );
  });

  it('names an unnamed deck', () => {
    expect(defaultPdfTitle('  ', 'FY2026 Q3')).toBe('Quarterdeck deck · FY2026 Q3');
  });
});
