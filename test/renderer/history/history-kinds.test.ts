import { describe, expect, it } from 'vitest';
import { fullKinds, kindCount } from '../../../renderer/src/history/history-kinds';

function batch(kind: 'leads' | 'spend', day: number) {
  return {
    kind,
    fileName: `${kind}-${day}.csv`,
    importedAt: `2026-06-${String(day).padStart(2, '0')}`,
  };
}

describe('imports grouped by kind', () => {
  it('counts the kinds the imports hold', () => {
    expect(kindCount([batch('leads', 1), batch('leads', 2), batch('spend', 3)])).toBe(2);
  });

  it('names the kinds at the cap with the oldest import the next one deletes', () => {
    const batches = [batch('leads', 3), batch('spend', 4), batch('leads', 2), batch('leads', 1)];
    const full = fullKinds(batches, 3);
    expect(full.map((f) => [f.kind, f.oldest.fileName])).toEqual([['leads', 'leads-1.csv']]);
  });
});
