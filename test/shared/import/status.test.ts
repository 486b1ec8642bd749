import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_RULES, statusFromStage } from '../../../shared/import';
import { coerceFlag, statusFromFlags } from '../../../shared/import/status';

describe('statusFromStage', () => {
  it.each([
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['Closed Lost', 'lost'],
    ['Lost', 'lost'],
    ['Won', 'won'],
    ['Negotiation/Review', 'open'],
    ['Prospecting', 'open'],
  ] as const)('reads the stage %s as %s with the default rules', (stage, status) => {
    expect(statusFromStage(stage, DEFAULT_STAGE_RULES)).toBe(status);
  });

  it('reads no stage as open', () => {
    expect(statusFromStage(null, DEFAULT_STAGE_RULES)).toBe('open');
  });

  it('follows edited rules in order and skips an invalid pattern', () => {
    const rules = [
      { pattern: '(', status: 'won' as const },
      { pattern: '^signed', status: 'won' as const },
      { pattern: 'disqualified|no decision', status: 'lost' as const },
    ];
    expect(statusFromStage('Signed contract', rules)).toBe('won');
    expect(statusFromStage('No Decision', rules)).toBe('lost');
    expect(statusFromStage('Closed Won', rules)).toBe('open');
  });
});

describe('statusFromFlags', () => {
  it('takes won as won, closed and not won as lost, not closed as open', () => {
    expect(statusFromFlags(true, true, 'open')).toBe('won');
    expect(statusFromFlags(false, true, 'won')).toBe('lost');
    expect(statusFromFlags(false, false, 'lost')).toBe('open');
  });

  it('falls back to the stage when the flags are blank', () => {
    expect(statusFromFlags(null, null, 'lost')).toBe('lost');
    expect(statusFromFlags(false, null, 'won')).toBe('open');
  });
});

describe('coerceFlag', () => {
  it('reads true/false, 1/0 and yes/no in any case; blank as unknown; anything else as invalid', () => {
    expect(['TRUE', '1', 'Yes'].map(coerceFlag)).toEqual([true, true, true]);
    expect(['false', '0', 'no'].map(coerceFlag)).toEqual([false, false, false]);
    expect(coerceFlag(' ')).toBeNull();
    expect(coerceFlag('maybe')).toBeUndefined();
  });
});
