import type { DemandSource } from './records';
import type { IsoDate } from './units';

/** The three definitions of "sourced" the user can compare and lock (issue #4's definition lock). */
export const SOURCING_DEFINITIONS = ['leadSource', 'primaryCampaign', 'firstTouch'] as const;

/** Which field decides an opportunity's demand source: Lead Source, Primary Campaign Source or the first touch. */
export type SourcedBy = (typeof SOURCING_DEFINITIONS)[number];

/** The two slide themes: white paper, or a dark navy field for dim rooms and projectors. */
export const SLIDE_THEMES = ['light', 'dark'] as const;

/** Which theme the slides are drawn in. */
export type SlideTheme = (typeof SLIDE_THEMES)[number];

/** The product indigo: the brand colour until the user picks the company's own. */
export const DEFAULT_BRAND_COLOR = '#4f46e5';

/** The user's choices that shape every figure; stored in the workspace and passed to every metric. */
export interface Settings {
  /** First month of the fiscal year, 1–12 (metrics.md §2). */
  fiscalYearStartMonth: number;
  /** The date the meeting looks from; `null` means the default of metrics.md §2. */
  asOf: IsoDate | null;
  /** The reporting period as `FY2026-Q3`; `null` means the quarter containing asOf. */
  period: string | null;
  /** Raw lead source (trimmed, lower-cased) → demand source; overrides the keyword rule of §3. */
  demandSourceTable: Record<string, DemandSource>;
  /** Use the CRM's probability instead of the demand source's win rate for expected landing. */
  useCrmProbability: boolean;
  /** Which definition of "sourced" decides every opportunity's demand source (the definition lock). */
  sourcedBy: SourcedBy;
  /** Days before an opportunity's creation that a touch still influences it (metrics.md §4). */
  lookbackDays: number;
  /** Employee-count bands for segments: smb below `smbBelow`, enterprise from `enterpriseFrom`. */
  employeeBands: { smbBelow: number; enterpriseFrom: number };
  /** The reporting currency and the rates that convert a file mixing currencies into it (metrics.md §11). */
  currency: CurrencySettings;
  /** The company's colour as `#rrggbb`: the kicker rule, brand tiles and the bookend slides' field. */
  brandColor: string;
  /** The company's logo as a PNG or JPEG `data:` URL (see shared/brand.ts), or `null` for none. */
  brandLogo: string | null;
  /** The slides' theme. */
  slideTheme: SlideTheme;
}

/**
 * The one reporting currency and exchange rates (ISO 4217 codes): `rates[code]` is units of the
 * reporting currency per 1 unit of `code`; the reporting currency's own rate is 1 and implied.
 */
export interface CurrencySettings {
  /** `null` until the user names one; single-currency files need none. */
  reporting: string | null;
  rates: Record<string, number>;
}

/** The defaults of metrics.md: calendar fiscal year, derived as-of date and period. */
export const DEFAULT_SETTINGS: Settings = {
  fiscalYearStartMonth: 1,
  asOf: null,
  period: null,
  demandSourceTable: {},
  useCrmProbability: false,
  sourcedBy: 'leadSource',
  lookbackDays: 180,
  employeeBands: { smbBelow: 100, enterpriseFrom: 1000 },
  currency: { reporting: null, rates: {} },
  brandColor: DEFAULT_BRAND_COLOR,
  brandLogo: null,
  slideTheme: 'light',
};
