import {
  SLIDE_KINDS,
  TEMPLATE_IDS,
  type DeckState,
  type FigureSlideKind,
  type SlideState,
  type TemplateId,
} from './deck-model';

/**
 * One act of a forum's storyline: the figure kinds it holds, in the order its template lays
 * them out, and why it comes where it does, said the way a reviewer would.
 */
export interface StorylineAct {
  id: string;
  /** What a section divider before this act says, and the PDF outline's section name. */
  title: string;
  kinds: readonly FigureSlideKind[];
  /** Why a slide of this act belongs before the acts after it. */
  reason: string;
}

/** A slide a template starts a deck with: a figure kind, or a divider (it names the act after it). */
export type TemplateSlide = FigureSlideKind | 'section-divider';

/** A forum's deck: its name, who it is for, its storyline rule and the slides it starts with. */
export interface DeckTemplate {
  id: TemplateId;
  /** The deck's default name, e.g. "Monthly Business Review". */
  name: string;
  /** One sentence on the forum and what the deck leads with, for the template picker. */
  description: string;
  /** The storyline rule as one sentence, shown beside the editor's order warnings. */
  rule: string;
  /** Every figure kind sits in exactly one act; the acts' order is the storyline. */
  acts: readonly StorylineAct[];
  slides: readonly TemplateSlide[];
}

const OPENING: StorylineAct = {
  id: 'opening',
  title: 'Opening',
  kinds: ['title'],
  reason: 'the title opens the deck.',
};

const CLOSING: StorylineAct = {
  id: 'closing',
  title: 'Definitions and data notes',
  kinds: ['definitions', 'data-notes'],
  reason: 'the definitions and data notes close the deck.',
};

const LANDINGS_KINDS: readonly FigureSlideKind[] = [
  'landings-summary',
  'landings-by-source',
  'influence',
  'attribution',
];

const FORWARD_KINDS: readonly FigureSlideKind[] = [
  'created-by-source-segment',
  'forward-projection',
  'contribution-targets',
  'funnel-by-channel',
  'net-new-meetings',
  'accounts-and-channels',
];

/** The landings-first storyline of the monthly review and the QBR. */
function landingsFirst(forum: string): StorylineAct[] {
  return [
    OPENING,
    {
      id: 'landings',
      title: 'Where the quarter lands',
      kinds: LANDINGS_KINDS,
      reason: `the ${forum} leads with landings.`,
    },
    {
      id: 'pivot',
      title: 'The pivot',
      kinds: ['pivot'],
      reason: 'the pivot turns from landings to the quarters ahead.',
    },
    {
      id: 'forward',
      title: 'The quarters ahead',
      kinds: FORWARD_KINDS,
      reason: 'the forward view follows the pivot.',
    },
    CLOSING,
  ];
}

const MBR: DeckTemplate = {
  id: 'mbr',
  name: 'Monthly Business Review',
  description:
    'The monthly review with sales: what lands this quarter first, then the pivot to what marketing created and when it lands.',
  rule: 'Landings lead, the pivot turns to the quarters ahead, and definitions close.',
  acts: landingsFirst('monthly review'),
  slides: ['title', ...LANDINGS_KINDS, 'pivot', ...FORWARD_KINDS, 'definitions', 'data-notes'],
};

const QBR: DeckTemplate = {
  id: 'qbr',
  name: 'Quarterly Business Review',
  description:
    'The quarter in review: landings and influence, the pivot, then the pipeline created and the quarters ahead, in sections.',
  rule: 'Landings lead, the pivot turns to the quarters ahead, and definitions close.',
  acts: landingsFirst('QBR'),
  slides: [
    'title',
    'section-divider',
    ...LANDINGS_KINDS,
    'pivot',
    'section-divider',
    ...FORWARD_KINDS,
    'definitions',
    'data-notes',
  ],
};

const BOARD: DeckTemplate = {
  id: 'board',
  name: 'Board update',
  description:
    'Condensed for the board: landings, contribution to targets, the joint sales and marketing metrics, and the outlook.',
  rule: 'Landings lead, then contribution to targets, the joint metrics and the outlook.',
  acts: [
    OPENING,
    {
      id: 'landings',
      title: 'Where the quarter lands',
      kinds: LANDINGS_KINDS,
      reason: 'the board update leads with landings.',
    },
    {
      id: 'targets',
      title: 'Contribution to targets',
      kinds: ['contribution-targets'],
      reason: 'contribution to targets follows the landings.',
    },
    {
      id: 'joint',
      title: 'Joint metrics',
      kinds: ['net-new-meetings', 'funnel-by-channel', 'accounts-and-channels'],
      reason: 'the joint metrics come before the outlook.',
    },
    {
      id: 'outlook',
      title: 'Outlook',
      kinds: ['pivot', 'created-by-source-segment', 'forward-projection'],
      reason: 'the outlook closes the story.',
    },
    CLOSING,
  ],
  slides: [
    'title',
    'landings-summary',
    'contribution-targets',
    'net-new-meetings',
    'forward-projection',
    'definitions',
  ],
};

