import type { Report } from '../shared/metrics';
import { DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../shared/palette';
import { escapeMarkdown } from '../shared/text/markdown';
import { amount, percent, table } from './markdown-format';

// The Markdown of the figures that rest on records beside the opportunities (influence, the
// create view's leads, funnel, meetings, target accounts and channels, targets, and the
// integrity checks on touches and leads). Each says "not measured" when its records were not
// imported, rather than printing zeros.

/** The line a section shows when the records it rests on were not imported. */
function notMeasured(what: string): string[] {
  return [`Not measured: no ${what} were imported.`];
}

/** Influenced landings and the due pipeline's acceleration (metrics.md §4). */
export function influenceSection(report: Report): string[] {
  const { influenced, acceleration } = report.landings;
  const head = ['## Marketing influence', ''];
  if (influenced === null || acceleration === null) return [...head, ...notMeasured('touchpoints')];
  return [
    ...head,
    `- Influenced landed: ${amount(influenced.landed)}; influenced due: ${amount(influenced.due)}; share of the landings total: ${percent(influenced.share)}`,
    `- Due pipeline influenced: ${amount(acceleration.dueInfluencedAmount)} in ${acceleration.dueInfluencedCount} deals (${percent(acceleration.dueInfluencedShare)} of due)`,
    `- Win rate influenced vs not: ${percent(acceleration.winRateInfluenced)} vs ${percent(acceleration.winRateNotInfluenced)}`,
    `- Median days to win, influenced vs not: ${acceleration.cycleDaysInfluenced ?? 'n/a'} vs ${acceleration.cycleDaysNotInfluenced ?? 'n/a'}`,
  ];
}

/** Leads, the funnel by channel, meetings, target accounts and channel efficiency (metrics.md §7). */
export function createExtrasSection(report: Report): string[] {
  const c = report.create;
  const lines: string[] = ['## Leads and funnel', ''];
  if (c.leads === null || c.funnelByChannel === null) lines.push(...notMeasured('leads'));
  else {
    lines.push(
      `- Leads created: ${c.leads.created}; MQLs: ${c.leads.mqls}; SQLs: ${c.leads.sqls}; converted: ${c.leads.converted}`,
      '',
      ...table(
        ['Lead source (this quarter’s cohort)', 'Leads', 'MQL', 'SQL', 'Opportunity', 'Won'],
        Object.entries(c.funnelByChannel).map(([source, f]) => [
          escapeMarkdown(source, 60),
          String(f.leads),
          String(f.mql),
          String(f.sql),
          String(f.opportunity),
          String(f.won),
        ]),
      ),
    );
  }
  lines.push('', '## Net-new meetings', '');
  if (c.meetings === null) lines.push(...notMeasured('meetings'));
  else {
    lines.push(
      `- Prospect: ${c.meetings.netNewProspect}; customer: ${c.meetings.netNewCustomer}`,
      '',
      ...table(
        ['ISO week', 'Prospect', 'Customer'],
        c.meetings.byWeek.map((w) => [w.week, String(w.prospect), String(w.customer)]),
      ),
    );
  }
  lines.push('', '## Target accounts', '');
  if (c.targetAccounts === null) lines.push(...notMeasured('target accounts'));
  else {
    const t = c.targetAccounts;
    lines.push(
      `- ${t.accounts} accounts: ${t.touched} touched, ${t.met} met, ${t.withPipeline} with open pipeline, ${t.won} won in the last four quarters`,
    );
  }
  lines.push('', '## Channel efficiency', '');
  if (c.channelEfficiency === null) lines.push(...notMeasured('spend rows'));
  else {
    lines.push(
      ...table(
        [
          'Channel',
          'Spend',
          'Pipeline',
          'Opportunities',
          'Cost per opportunity',
          'Pipeline per spend',
        ],
        Object.entries(c.channelEfficiency).map(([channel, f]) => [
          escapeMarkdown(channel, 60),
          amount(f.spend),
          amount(f.pipeline),
          String(f.opportunities),
          amount(f.costPerOpportunity),
          f.pipelinePerSpend === null ? 'n/a' : f.pipelinePerSpend.toFixed(2),
        ]),
      ),
    );
  }
  return lines;
}

/** Contribution vs targets with pacing (metrics.md §9). */
export function targetsSection(report: Report): string[] {
  const head = ['## Contribution vs targets', ''];
  if (report.targets === null) return [...head, ...notMeasured('targets')];
  if (report.targets.length === 0) return [...head, 'No target is set for this quarter.'];
  const name = (key: string, labels: Record<string, string>): string =>
    key === 'all' ? 'All' : (labels[key] ?? key);
  return [
    ...head,
    ...table(
      ['Demand source', 'Segment', 'Kind', 'Target', 'Actual', 'Attainment', 'On pace'],
      report.targets.map((t) => [
        name(t.demandSource, DEMAND_SOURCE_LABELS),
        name(t.segment, SEGMENT_LABELS),
        t.kind,
        amount(t.target),
        amount(t.actual),
        percent(t.attainment),
        t.onPace === null ? 'n/a' : t.onPace ? 'yes' : 'no',
      ]),
    ),
  ];
}

/** The integrity lines resting on touches and leads (metrics.md §10). */
export function supportingIntegrityLines(report: Report): string[] {
  const i = report.integrity;
  return [
    `- Touchpoints linked to no opportunity: ${i.orphanTouchpoints ?? 'not measured (no touchpoints)'}`,
    i.strippedPairs === null
      ? '- Lead-source stripping: not measured (no leads)'
      : `- Lead-source stripping: ${i.strippedPairs} pairs, ${amount(i.strippedAmount)} of pipeline`,
  ];
}
