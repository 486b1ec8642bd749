import { useCallback, useState } from 'react';
import type { Target } from '../../../shared/records';
import {
  draftsOf,
  nextTargetChoice,
  sameTargets,
  checkTargetRows,
  type TargetDraft,
} from '../../../shared/targets/target-rows';

/** The table being edited against the saved targets it started from. */
interface DraftState {
  /** The saved targets the drafts are compared with; `null` before the first read. */
  saved: Target[] | null;
  drafts: TargetDraft[];
}

/** What the targets table edits and how: the rows, their edits, and whether they differ from the saved ones. */
export interface TargetDrafts {
  drafts: TargetDraft[];
  /** The key of the row just added, whose amount takes the focus. */
  addedKey: string | null;
  /** Whether the table says something other than the saved targets (any invalid row counts). */
  changed: boolean;
  add: (period: string) => void;
  update: (key: string, change: Partial<Omit<TargetDraft, 'key'>>) => void;
  remove: (key: string) => void;
  discard: () => void;
}

/** A fresh row key: rows have no id of their own until they are saved. */
function newKey(): string {
  return crypto.randomUUID();
}

/** Whether the drafts say exactly what `saved` says. */
function unchanged(drafts: readonly TargetDraft[], saved: readonly Target[]): boolean {
  const { targets } = checkTargetRows(drafts);
  return targets !== null && sameTargets(targets, saved);
}

/**
 * The editable rows of the targets table. When the saved targets change (the first read, a
 * save, an import elsewhere) the table follows them, unless it holds edits not yet saved.
 */
export function useTargetDrafts(saved: Target[] | undefined): TargetDrafts {
  const [state, setState] = useState<DraftState>({ saved: null, drafts: [] });
  const [addedKey, setAddedKey] = useState<string | null>(null);

  if (saved !== undefined && saved !== state.saved) {
    // Adjusting state while rendering, as React recommends for state derived from a prop.
    const follow = state.saved === null || unchanged(state.drafts, state.saved);
    setState({ saved, drafts: follow ? draftsOf(saved, newKey) : state.drafts });
  }

  const add = useCallback((period: string) => {
    const key = newKey();
    setState((s) => ({
      ...s,
      drafts: [...s.drafts, { key, period, amount: '', ...nextTargetChoice(s.drafts, period) }],
    }));
    setAddedKey(key);
  }, []);

  const update = useCallback((key: string, change: Partial<Omit<TargetDraft, 'key'>>) => {
    setState((s) => ({
      ...s,
      drafts: s.drafts.map((d) => (d.key === key ? { ...d, ...change } : d)),
    }));
  }, []);

  const remove = useCallback((key: string) => {
    setState((s) => ({ ...s, drafts: s.drafts.filter((d) => d.key !== key) }));
  }, []);

  const discard = useCallback(() => {
    setState((s) => ({ ...s, drafts: draftsOf(s.saved ?? [], newKey) }));
    setAddedKey(null);
  }, []);

  const changed = state.saved !== null && !unchanged(state.drafts, state.saved);
  return { drafts: state.drafts, addedKey, changed, add, update, remove, discard };
}
