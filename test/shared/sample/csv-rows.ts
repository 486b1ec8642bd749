/** Splits the sample's CSV into rows of unquoted values; enough for a file where every value is quoted. */
export function parseQuotedCsv(csv: string): string[][] {
  return csv
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const values: string[] = [];
      const cell = /"((?:[^"]|"")*)"(?:,|$)/g;
      let match: RegExpExecArray | null;
      while ((match = cell.exec(line)) !== null)
        values.push((match[1] ?? '').replaceAll('""', '"'));
      return values;
    });
}

/** `3/1/2026` → `2026-03-01`, so that test dates compare as strings. */
export function isoFromUs(value: string): string {
  const [m = '', d = '', y = ''] = value.split('/');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
