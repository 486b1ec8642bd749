import { describe, expect, it } from 'vitest';
import type { Placement } from '../../../shared/waterfall/classify';
import { classifyMove, placementOf } from '../../../shared/waterfall/classify';
import { fiscalQuarter } from '../../../shared/calendar';
import { deal } from './factory';

const P = fiscalQuarter(2026, 2, 1);

describe('placementOf', () => {
  it('places a deal relative to P from its status and close date', () => {
    expect(placementOf(undefined, P)).toBe('absent');
    expect(placementOf(deal('x', { close: '2026-04-01' }), P)).toBe('due');
    expect(placementOf(deal('x', { close: '2026-06-30' }), P)).toBe('due');
    expect(placementOf(deal('x', { close: '2026-03-31' }), P)).toBe('before');
    expect(placementOf(deal('x', { close: '2026-07-01' }), P)).toBe('after');
    expect(placementOf(deal('x', { close: null }), P)).toBe('undated');
    expect(placementOf(deal('x', { close: '2026-05-01', status: 'won' }), P)).toBe('won');
    expect(placementOf(deal('x', { close: null, status: 'lost' }), P)).toBe('lost');
  });
});

describe('classifyMove', () => {
  const cases: [Placement, Placement, number, string | null][] = [
    ['absent', 'due', 0, 'new'],
    ['after', 'due', 0, 'pulledIn'],
    ['undated', 'due', 500, 'pulledIn'],
    ['before', 'due', 0, 'slippedIn'],
    ['won', 'due', 0, 'reopened'],
    ['lost', 'due', -100, 'reopened'],
    ['due', 'due', 1, 'amountUp'],
    ['due', 'due', -1, 'amountDown'],
    ['due', 'due', 0, null],
    ['due', 'after', 0, 'pushedOut'],
    ['due', 'undated', 700, 'pushedOut'],
    ['due', 'before', 0, 'movedEarlier'],
    ['due', 'won', 200, 'won'],
    ['due', 'lost', 0, 'lost'],
    ['due', 'absent', 0, 'removed'],
    ['after', 'undated', 0, null],
    ['won', 'lost', 0, null],
    ['absent', 'after', 0, null],
    ['before', 'absent', 0, null],
  ];
  it.each(cases)('puts a move from %s to %s (amount change %i cents) in %s', (a, b, d, kind) => {
    expect(classifyMove(a, b, d)).toBe(kind);
  });
});
