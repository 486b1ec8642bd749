import type { Report } from '../shared/metrics';
import {
  ATTRIBUTION_MODELS,
  ATTRIBUTION_NOTE,
  ATTRIBUTION_WEIGHTS,
} from '../shared/metrics/attribution';
import { SOURCED_BY_LABELS, SOURCING_DEFINITIONS } from '../shared/metrics/sourcing';
import { DEMAND_SOURCE_LABELS } from '../shared/palette';
import { DEMAND_SOURCES } from '../shared/records';
import { escapeMarkdown } from '../shared/text/markdown';
import { amount, percent, table } from './markdown-format';

/** The definitions every figure rests on, and the sourced landings under each definition of "sourced". */
export function definitionsSection(report: Report): string[] {
  const d = report.definitions;
  const fellBack =
    d.sourcedBy === d.requestedSourcedBy
      ? []
      : [
          `- ${SOURCED_BY_LABELS[d.requestedSourcedBy]} was asked for but needs touchpoints: the figures use ${SOURCED_BY_LABELS[d.sourcedBy]}.`,
        ];
  const cell = (
    def: (typeof SOURCING_DEFINITIONS)[number],
    read: (v: NonNullable<Report['definitions']['comparison']['leadSource']>) => string,
  ) => {
    const view = d.comparison[def];
    return view === null ? 'n/a' : read(view);
  };
  return [
    '## Definitions',
    '',
    `- Sourced by: ${SOURCED_BY_LABELS[d.sourcedBy]}`,
    ...fellBack,
    `- Influence lookback: ${d.lookbackDays} days before creation`,
    `- Win rates over: ${d.winRateWindow.start} to ${d.winRateWindow.end}`,
    `- As of: ${d.asOf}`,
    '',
    ...table(
      ['Landings total', ...SOURCING_DEFINITIONS.map((def) => SOURCED_BY_LABELS[def])],
      [
        ...DEMAND_SOURCES.map((s) => [
          DEMAND_SOURCE_LABELS[s],
          ...SOURCING_DEFINITIONS.map((def) => cell(def, (v) => amount(v.landings[s].total))),
        ]),
        [
          '**Marketing-sourced share**',
          ...SOURCING_DEFINITIONS.map((def) => cell(def, (v) => percent(v.sourcedShare))),
        ],
      ],
    ),
  ];
}

/** Landed and due credited by channel under each attribution model, labelled as an estimate. */
export function attributionSection(report: Report): string[] {
  const a = report.attribution;
  const head = ['## Attribution by channel (estimate)', ''];
  if (a === null) return [...head, 'Not measured: no touchpoints were imported.'];
  return [
    ...head,
    `${ATTRIBUTION_NOTE}.`,
    '',
    ...ATTRIBUTION_MODELS.map((m) => `- ${ATTRIBUTION_WEIGHTS[m]}`),
    '',
    ...table(
      ['Channel (landed + due)', 'First touch', 'Last touch', 'Linear', 'U-shaped', 'W-shaped'],
      a.channels.map((channel) => [
        escapeMarkdown(channel, 60),
        ...ATTRIBUTION_MODELS.map((m) => {
          const credit = a.byModel[m][channel];
          return credit === undefined ? amount(0) : amount(credit.landed + credit.due);
        }),
      ]),
    ),
  ];
}
