import { describe, expect, it, vi } from 'vitest';
import {
  joinShow,
  parseShowMessage,
  resolveIndex,
  type ShowChannel,
  type ShowRole,
  type ShowState,
  type ShowSyncHandlers,
} from '../../../renderer/src/present/present-sync';

type Listener = (event: { data: unknown }) => void;

/**
 * Channels on one fake broadcast bus: like BroadcastChannel, a post reaches every other open
 * channel (never the one that sent it) asynchronously, as a structured clone.
 */
class FakeBus {
  private readonly channels = new Set<FakeChannel>();
  private queue: (() => void)[] = [];
  readonly posted: unknown[] = [];

  open(): FakeChannel {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  }

  send(from: FakeChannel, message: unknown): void {
    this.posted.push(message);
    const copy = structuredClone(message);
    for (const to of this.channels) {
      if (to !== from) this.queue.push(() => to.deliver(copy));
    }
  }

  close(channel: FakeChannel): void {
    this.channels.delete(channel);
  }

  /** Delivers every queued message, and those their handlers post in turn. */
  flush(): void {
    for (let rounds = 0; this.queue.length > 0; rounds += 1) {
      if (rounds > 100) throw new Error('messages keep bouncing between windows');
      const batch = this.queue;
      this.queue = [];
      for (const deliver of batch) deliver();
    }
  }
}

class FakeChannel implements ShowChannel {
  private readonly listeners = new Set<Listener>();
  closed = false;
  constructor(private readonly bus: FakeBus) {}
  postMessage(message: unknown): void {
    if (this.closed) throw new Error('posted on a closed channel');
    this.bus.send(this, message);
  }
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  close(): void {
    this.closed = true;
    this.bus.close(this);
  }
  deliver(data: unknown): void {
    if (!this.closed) for (const l of this.listeners) l({ data });
  }
}

const SLIDES = ['title', 'landings', 'pivot', 'created'];

/** A window with its own idea of the show, joined to the bus like useShow joins a page. */
function openWindow(bus: FakeBus, id: string, role: ShowRole, start: Partial<ShowState> = {}) {
  let state: ShowState = { index: 0, slideId: 'title', blank: 'none', ...start };
  const handlers = {
    onRemoteState: vi.fn((s: ShowState) => {
      const index = resolveIndex(s, SLIDES);
      state = { index, slideId: SLIDES[index] ?? null, blank: s.blank };
    }),
    onEnd: vi.fn(),
    onPeers: vi.fn(),
    onBadMessage: vi.fn(),
  } satisfies ShowSyncHandlers;
  const sync = joinShow(bus.open(), { id, role, current: () => state }, handlers);
  return {
    handlers,
    sync,
    get state() {
      return state;
    },
    /** What a key press in this window does: change here, then tell the others. */
    act(next: Partial<ShowState>) {
      state = { ...state, ...next };
      if (next.index !== undefined) state.slideId = SLIDES[next.index] ?? null;
      sync.publish(state);
    },
  };
}

