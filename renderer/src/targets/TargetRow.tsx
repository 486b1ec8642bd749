import type { TargetDemandSource, TargetKind, TargetSegment } from '../../../shared/records';
import { parseTargetAmount } from '../../../shared/targets/target-amount';
import {
  TARGET_KIND_LABELS,
  targetSegmentLabel,
  targetSourceLabel,
} from '../../../shared/targets/target-labels';
import {
  TARGET_DEMAND_SOURCES,
  TARGET_KINDS,
  TARGET_SEGMENTS,
  amountText,
  type TargetDraft,
  type TargetRowProblems,
} from '../../../shared/targets/target-rows';
import { PeriodInput } from './PeriodInput';

/** Props of one editable target row. */
export interface TargetRowProps {
  draft: TargetDraft;
  problems: TargetRowProblems | undefined;
  /** The currency mark shown before the amount (`$`, `€`, or blank). */
  currencyMark: string;
  autoFocusAmount: boolean;
  quarterListId: string;
  onChange: (key: string, change: Partial<Omit<TargetDraft, 'key'>>) => void;
  onRemove: (key: string) => void;
}

/** One target: period, demand source, segment, kind and amount, with its problems on a line below. */
export function TargetRow({
  draft,
  problems,
  currencyMark,
  autoFocusAmount,
  quarterListId,
  onChange,
  onRemove,
}: TargetRowProps) {
  const messages = [problems?.period, problems?.amount, problems?.duplicate].filter(
    (m): m is string => m !== undefined,
  );
  const problemId = messages.length > 0 ? `target-problem-${draft.key}` : undefined;
  const what = `${targetSourceLabel(draft.demandSource)} · ${targetSegmentLabel(draft.segment)} ${TARGET_KIND_LABELS[draft.kind].toLowerCase()}`;
  const duplicate = problems?.duplicate !== undefined;
  return (
    <>
      <tr
        className={messages.length > 0 ? 'target-row target-row--invalid' : 'target-row'}
        data-testid="target-row"
      >
        <td>
          <PeriodInput
            value={draft.period}
            invalid={problems?.period !== undefined}
            label={`Period of the ${what} target`}
            describedBy={problemId}
            listId={quarterListId}
            onCommit={(period) => onChange(draft.key, { period })}
          />
        </td>
        <td>
          <select
            className="select select--sm"
            value={draft.demandSource}
            aria-label="Demand source"
            aria-invalid={duplicate}
            data-testid="target-source"
            onChange={(e) =>
              onChange(draft.key, { demandSource: e.target.value as TargetDemandSource })
            }
          >
            {TARGET_DEMAND_SOURCES.map((s) => (
              <option key={s} value={s}>
                {targetSourceLabel(s)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select
            className="select select--sm"
            value={draft.segment}
            aria-label="Segment"
            aria-invalid={duplicate}
            data-testid="target-segment"
            onChange={(e) => onChange(draft.key, { segment: e.target.value as TargetSegment })}
          >
            {TARGET_SEGMENTS.map((s) => (
              <option key={s} value={s}>
                {targetSegmentLabel(s)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select
            className="select select--sm"
            value={draft.kind}
            aria-label="Kind"
            aria-invalid={duplicate}
            data-testid="target-kind"
            onChange={(e) => onChange(draft.key, { kind: e.target.value as TargetKind })}
          >
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {TARGET_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </td>
        <td className="num">
          <span className="target-amount">
            {currencyMark !== '' ? (
              <span className="target-amount__mark" aria-hidden="true">
                {currencyMark}
              </span>
            ) : null}
            <input
              className="input input--sm num target-amount__input"
              value={draft.amount}
              inputMode="decimal"
              placeholder="1,200,000 or 1.2M"
              aria-label={`Amount of the ${what} target`}
              aria-invalid={problems?.amount !== undefined}
              aria-describedby={problemId}
              autoFocus={autoFocusAmount}
              spellCheck={false}
              data-testid="target-amount"
              onChange={(e) => onChange(draft.key, { amount: e.target.value })}
              onBlur={() => {
                // Show what was understood: 1.2M reads back as 1,200,000.
                const parsed = parseTargetAmount(draft.amount);
                if (parsed.ok && problems?.amount === undefined) {
                  const text = amountText(parsed.cents / 100);
                  if (text !== draft.amount) onChange(draft.key, { amount: text });
                }
              }}
            />
          </span>
        </td>
        <td className="target-row__actions">
          <button
            type="button"
            className="btn btn--ghost btn--sm target-remove"
            aria-label={`Delete the ${draft.period} ${what} target`}
            title="Delete this target"
            data-testid="target-remove"
            onClick={() => onRemove(draft.key)}
          >
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M3 4.5h10M6.5 4.5V3h3v1.5M5 4.5l.6 8.5h4.8l.6-8.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.4"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </td>
      </tr>
      {problemId !== undefined ? (
        <tr className="target-problems" data-testid="target-problems">
          <td colSpan={6} id={problemId} role="alert">
            {messages.map((m) => (
              <span key={m} className="target-problems__item">
                {m}
              </span>
            ))}
          </td>
        </tr>
      ) : null}
    </>
  );
}
