import type { OpportunityStatus } from '../records';
import type { StageRule } from './types';

/** The default stage map of metrics.md §1: /won/i is won, /lost/i is lost, anything else open. */
export const DEFAULT_STAGE_RULES: readonly StageRule[] = [
  { pattern: 'won', status: 'won' },
  { pattern: 'lost', status: 'lost' },
];

/** Status from a stage name through editable rules (first match wins); no match or no stage is open. */
export function statusFromStage(
  stage: string | null,
  rules: readonly StageRule[],
): OpportunityStatus {
  if (stage === null) return 'open';
  for (const rule of rules) {
    if (safePattern(rule.pattern)?.test(stage)) return rule.status;
  }
  return 'open';
}

/**
 * Rule patterns compiled once rather than for every row; a pattern without the `g` flag
 * keeps no state between tests, so one RegExp serves every row of every file.
 */
const compiled = new Map<string, RegExp | null>();

/** Patterns remembered at most; a user's rules are a handful. */
const COMPILED_MEMORY = 256;

/** A rule's pattern as a case-insensitive RegExp, or `null` when a user typed an invalid one. */
function safePattern(pattern: string): RegExp | null {
  const known = compiled.get(pattern);
  if (known !== undefined) return known;
  let regexp: RegExp | null;
  try {
    regexp = new RegExp(pattern, 'i');
  } catch {
    regexp = null;
  }
  if (compiled.size < COMPILED_MEMORY) compiled.set(pattern, regexp);
  return regexp;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 't', 'x', 'wahr', 'vrai', 'ja', 'oui']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'f', 'falsch', 'faux', 'nein', 'non']);

/** Reads a won/closed flag: true/false, 1/0, yes/no; blank is `null`, anything else `undefined`. */
export function coerceFlag(raw: string): boolean | null | undefined {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

/**
 * Status from explicit won/closed flags when the export has them (metrics.md §1): won is
 * won; closed and not won is lost; not closed is open. A flag left blank (or a missing
 * closed column with won false) falls back to the stage rules, which then cannot say won.
 */
export function statusFromFlags(
  won: boolean | null,
  closed: boolean | null,
  stageStatus: OpportunityStatus,
): OpportunityStatus {
  if (won === true) return 'won';
  if (closed === true) return 'lost';
  if (closed === false) return 'open';
  if (won === false) return stageStatus === 'lost' ? 'lost' : 'open';
  return stageStatus;
}
