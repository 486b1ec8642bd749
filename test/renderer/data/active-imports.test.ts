import { describe, expect, it } from 'vitest';
import { activeImportIds, activeImports } from '../../../renderer/src/data/active-imports';

const batches = [
  { id: 'opp-may', kind: 'opportunities' as const, importedAt: '2026-05-01T09:00:00Z' },
  { id: 'leads-jun', kind: 'leads' as const, importedAt: '2026-06-01T09:00:00Z' },
  { id: 'opp-jun', kind: 'opportunities' as const, importedAt: '2026-06-02T09:00:00Z' },
];

describe('the active import of each kind', () => {
  it('is the newest import of that kind, whatever the order given', () => {
    const active = activeImports(batches);
    expect(active.opportunities?.id).toBe('opp-jun');
    expect(active.leads?.id).toBe('leads-jun');
    expect(active.spend).toBeUndefined();
  });

  it('gives one id per kind imported', () => {
    expect([...activeImportIds(batches)].sort()).toEqual(['leads-jun', 'opp-jun']);
  });
});
