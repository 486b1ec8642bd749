import { describe, expect, it } from 'vitest';
import { deleteConsequence } from '../../../renderer/src/history/delete-consequence';

function batch(id: string, kind: 'opportunities' | 'leads', importedAt: string) {
  return { id, kind, fileName: `${id}.csv`, importedAt };
}

const leads = batch('leads', 'leads', '2026-06-03T10:00:00Z');
const oppNew = batch('opp-new', 'opportunities', '2026-06-02T10:00:00Z');
const oppOld = batch('opp-old', 'opportunities', '2026-05-01T10:00:00Z');
const all = [leads, oppNew, oppOld];

describe('what deleting an import does', () => {
  it('returns the workspace to its first run when it is the only import', () => {
    expect(deleteConsequence(leads, [leads])).toMatch(/^It is the only import: the workspace/);
  });

  it('leaves the deck without a kind when it is that kind’s only import', () => {
    expect(deleteConsequence(leads, all)).toBe(
      'It is the only import of leads & contacts: the deck no longer draws on any.',
    );
  });

  it('makes the previous import of the same kind active, ignoring other kinds', () => {
    expect(deleteConsequence(oppNew, all)).toMatch(
      /^It is the active import of opportunities: opp-old\.csv \(/,
    );
  });

  it('changes no active data when it is a snapshot', () => {
    expect(deleteConsequence(oppOld, all)).toBe(
      'It is a snapshot; the active data does not change.',
    );
  });
});
