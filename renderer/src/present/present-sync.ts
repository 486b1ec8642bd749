import { z } from 'zod';

/** The BroadcastChannel every window of a show listens on; same origin only, so no other site hears it. */
export const SHOW_CHANNEL_NAME = 'quarterdeck-present';

/** What the audience sees instead of the slide: nothing (the slide), a black or a white screen. */
export type Blank = 'none' | 'black' | 'white';

/** The part of a show every window shares: which slide is up and whether the screen is blanked. */
export interface ShowState {
  /** Zero-based index among the shown slides. */
  index: number;
  /** The slide's id, so a window whose deck was reordered meanwhile still lands on the same slide. */
  slideId: string | null;
  blank: Blank;
}

/** Which kind of window a message comes from. */
export type ShowRole = 'presenter' | 'audience';

const stateSchema = z.object({
  index: z.number().int().min(0).max(10_000),
  slideId: z.string().max(200).nullable(),
  blank: z.enum(['none', 'black', 'white']),
});

const messageSchema = z.discriminatedUnion('type', [
  // A window that just opened asks the others where the show is.
  z.object({ type: z.literal('hello'), from: z.string(), role: z.enum(['presenter', 'audience']) }),
  z.object({
    type: z.literal('state'),
    from: z.string(),
    role: z.enum(['presenter', 'audience']),
    state: stateSchema,
  }),
  // Someone ended the show (Esc): every window leaves it.
  z.object({ type: z.literal('end'), from: z.string(), role: z.enum(['presenter', 'audience']) }),
  // A window is going away (closed or reloaded).
  z.object({ type: z.literal('bye'), from: z.string(), role: z.enum(['presenter', 'audience']) }),
]);

/** One message on the show channel. */
export type ShowMessage = z.infer<typeof messageSchema>;

/** A message read off the channel, or why it is not one (another version of the app, a stray post). */
export function parseShowMessage(
  data: unknown,
): { ok: true; message: ShowMessage } | { ok: false; reason: string } {
  const parsed = messageSchema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const reason = parsed.error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(message)'}: ${i.message}`)
    .join('; ');
  return { ok: false, reason };
}

/** The part of a BroadcastChannel the sync uses, so tests can hand it a fake. */
export interface ShowChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** What a window wants to hear from the others. */
export interface ShowSyncHandlers {
  /** Another window moved the show: show this state, without publishing it back. */
  onRemoteState(state: ShowState): void;
  /** Another window ended the show. */
  onEnd(): void;
  /** Whether a window of the other role is known to be open changed (e.g. the audience window closed). */
  onPeers?(otherRoleOpen: boolean): void;
  /** A message could not be read; the show goes on without it. */
  onBadMessage?(reason: string): void;
}

/** One window's end of the show channel. */
export interface ShowSync {
  /** Tells the other windows about a change made here; a state equal to the last one shared is not sent again. */
  publish(state: ShowState): void;
  /** Ends the show in every other window. */
  end(): void;
  /** Says goodbye and stops listening. */
  close(): void;
}

/** Whether two show states are the same. */
export function sameState(a: ShowState | null, b: ShowState): boolean {
  return a !== null && a.index === b.index && a.slideId === b.slideId && a.blank === b.blank;
}

/**
 * Joins the show channel as one window: answers a newcomer's hello with the current state,
 * applies the others' changes through `handlers`, and never echoes a change it was told
 * about, so two windows cannot bounce a slide back and forth.
 */
export function joinShow(
  channel: ShowChannel,
  self: { id: string; role: ShowRole; current(): ShowState },
  handlers: ShowSyncHandlers,
): ShowSync {
  let lastShared: ShowState | null = null;
  const peers = new Set<string>();
  const post = (message: ShowMessage) => channel.postMessage(message);
  const notePeer = (message: ShowMessage) => {
    if (message.role === self.role) return;
    const before = peers.size > 0;
    if (message.type === 'bye' || message.type === 'end') peers.delete(message.from);
    else peers.add(message.from);
    if (before !== peers.size > 0) handlers.onPeers?.(peers.size > 0);
  };

  const listener = (event: { data: unknown }) => {
    const parsed = parseShowMessage(event.data);
    if (!parsed.ok) {
      handlers.onBadMessage?.(parsed.reason);
      return;
    }
    const { message } = parsed;
    if (message.from === self.id) return;
    notePeer(message);
    switch (message.type) {
      case 'hello': {
        const state = self.current();
        lastShared = state;
        post({ type: 'state', from: self.id, role: self.role, state });
        return;
      }
      case 'state':
        lastShared = message.state;
        handlers.onRemoteState(message.state);
        return;
      case 'end':
        handlers.onEnd();
        return;
      case 'bye':
        return;
    }
  };
  channel.addEventListener('message', listener);
  post({ type: 'hello', from: self.id, role: self.role });

  return {
    publish(state) {
      if (sameState(lastShared, state)) return;
      lastShared = state;
      post({ type: 'state', from: self.id, role: self.role, state });
    },
    end() {
      post({ type: 'end', from: self.id, role: self.role });
    },
    close() {
      post({ type: 'bye', from: self.id, role: self.role });
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}

/**
 * The index a shared state means in this window's deck: the slide with the same id if this
 * window shows it, else the same position, kept within the deck.
 */
export function resolveIndex(state: ShowState, slideIds: readonly string[]): number {
  const byId = state.slideId === null ? -1 : slideIds.indexOf(state.slideId);
  if (byId >= 0) return byId;
  return Math.min(Math.max(state.index, 0), Math.max(slideIds.length - 1, 0));
}