describe('show sync between the presenter view and the audience window', () => {
  it('moves the audience when the presenter moves, and the presenter when the audience moves', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter');
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    presenter.act({ index: 1 });
    bus.flush();
    expect(audience.state).toEqual({ index: 1, slideId: 'landings', blank: 'none' });
    audience.act({ index: 2 });
    bus.flush();
    expect(presenter.state).toEqual({ index: 2, slideId: 'pivot', blank: 'none' });
  });

  it('blacks the audience screen and brings it back', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter', { index: 2, slideId: 'pivot' });
    const audience = openWindow(bus, 'a', 'audience', { index: 2, slideId: 'pivot' });
    bus.flush();
    presenter.act({ blank: 'black' });
    bus.flush();
    expect(audience.state.blank).toBe('black');
    presenter.act({ blank: 'none' });
    bus.flush();
    expect(audience.state.blank).toBe('none');
  });

  it('never echoes a change back, so two windows cannot bounce a slide between them', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter');
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    const before = bus.posted.length;
    presenter.act({ index: 1 });
    // The audience applied it; if its screen then "publishes" what it shows, nothing is sent.
    bus.flush();
    audience.sync.publish(audience.state);
    bus.flush();
    expect(bus.posted.slice(before)).toEqual([
      {
        type: 'state',
        from: 'p',
        role: 'presenter',
        state: { index: 1, slideId: 'landings', blank: 'none' },
      },
    ]);
    expect(presenter.handlers.onRemoteState).not.toHaveBeenCalled();
  });

  it('keeps the last of two quick moves', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter');
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    presenter.act({ index: 1 });
    presenter.act({ index: 2 });
    presenter.act({ index: 3 });
    bus.flush();
    expect(audience.state.index).toBe(3);
    expect(presenter.state.index).toBe(3);
  });

  it('brings a window that opens late (or reloads) to where the show is', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter', {
      index: 3,
      slideId: 'created',
      blank: 'white',
    });
    bus.flush();
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    expect(audience.state).toEqual({ index: 3, slideId: 'created', blank: 'white' });
    expect(presenter.handlers.onRemoteState).not.toHaveBeenCalled();
  });

  it('tells the presenter when the audience window opens and when it closes', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter');
    bus.flush();
    expect(presenter.handlers.onPeers).not.toHaveBeenCalled();
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    expect(presenter.handlers.onPeers).toHaveBeenLastCalledWith(true);
    expect(audience.handlers.onPeers).toHaveBeenLastCalledWith(true);
    audience.sync.close();
    bus.flush();
    expect(presenter.handlers.onPeers).toHaveBeenLastCalledWith(false);
  });

  it('ends the show in every other window', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter');
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    presenter.sync.end();
    bus.flush();
    expect(audience.handlers.onEnd).toHaveBeenCalledTimes(1);
    expect(presenter.handlers.onEnd).not.toHaveBeenCalled();
  });

  it('stops listening once closed', () => {
    const bus = new FakeBus();
    const presenter = openWindow(bus, 'p', 'presenter');
    const audience = openWindow(bus, 'a', 'audience');
    bus.flush();
    audience.handlers.onRemoteState.mockClear();
    audience.sync.close();
    presenter.act({ index: 2 });
    bus.flush();
    expect(audience.state.index).toBe(0);
    expect(audience.handlers.onRemoteState).not.toHaveBeenCalled();
  });

  it('ignores a message it cannot read, saying why, and goes on', () => {
    const bus = new FakeBus();
    const audience = openWindow(bus, 'a', 'audience');
    const stranger = bus.open();
    stranger.postMessage({ type: 'state', from: 'x', role: 'presenter', state: { index: -1 } });
    stranger.postMessage('hello');
    bus.flush();
    expect(audience.handlers.onRemoteState).not.toHaveBeenCalled();
    expect(audience.handlers.onBadMessage).toHaveBeenCalledTimes(2);
    expect(audience.handlers.onBadMessage.mock.calls[0]?.[0]).toMatch(/^state\.index: /);
  });
});

describe('parseShowMessage', () => {
  it('reads a state message and refuses a blank it does not know', () => {
    const state = { index: 4, slideId: 'x', blank: 'black' };
    expect(parseShowMessage({ type: 'state', from: 'p', role: 'presenter', state })).toEqual({
      ok: true,
      message: { type: 'state', from: 'p', role: 'presenter', state },
    });
    const bad = parseShowMessage({
      type: 'state',
      from: 'p',
      role: 'presenter',
      state: { ...state, blank: 'red' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^state\.blank: /);
  });
});

describe('resolveIndex', () => {
  it('follows the slide by id when this window has it, else by position within the deck', () => {
    expect(resolveIndex({ index: 0, slideId: 'pivot', blank: 'none' }, SLIDES)).toBe(2);
    expect(resolveIndex({ index: 1, slideId: 'gone', blank: 'none' }, SLIDES)).toBe(1);
    expect(resolveIndex({ index: 9, slideId: null, blank: 'none' }, SLIDES)).toBe(3);
    expect(resolveIndex({ index: 2, slideId: null, blank: 'none' }, [])).toBe(0);
  });
});
