/**
 * The slide kinds of the Monthly Business Review deck, landings first, then the forward view.
 * This order is the default deck's and the storyline's; a stored deck missing a kind gets it
 * at its place here (`withEveryKind`).
 */
export const SLIDE_KINDS = [
  'title',
  'landings-summary',
  'landings-by-source',
  'influence',
  'attribution',
  'pivot',
  'created-by-source-segment',
  'forward-projection',
  'contribution-targets',
  'funnel-by-channel',
  'net-new-meetings',
  'accounts-and-channels',
  'definitions',
  'data-notes',
] as const;

/** What a slide shows; its content is drafted from the report. */
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** One slide's user-owned state: position, visibility and the user's own words. */
export interface SlideState {
  id: string;
  kind: SlideKind;
  hidden: boolean;
  /** The user's headline; `null` shows the drafted one. */
  headline: string | null;
  /** The user's speaker notes; `null` shows the drafted ones. */
  notes: string | null;
}

/** A deck as stored in the workspace. */
export interface DeckState {
  id: string;
  name: string;
  template: 'mbr';
  slides: SlideState[];
  updatedAt: string;
}

/** The acts of the monthly review's storyline, in the order they must come. */
export const SLIDE_PHASES = ['opening', 'landings', 'pivot', 'forward', 'closing'] as const;

/** Where a slide sits in the storyline. */
export type SlidePhase = (typeof SLIDE_PHASES)[number];

/** The phase of each slide kind: landings lead, the pivot turns to the forward view, notes close. */
export const PHASE_OF_KIND: Record<SlideKind, SlidePhase> = {
  title: 'opening',
  'landings-summary': 'landings',
  'landings-by-source': 'landings',
  influence: 'landings',
  attribution: 'landings',
  pivot: 'pivot',
  'created-by-source-segment': 'forward',
  'forward-projection': 'forward',
  'contribution-targets': 'forward',
  'funnel-by-channel': 'forward',
  'net-new-meetings': 'forward',
  'accounts-and-channels': 'forward',
  definitions: 'closing',
  'data-notes': 'closing',
};

/** Short names of the slide kinds, as the editor's list and warnings say them. */
export const SLIDE_KIND_NAMES: Record<SlideKind, string> = {
  title: 'Title',
  'landings-summary': 'Landings summary',
  'landings-by-source': 'Landings by demand source',
  influence: 'Marketing influence',
  attribution: 'Attribution by channel',
  pivot: 'The quarters ahead',
  'created-by-source-segment': 'Created this quarter',
  'forward-projection': 'Forward projection',
  'contribution-targets': 'Contribution vs targets',
  'funnel-by-channel': 'Funnel by channel',
  'net-new-meetings': 'Net-new meetings',
  'accounts-and-channels': 'Target accounts and channels',
  definitions: 'Definitions',
  'data-notes': 'Data notes',
};

/** The id of the one Monthly Business Review deck the workspace keeps. */
export const MBR_DECK_ID = 'mbr';
