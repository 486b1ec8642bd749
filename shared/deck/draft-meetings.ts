import { dayNumber } from '../calendar';
import { formatCount, formatDate } from '../format';
import type { Report } from '../metrics/report-types';
import { LANDING_COLORS } from '../palette';
import { drillPath } from './drill-path';
import { plural } from './draft-context';
import type { DraftedSlide } from './slide-content';
import { unavailableSlide } from './unavailable-slide';

/** Colours of the two kinds of meeting: prospects are pipeline to come (due blue), customers have landed (green). */
export const MEETING_COLORS = {
  prospect: LANDING_COLORS.due,
  customer: LANDING_COLORS.landed,
} as const;

/** Monday = 0 … Sunday = 6 (day 0, 1970-01-01, was a Thursday). */
const weekday = (date: Parameters<typeof dayNumber>[0]): number =>
  (((dayNumber(date) + 3) % 7) + 7) % 7;

/** "2026-W14" as a bar label: "W14". */
const weekLabel = (week: string): string => week.slice(week.indexOf('-') + 1);

/** One decimal for small averages ("3.4"), whole numbers from 10 on. */
function perWeek(total: number, weeks: number): string {
  if (weeks === 0) return '0';
  const avg = total / weeks;
  return avg >= 10 ? formatCount(avg) : String(Math.round(avg * 10) / 10);
}

/**
 * Net-new meetings (metrics.md §7): prospect and customer meetings per ISO week of P as a
 * stacked bar, with the totals as tiles. Unavailable without meetings.
 */
export function draftMeetings(report: Report): DraftedSlide {
  const { period, create } = report;
  const p = period.label;
  const title = `Net-new meetings · ${p}`;
  const footnote =
    'Net-new: the account had no meeting in the 365 days before; a customer meeting when the account had won a deal before that day.';
  const meetings = create.meetings;
  if (meetings === null) {
    return unavailableSlide({
      title,
      reason: 'Import meetings to see net-new meetings.',
      shows: `This slide counts the net-new prospect and customer meetings of ${p}, week by week.`,
      footnote,
    });
  }
  const { netNewProspect: prospect, netNewCustomer: customer, byWeek } = meetings;
  const total = prospect + customer;
  const cut = period.asOf < period.end ? period.asOf : period.end;
  const asOf = formatDate(cut);
  const sofar = period.asOf < period.end ? ' so far' : '';
  const average = perWeek(total, byWeek.length);
  const busiest = byWeek.reduce<(typeof byWeek)[number] | null>(
    (best, w) =>
      best === null || w.prospect + w.customer > best.prospect + best.customer ? w : best,
    null,
  );
  const partial: string[] = [];
  const first = byWeek[0];
  const last = byWeek[byWeek.length - 1];
  if (first !== undefined && weekday(period.start) !== 0)
    partial.push(`${weekLabel(first.week)} starts before the quarter`);
  if (last !== undefined && weekday(cut) !== 6)
    partial.push(`${weekLabel(last.week)} runs past ${asOf}`);
  const headline =
    total === 0
      ? `No net-new meetings have been held in ${p}${sofar === '' ? '' : ' yet'}.`
      : `We held ${plural(total, 'net-new meeting')} in ${p}${sofar}: ${formatCount(prospect)} with prospects and ${formatCount(customer)} with customers, about ${average} a week.`;
  return {
    title,
    headline,
    notes: [
      'A meeting is net-new when its account had no meeting in the 365 days before it; several meetings with one account on one day count once.',
      'It is a customer meeting when the account had won a deal before that day, else a prospect meeting; the log’s own meeting type is not used.',
      busiest !== null && total > 0
        ? `The busiest week was ${weekLabel(busiest.week)} with ${plural(busiest.prospect + busiest.customer, 'meeting')}.`
        : '',
      partial.length > 0
        ? `Partial weeks read low: ${partial.join(' and ')}, so they hold fewer days of ${p}.`
        : '',
    ]
      .filter((s) => s !== '')
      .join(' '),
    visual:
      total === 0
        ? { type: 'empty', message: `No net-new meetings in ${p} yet` }
        : {
            type: 'chart',
            kind: 'stacked-bar',
            axisFormat: 'count',
            dataLabels: true,
            labels: byWeek.map((w) => weekLabel(w.week)),
            datasets: [
              {
                label: 'Prospect',
                values: byWeek.map((w) => w.prospect),
                color: MEETING_COLORS.prospect,
                drill: byWeek.map((_, i) => ({
                  path: drillPath('create', 'meetings', 'byWeek', i, 'prospect'),
                  measure: 'count' as const,
                })),
              },
              {
                label: 'Customer',
                values: byWeek.map((w) => w.customer),
                color: MEETING_COLORS.customer,
                drill: byWeek.map((_, i) => ({
                  path: drillPath('create', 'meetings', 'byWeek', i, 'customer'),
                  measure: 'count' as const,
                })),
              },
            ],
          },
    kpis: [
      {
        label: 'Prospect meetings',
        value: formatCount(prospect),
        detail: `net-new in ${p}`,
        tone: 'neutral',
        drill: { path: drillPath('create', 'meetings', 'netNewProspect'), measure: 'count' },
      },
      {
        label: 'Customer meetings',
        value: formatCount(customer),
        detail: `net-new in ${p}`,
        tone: 'positive',
        drill: { path: drillPath('create', 'meetings', 'netNewCustomer'), measure: 'count' },
      },
      {
        label: 'Per week',
        value: average,
        detail: `net-new meetings, ${plural(byWeek.length, 'week')}`,
        tone: 'neutral',
      },
    ],
    footnote,
    unavailable: null,
  };
}
