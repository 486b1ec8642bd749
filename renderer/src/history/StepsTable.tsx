import { Fragment, useState } from 'react';
import { formatCount, formatDate, formatMoneyFull } from '../../../shared/format';
import { WATERFALL_STEPS } from '../../../shared/waterfall';
import type { PipelineWaterfall, WaterfallStep } from '../../../shared/waterfall';
import { UserText } from '../slides/UserText';
import { bridgeBars } from './compare-imports';
import { formatSignedMoney } from './history-format';

/** Most deals a step's drill-down lists; the rest are counted. */
const SHOWN_DEALS = 200;

function amountText(value: number | null, currency: string | null): string {
  return value === null ? '—' : formatMoneyFull(value, currency);
}

function dateText(value: string | null): string {
  return value === null ? 'no date' : formatDate(value);
}

/** The deals behind one step: id, name, account, and previous → current amount and close date. */
function StepDeals({ step, currency }: { step: WaterfallStep; currency: string | null }) {
  return (
    <div className="history-deals" data-testid="history-step-deals">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Opportunity</th>
            <th scope="col">Account</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Close date</th>
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {step.deals.slice(0, SHOWN_DEALS).map((deal) => (
            <tr key={deal.key} data-testid="history-deal">
              <td className="mono">
                <UserText value={deal.id} max={24} />
              </td>
              <td className="cell--user">
                <UserText value={deal.name} max={60} />
              </td>
              <td className="cell--user">
                <UserText value={deal.accountName ?? deal.accountId} max={40} />
              </td>
              <td className="num">
                {amountText(deal.previousAmount, currency)} →{' '}
                {amountText(deal.currentAmount, currency)}
              </td>
              <td>
                {deal.previousStatus === null ? '—' : dateText(deal.previousCloseDate)} →{' '}
                {deal.currentStatus === null ? 'removed' : dateText(deal.currentCloseDate)}
                {deal.currentStatus === 'won' || deal.currentStatus === 'lost' ? (
                  <span className="muted"> ({deal.currentStatus})</span>
                ) : null}
              </td>
              <td className="num figure">{formatSignedMoney(deal.change, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {step.deals.length > SHOWN_DEALS ? (
        <p className="muted history-deals__more">
          and {formatCount(step.deals.length - SHOWN_DEALS)} more deals.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The bridge as a table: the previous due pipeline, each step that moved a deal (label,
 * count, signed amount, running total) with a drill-down to its deals, and the current one.
 */
export function StepsTable({
  waterfall,
  currency,
}: {
  waterfall: PipelineWaterfall;
  currency: string | null;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const money = (v: number) => formatMoneyFull(v, currency);
  const steps = WATERFALL_STEPS.map(({ kind }) => waterfall.steps[kind]).filter((s) => s.count > 0);
  // The running totals of the chart's bars, so the table and the chart say the same.
  const after = new Map(bridgeBars(waterfall).map((bar) => [bar.key, bar.to]));
  return (
    <table className="table history-steps" data-testid="history-steps">
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col" className="num">
            Deals
          </th>
          <th scope="col" className="num">
            Amount
          </th>
          <th scope="col" className="num">
            Pipeline after
          </th>
          <th scope="col">
            <span className="visually-hidden">Deals behind the step</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <tr className="history-steps__total" data-testid="history-step" data-kind="start">
          <th scope="row">Due at the previous import</th>
          <td className="num">{formatCount(waterfall.startCount)}</td>
          <td className="num figure" data-testid="history-step-amount">
            {money(waterfall.start)}
          </td>
          <td className="num">{money(waterfall.start)}</td>
          <td />
        </tr>
        {steps.length === 0 ? (
          <tr>
            <td colSpan={5} className="muted">
              No deal due this quarter moved between the two imports.
            </td>
          </tr>
        ) : null}
        {steps.map((step) => {
          const expanded = open === step.kind;
          return (
            <Fragment key={step.kind}>
              <tr data-testid="history-step" data-kind={step.kind}>
                <th scope="row">
                  <span className={`history-dot history-dot--${step.amount < 0 ? 'down' : 'up'}`} />
                  {step.label}
                </th>
                <td className="num" data-testid="history-step-count">
                  {formatCount(step.count)}
                </td>
                <td className="num figure" data-testid="history-step-amount">
                  {formatSignedMoney(step.amount, currency)}
                </td>
                <td className="num">{money(after.get(step.kind) ?? 0)}</td>
                <td className="history-steps__action">
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm"
                    aria-expanded={expanded}
                    onClick={() => setOpen(expanded ? null : step.kind)}
                    data-testid="history-step-toggle"
                  >
                    {expanded ? 'Hide deals' : 'Show deals'}
                  </button>
                </td>
              </tr>
              {expanded ? (
                <tr className="history-steps__drill">
                  <td colSpan={5}>
                    <StepDeals step={step} currency={currency} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
        <tr className="history-steps__total" data-testid="history-step" data-kind="end">
          <th scope="row">Due now</th>
          <td className="num">{formatCount(waterfall.endCount)}</td>
          <td className="num figure" data-testid="history-step-amount">
            {money(waterfall.end)}
          </td>
          <td className="num">{money(waterfall.end)}</td>
          <td />
        </tr>
      </tbody>
    </table>
  );
}
