import type { DemandSource, Segment } from './records';

/**
 * The one colour system of the product: every chart, legend, table swatch and slide uses
 * these, so "marketing" is the same indigo on every screen and page.
 */
export const DEMAND_SOURCE_COLORS: Record<DemandSource, string> = {
  marketing: '#4f46e5',
  sales: '#0891b2',
  tele: '#0d9488',
  channel: '#d97706',
  unknown: '#94a3b8',
};

/** Colours of the landing states used on the landings slides. */
export const LANDING_COLORS = {
  landed: '#15803d',
  due: '#2563eb',
  overdue: '#dc2626',
  lost: '#9ca3af',
  expected: '#7c3aed',
} as const;

/** Human labels of the demand sources, as a board reads them. */
export const DEMAND_SOURCE_LABELS: Record<DemandSource, string> = {
  marketing: 'Marketing',
  sales: 'Sales',
  tele: 'Tele / SDR',
  channel: 'Channel',
  unknown: 'Unknown',
};

/** Human labels of the segments. */
export const SEGMENT_LABELS: Record<Segment, string> = {
  smb: 'SMB',
  midmarket: 'Mid-market',
  enterprise: 'Enterprise',
  unknown: 'Unknown',
};
