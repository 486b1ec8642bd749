import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/args';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print-options';

const PDF = ['pdf', '--sample', '--out', 'deck.pdf'];

/** The error a command line gets, or the parsed pdf command's print options and template. */
function parse(...flags: string[]) {
  const parsed = parseCliArgs([...PDF, ...flags]);
  if (!parsed.ok) return parsed.error;
  return parsed.value.command === 'pdf'
    ? { print: parsed.value.print, template: parsed.value.template }
    : parsed.value.command;
}

describe('pdf export flags', () => {
  it('prints today’s slides, titled by the deck, when none is given', () => {
    expect(parse()).toEqual({ print: DEFAULT_PRINT_OPTIONS, template: null });
  });

  it('takes a handout with the appendix, a title, an author and a template', () => {
    expect(
      parse(
        '--handout',
        '--appendix',
        '--title',
        ' Q3 board ',
        '--author',
        'Dana Reyes',
        '--template',
        'QBR',
      ),
    ).toEqual({
      print: { layout: 'handout', appendix: true, title: 'Q3 board', author: 'Dana Reyes' },
      template: 'qbr',
    });
  });

  it('names the templates when one is unknown', () => {
    expect(parse('--template', 'weekly')).toBe(
      '--template must be one of mbr, qbr, board, outlook, team, got "weekly".',
    );
  });

  it('refuses an empty title or author rather than writing an untitled PDF', () => {
    expect(parse('--title', ' ')).toBe(
      '--title needs a value (leave the flag out for the default).',
    );
    expect(parse('--author', '')).toBe(
      '--author needs a value (leave the flag out for the default).',
    );
  });

  it('names the flag when a title is too long', () => {
    expect(parse('--title', 'x'.repeat(201))).toBe(
      '--title: the title is longer than 200 characters.',
    );
  });

  it('says the export flags belong to pdf when given to report', () => {
    const parsed = parseCliArgs(['report', '--sample', '--handout']);
    expect(parsed).toEqual({ ok: false, error: '--handout is a pdf option, not a report option.' });
  });
});
