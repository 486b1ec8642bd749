import { describe, expect, it } from 'vitest';
import { rejectsCsv, rejectsFileName } from '../../renderer/src/import/rejects-csv';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the rejected-rows CSV of the import screen', () => {
  it('lists line, column and reason, then the raw cells under the file’s headers', () => {
    const file = 'Id,Name,Amount\r\n1,Keel,10\r\n2,=cmd,abc\r\n';
    const csv = rejectsCsv(encode(file), [
      { line: 3, column: 'Amount', reason: 'Amount “abc” is not an amount.' },
    ]);
    expect(csv).toBe(
      '"Line","Column","Reason","Id","Name","Amount"\r\n' +
        `3,"Amount","Amount “abc” is not an amount.","2","'=cmd","abc"\r\n`,
    );
  });

  it('names a whole-row problem and keeps values beyond the header', () => {
    const file = 'Id,Name\r\n1,a,b\r\n';
    const csv = rejectsCsv(encode(file), [{ line: 2, column: null, reason: 'Too many values.' }]);
    expect(csv).toBe(
      '"Line","Column","Reason","Id","Name","Column 3"\r\n' +
        '2,"(whole row)","Too many values.","1","a","b"\r\n',
    );
  });

  it('names the download after the file, without characters a file system or a shell minds', () => {
    expect(rejectsFileName('hostile-opportunities.csv')).toBe(
      'hostile-opportunities-rejected-rows.csv',
    );
    expect(rejectsFileName('../<script>\u202Eevil.csv')).toBe('scriptevil-rejected-rows.csv');
    expect(rejectsFileName('.csv')).toBe('import-rejected-rows.csv');
  });
});
