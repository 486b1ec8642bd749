import { useMemo, type ReactNode } from 'react';
import type { ImportBatch } from '../data/db';
import { formatCount, formatDate, formatMoneyFull } from '../../../shared/format';
import type { PipelineWaterfall } from '../../../shared/waterfall';
import { UserText } from '../slides/UserText';
import { bridgeBars, bridgeReconciles, stepsTotal } from './compare-imports';
import { formatSignedMoney } from './history-format';
import type { ImportChangesState } from './use-import-changes';
import { StepsTable } from './StepsTable';
import { WaterfallChart } from './WaterfallChart';

/** Props of the card: the two imports compared and the comparison's state. */
export interface ChangesCardProps {
  active: ImportBatch | null;
  previous: ImportBatch | null;
  state: ImportChangesState;
}

function Frame({ subtitle, children }: { subtitle: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby="changes-title" data-testid="history-changes">
      <div className="card__header">
        <div className="card__title">
          <h2 id="changes-title">What changed since the previous import</h2>
          <p>{subtitle}</p>
        </div>
      </div>
      {children}
    </section>
  );
}

function Message({ children }: { children: ReactNode }) {
  return (
    <div className="card__body history-empty" data-testid="history-changes-empty">
      {children}
    </div>
  );
}

/**
 * The pipeline waterfall between the previous import and the active one: a floating-bar
 * chart, the table of steps with their deals, and the check that start + steps = end.
 */
export function ChangesCard({ active, previous, state }: ChangesCardProps) {
  const subtitle =
    'How the open pipeline due this quarter moved between the last two imports of the report.';
  switch (state.status) {
    case 'no-previous':
      return (
        <Frame subtitle={subtitle}>
          <Message>
            <p>
              There is no earlier import to compare with yet. Next month, import the same report
              again: Quarterdeck keeps this one as a snapshot and shows here which deals are new,
              pulled in, pushed out, won, lost, or changed in amount.
            </p>
          </Message>
        </Frame>
      );
    case 'sample':
      return (
        <Frame subtitle={subtitle}>
          <Message>
            <p>
              Sample data is not compared with your own imports. Import the same report again next
              month to see what changed.
            </p>
          </Message>
        </Frame>
      );
    case 'loading':
      return (
        <Frame subtitle={subtitle}>
          <Message>
            <p className="muted">Comparing the two imports…</p>
          </Message>
        </Frame>
      );
    case 'done':
      if (!state.comparison.ok) {
        return (
          <Frame subtitle={subtitle}>
            <Message>
              <p role="alert">The imports could not be compared: {state.comparison.error}</p>
            </Message>
          </Frame>
        );
      }
      return (
        <Bridge
          waterfall={state.comparison.waterfall}
          currency={state.comparison.currency}
          active={active}
          previous={previous}
        />
      );
  }
}

function Bridge({
  waterfall,
  currency,
  active,
  previous,
}: {
  waterfall: PipelineWaterfall;
  currency: string | null;
  active: ImportBatch | null;
  previous: ImportBatch | null;
}) {
  const bars = useMemo(() => bridgeBars(waterfall), [waterfall]);
  const reconciles = bridgeReconciles(waterfall);
  const money = (v: number) => formatMoneyFull(v, currency);
  const asOf = (d: string | null) => (d === null ? 'its latest date' : formatDate(d));
  return (
    <Frame
      subtitle={
        <>
          Open pipeline due in <strong>{waterfall.period.label}</strong>:{' '}
          <UserText value={previous?.fileName} max={60} /> as of {asOf(waterfall.previousAsOf)} →{' '}
          <UserText value={active?.fileName} max={60} /> as of {asOf(waterfall.currentAsOf)}.
        </>
      }
    >
      <div className="card__body">
        <WaterfallChart bars={bars} currency={currency} />
      </div>
      <StepsTable waterfall={waterfall} currency={currency} />
      <ul className="checks history-checks">
        <li
          className={`check check--${reconciles ? 'ok' : 'warn'}`}
          data-testid="history-bridge-check"
        >
          <span className="check__mark" aria-hidden="true">
            {reconciles ? '✓' : '!'}
          </span>
          <span>
            Previous <strong className="figure">{money(waterfall.start)}</strong>{' '}
            {formatSignedMoney(stepsTotal(waterfall), currency).replace(/^([+-])/, '$1 ')} in steps
            = now <strong className="figure">{money(waterfall.end)}</strong>
            {reconciles ? ' ✓' : ': the steps do not add up; please report this.'}
          </span>
        </li>
        {waterfall.unchanged.count > 0 ? (
          <li className="check check--info">
            <span className="check__mark" aria-hidden="true">
              i
            </span>
            <span>
              {formatCount(waterfall.unchanged.count)} deals due in both imports at the same amount
              ({money(waterfall.unchanged.amount)}) are in the start and the end, in no step.
            </span>
          </li>
        ) : null}
        {waterfall.ignored.previous + waterfall.ignored.current > 0 ? (
          <li className="check check--info">
            <span className="check__mark" aria-hidden="true">
              i
            </span>
            <span>
              Deals created after an import’s as-of date are left out of it:{' '}
              {formatCount(waterfall.ignored.previous)} from the previous one,{' '}
              {formatCount(waterfall.ignored.current)} from this one.
            </span>
          </li>
        ) : null}
      </ul>
    </Frame>
  );
}
