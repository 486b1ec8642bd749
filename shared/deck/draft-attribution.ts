import type { AttributionFigures, ChannelCredit } from '../metrics/attribution';
import {
  ATTRIBUTION_MODELS,
  ATTRIBUTION_NOTE,
  ATTRIBUTION_WEIGHTS,
  NO_TOUCH,
} from '../metrics/attribution';
import type { Report } from '../metrics/report-types';
import { formatCount, formatPercent } from '../format';
import { displayText } from '../text/display';
import { drillPath } from './drill-path';
import { moneyIn, plural, share, type DraftContext } from './draft-context';
import type { DraftedSlide, TableRow } from './slide-content';
import { TABLE_ROWS_UNDER_KPIS, topWithOther } from './top-rows';
import { unavailableSlide } from './unavailable-slide';

/** Most channel rows under the tiles, the last folding the rest into "Other"; the total row makes six. */
const CHANNEL_ROWS = TABLE_ROWS_UNDER_KPIS - 1;

/** Most characters of a channel name a cell shows. */
const CHANNEL_MAX = 30;

/**
 * The weights in one footnote line (the full wording, ATTRIBUTION_WEIGHTS, is in the notes),
 * labelled as an estimate so no one reads a model's credit as a measurement.
 */
const SLIDE_WEIGHTS =
  'Estimate from CRM dates. First / last touch: 100%. Linear: equal shares. U: 40% first, 40% last, 20% between. W: 30% first, 30% at creation, 30% last, 10% the rest.';

/** Short column names of the models, in the order of ATTRIBUTION_MODELS. */
const MODEL_COLUMNS = ['First touch', 'Last touch', 'Linear', 'U-shaped', 'W-shaped'] as const;

type Credits = Record<(typeof ATTRIBUTION_MODELS)[number], number>;

/** One channel's landed + due credit under every model. */
function creditsOf(a: AttributionFigures, channel: string): Credits {
  const of = (c: ChannelCredit | undefined) => (c === undefined ? 0 : c.landed + c.due);
  return {
    firstTouch: of(a.byModel.firstTouch[channel]),
    lastTouch: of(a.byModel.lastTouch[channel]),
    linear: of(a.byModel.linear[channel]),
    uShaped: of(a.byModel.uShaped[channel]),
    wShaped: of(a.byModel.wShaped[channel]),
  };
}

function sumCredits(items: readonly Credits[]): Credits {
  const total: Credits = { firstTouch: 0, lastTouch: 0, linear: 0, uShaped: 0, wShaped: 0 };
  for (const c of items) for (const m of ATTRIBUTION_MODELS) total[m] += c[m];
  return total;
}

/** The channel whose credit moves most between first and last touch: what the models disagree on. */
function widestSwing(entries: readonly [string, Credits][]): [string, Credits] | null {
  let best: [string, Credits] | null = null;
  for (const entry of entries) {
    if (entry[0] === NO_TOUCH) continue;
    const swing = Math.abs(entry[1].firstTouch - entry[1].lastTouch);
    if (best === null || swing > Math.abs(best[1].firstTouch - best[1].lastTouch)) best = entry;
  }
  return best;
}

/**
 * The attribution strip: P's landed and due amounts credited by channel under first touch,
 * last touch, linear, U- and W-shaped models, with the weights printed and labelled as an
 * estimate from CRM dates. Unavailable without touchpoints.
 */
export function draftAttribution(report: Report, context: DraftContext): DraftedSlide {
  const p = report.period.label;
  const title = `Attribution by channel · ${p}`;
  const footnote = SLIDE_WEIGHTS;
  const a = report.attribution;
  if (a === null) {
    return unavailableSlide({
      title,
      reason: 'Import touchpoints (campaign members) to credit this quarter’s landings by channel.',
      shows: `This slide spreads what lands in ${p} over the channels that touched each deal, under five attribution models side by side.`,
      footnote,
    });
  }
  const m = moneyIn(context);
  const total = a.landed + a.due;
  const entries = a.channels.map((c): [string, Credits] => [c, creditsOf(a, c)]);
  const { top, other } = topWithOther(entries, CHANNEL_ROWS, sumCredits);
  const rows: TableRow[] = top.map(([channel, credits]) => ({
    cells: [
      displayText(channel, CHANNEL_MAX),
      ...ATTRIBUTION_MODELS.map((model) => m(credits[model])),
    ],
    ...(channel === NO_TOUCH ? { emphasis: 'muted' as const } : {}),
  }));
  if (other !== null) {
    rows.push({
      cells: [
        `Other (${plural(other.count, 'channel')})`,
        ...ATTRIBUTION_MODELS.map((model) => m(other.figures[model])),
      ],
      emphasis: 'muted',
    });
  }
  rows.push({
    cells: ['Landed + due', ...ATTRIBUTION_MODELS.map(() => m(total))],
    emphasis: 'total',
  });
  const lead = entries.find(([channel]) => channel !== NO_TOUCH) ?? null;
  const untouched = creditsOf(a, NO_TOUCH).linear;
  const swing = widestSwing(entries);
  const headline =
    lead === null
      ? `No deal landing in ${p} had a marketing touch in its window, so every model credits the whole ${m(total)} to no touch.`
      : `${displayText(lead[0], CHANNEL_MAX)} earns the most credit for the ${m(total)} landing in ${p}: ${m(lead[1].linear)} under linear attribution, ${m(lead[1].firstTouch)} first touch and ${m(lead[1].lastTouch)} last touch.`;
  const notes = [
    `Every model spreads the same ${m(a.landed)} landed and ${m(a.due)} due over the touches of each deal, so each column adds up to ${m(total)}.`,
    `${plural(a.touchedOpportunities, 'deal')} had a touch in their window; ${m(untouched)} (${formatPercent(share(untouched, total))}) had none and stays with no touch under every model.`,
    swing !== null && swing[1].firstTouch !== swing[1].lastTouch
      ? `The models disagree most on ${displayText(swing[0], CHANNEL_MAX)}: ${m(swing[1].firstTouch)} first touch against ${m(swing[1].lastTouch)} last touch.`
      : '',
    `${ATTRIBUTION_NOTE}. ${ATTRIBUTION_MODELS.map((model) => ATTRIBUTION_WEIGHTS[model]).join('; ')}.`,
    'This is an estimate from the dates in the CRM, not a measurement: use it to see where the models agree before arguing over one.',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return {
    title,
    headline,
    notes,
    visual: {
      type: 'table',
      compact: true,
      columns: [
        { label: 'Channel', align: 'left' },
        ...MODEL_COLUMNS.map((label) => ({ label, align: 'right' as const })),
      ],
      rows,
    },
    kpis: [
      {
        label: 'Landed',
        value: m(a.landed),
        detail: 'credited by every model',
        tone: 'positive',
        drill: { path: drillPath('landings', 'landed'), measure: 'sum' },
      },
      {
        label: 'Due',
        value: m(a.due),
        detail: 'credited by every model',
        tone: 'neutral',
        drill: { path: drillPath('landings', 'due'), measure: 'sum' },
      },
      {
        label: 'Touched deals',
        value: formatCount(a.touchedOpportunities),
        detail: 'landed or due, with a touch',
        tone: 'brand',
        drill: { path: drillPath('attribution', 'touchedOpportunities'), measure: 'count' },
      },
    ],
    footnote,
    unavailable: null,
  };
}