const OUTLOOK: DeckTemplate = {
  id: 'outlook',
  name: 'Long-outlook forum',
  description:
    'Planning quarters ahead: what was created this quarter and the projection first, then how the current quarter lands.',
  rule: 'The create view and the projection lead; the landings follow; definitions close.',
  acts: [
    OPENING,
    {
      id: 'forward',
      title: 'What we created and when it lands',
      kinds: [
        'created-by-source-segment',
        'forward-projection',
        'pivot',
        'contribution-targets',
        'funnel-by-channel',
        'net-new-meetings',
        'accounts-and-channels',
      ],
      reason: 'the long-outlook forum leads with the create view and the projection.',
    },
    {
      id: 'landings',
      title: 'This quarter’s landings',
      kinds: LANDINGS_KINDS,
      reason: 'the landings follow the outlook.',
    },
    CLOSING,
  ],
  slides: [
    'title',
    'created-by-source-segment',
    'forward-projection',
    'contribution-targets',
    'net-new-meetings',
    'landings-summary',
    'landings-by-source',
    'definitions',
    'data-notes',
  ],
};

const TEAM: DeckTemplate = {
  id: 'team',
  name: 'Marketing team review',
  description:
    'For your own team: pipeline created against goals, the funnel by channel and how each channel performs.',
  rule: 'Created against goals leads, then the funnel by channel, then channel performance.',
  acts: [
    OPENING,
    {
      id: 'created',
      title: 'Created against goals',
      kinds: ['created-by-source-segment', 'contribution-targets', 'forward-projection', 'pivot'],
      reason: 'the team review leads with pipeline created against goals.',
    },
    {
      id: 'funnel',
      title: 'The funnel by channel',
      kinds: ['funnel-by-channel', 'net-new-meetings'],
      reason: 'the funnel by channel comes before channel performance.',
    },
    {
      id: 'channels',
      title: 'Channel performance',
      kinds: ['accounts-and-channels', 'attribution', 'influence'],
      reason: 'channel performance comes before the landings.',
    },
    {
      id: 'landings',
      title: 'Landings',
      kinds: ['landings-summary', 'landings-by-source'],
      reason: 'the landings come before the definitions.',
    },
    CLOSING,
  ],
  slides: [
    'title',
    'created-by-source-segment',
    'contribution-targets',
    'funnel-by-channel',
    'net-new-meetings',
    'accounts-and-channels',
    'attribution',
    'influence',
    'data-notes',
  ],
};

/** Every forum's template, by id. */
export const TEMPLATES: Readonly<Record<TemplateId, DeckTemplate>> = {
  mbr: MBR,
  qbr: QBR,
  board: BOARD,
  outlook: OUTLOOK,
  team: TEAM,
};

export { TEMPLATE_IDS, type TemplateId } from './deck-model';

/** Whether a value names a template (for the CLI's `--template` and stored decks). */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** The act a figure kind belongs to in a template's storyline, by index into `acts`. */
export function actIndexOf(template: DeckTemplate, kind: FigureSlideKind): number {
  return template.acts.findIndex((act) => act.kinds.includes(kind));
}

/** A slide id not yet among `taken`: the kind itself, else the kind with the first free number. */
export function freeSlideId(kind: string, taken: ReadonlySet<string>): string {
  let id = kind;
  for (let n = 2; taken.has(id); n++) id = `${kind}-${n}`;
  return id;
}

/** The slides a template starts a deck with: all shown and drafted (a divider's headline is its act's title). */
export function templateSlides(template: DeckTemplate): SlideState[] {
  const taken = new Set<string>();
  return template.slides.map((kind): SlideState => {
    const id = freeSlideId(kind, taken);
    taken.add(id);
    return { id, kind, hidden: false, headline: null, notes: null };
  });
}

/** A new deck for a forum, named after it unless `name` is given. */
export function createDeckFromTemplate(
  template: TemplateId,
  id: string,
  now: string,
  name?: string,
): DeckState {
  const t = TEMPLATES[template];
  return {
    id,
    name: name?.trim() ? name.trim() : t.name,
    template,
    slides: templateSlides(t),
    updatedAt: now,
    knownKinds: [...SLIDE_KINDS],
  };
}
