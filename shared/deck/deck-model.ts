/** The slide kinds of the Monthly Business Review deck, landings first, then the forward view. */
export const SLIDE_KINDS = [
  'title',
  'landings-summary',
  'landings-by-source',
  'pivot',
  'created-by-source-segment',
  'forward-projection',
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
