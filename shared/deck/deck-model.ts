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
  'section-divider',
  'free-text',
] as const;

/** What a slide shows; its content is drafted from the report, or written by the user. */
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** The kinds whose words are the user's own: they draw no figure and sit anywhere in a storyline. */
export const USER_SLIDE_KINDS = ['section-divider', 'free-text'] as const;

/** A slide kind the user writes (see `USER_SLIDE_KINDS`). */
export type UserSlideKind = (typeof USER_SLIDE_KINDS)[number];

/** A slide kind drafted from the report's figures. */
export type FigureSlideKind = Exclude<SlideKind, UserSlideKind>;

/** Whether a kind is written by the user rather than drafted from figures. */
export function isUserKind(kind: SlideKind): kind is UserSlideKind {
  return kind === 'section-divider' || kind === 'free-text';
}

/** One slide's user-owned state: position, visibility and the user's own words. */
export interface SlideState {
  id: string;
  kind: SlideKind;
  hidden: boolean;
  /** The user's headline; `null` shows the drafted one. */
  headline: string | null;
  /** The user's speaker notes; `null` shows the drafted ones. */
  notes: string | null;
  /** A free-text slide's body, a paragraph or bullet (`- `) per line; absent on other kinds. */
  body?: string | null;
}

/** The forums a deck is built for (see `shared/deck/templates.ts`). */
export const TEMPLATE_IDS = ['mbr', 'qbr', 'board', 'outlook', 'team'] as const;

/** Which forum's template a deck follows: it decides the first slides and the storyline rule. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** A deck as stored in the workspace. */
export interface DeckState {
  id: string;
  name: string;
  template: TemplateId;
  slides: SlideState[];
  updatedAt: string;
  /**
   * The slide kinds that existed when the deck was last saved, so a kind added to the product
   * later is offered once (`withEveryKind`) and a slide the user removed is not put back.
   * Absent on decks stored before slides could be removed.
   */
  knownKinds?: SlideKind[];
}

/** The acts of the monthly review's storyline, in the order they must come. */
export const SLIDE_PHASES = ['opening', 'landings', 'pivot', 'forward', 'closing'] as const;

/** Where a slide sits in the storyline. */
export type SlidePhase = (typeof SLIDE_PHASES)[number];

/** The phase of each slide kind: landings lead, the pivot turns to the forward view, notes close. */
export const PHASE_OF_KIND: Record<FigureSlideKind, SlidePhase> = {
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
  'section-divider': 'Section divider',
  'free-text': 'Free text',
};

/** The id of the Monthly Business Review deck a workspace starts with (and the only one stored before several decks). */
export const MBR_DECK_ID = 'mbr';
