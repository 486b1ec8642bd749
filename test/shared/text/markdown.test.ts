import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../cli/markdown';
import { escapeMarkdown, escapeTableCell } from '../../../shared/text/markdown';
import { sampleReport } from '../deck/report-fixture';

describe('escapeMarkdown', () => {
  it('escapes a tag so Markdown renderers show it as text', () => {
    expect(escapeMarkdown('<script>x</script>')).toBe('\\<script\\>x\\</script\\>');
  });

  it('escapes links, emphasis, pipes, code and entities', () => {
    expect(escapeMarkdown('[a](http://evil) *b* _c_ | `d` &amp;')).toBe(
      '\\[a\\](http://evil) \\*b\\* \\_c\\_ \\| \\`d\\` \\&amp;',
    );
  });

  it('escapes a heading or list marker at the start of the value only', () => {
    expect(escapeMarkdown('# Q3 - final')).toBe('\\# Q3 - final');
    expect(escapeMarkdown('-2+3')).toBe('\\-2+3');
  });

  it('cleans and cuts like displayText before escaping', () => {
    expect(escapeMarkdown('\u202Eab\ncd', 4)).toBe('ab…');
  });
});

describe('escapeTableCell', () => {
  it('escapes a pipe and joins lines so the row keeps its columns', () => {
    expect(escapeTableCell('a|b\r\nc')).toBe('a\\|b c');
  });

  it('does not escape an already escaped pipe twice', () => {
    expect(escapeTableCell('a\\|b')).toBe('a\\|b');
  });
});

describe('the CLI Markdown summary', () => {
  it('prints a hostile file name as escaped text on one line', () => {
    const markdown = renderMarkdown(sampleReport(), {
      sample: false,
      files: ['<img src=x onerror=alert(1)>|[x](http://evil)\n# pwned.csv'],
      imports: [
        {
          kind: 'opportunities',
          file: '<img src=x onerror=alert(1)>|[x](http://evil)\n# pwned.csv',
          rowsRead: 1,
          imported: 1,
          rejected: 0,
        },
      ],
    });
    expect(markdown).toContain(
      '- Source: \\<img src=x onerror=alert(1)\\>\\|\\[x\\](http://evil) # pwned.csv (opportunities)\n',
    );
  });
});
