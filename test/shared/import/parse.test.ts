import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/import/parse';

describe('parseCsv', () => {
  it('numbers each record by the physical line it starts on, across quoted line breaks', () => {
    const text = 'id,name\n1,"two\nlines"\n2,"three\nmore\nlines"\n3,plain\n';
    expect(parseCsv(text).rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [1, 'id'],
      [2, '1'],
      [4, '2'],
      [7, '3'],
    ]);
  });

  it('skips blank lines and rows of empty cells but keeps counting their lines', () => {
    const text = 'id,name\n\n1,a\n,\n  \n2,b';
    expect(parseCsv(text).rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [1, 'id'],
      [3, '1'],
      [6, '2'],
    ]);
  });

  it('counts CRLF and lone CR line endings as one line each', () => {
    const text = 'id,name\r\n1,a\r2,b\r\n"3","x\r\ny"\r\n4,d';
    const rows = parseCsv(text).rows;
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 6]);
    expect(rows[4]?.cells).toEqual(['4', 'd']);
    expect(rows[3]?.cells[1]).toBe('x\ny');
  });

  it.each([
    ['comma', 'a,b,c\n1,2,3', ','],
    ['semicolon', 'a;b;c\n1,5;2;3', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3', '\t'],
    ['pipe', 'a|b|c\n1|2|3', '|'],
  ])('detects the %s delimiter', (_name, text, delimiter) => {
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.rows[0]?.cells).toEqual(['a', 'b', 'c']);
  });

  it('flags a record whose quote is never closed', () => {
    const rows = parseCsv('id,name\n1,ok\n2,"never closed\n3,lost').rows;
    expect(rows[2]?.line).toBe(3);
    expect(rows[2]?.problem).toMatch(/never closed/);
    expect(rows[1]?.problem).toBeNull();
  });
});
