import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ComposedSlide } from '../../../shared/deck/compose-deck';
import { parseHash } from '../routing';
import {
  belongsToControl,
  digitOf,
  moveInGrid,
  nextIndex,
  presentAction,
  typeDigit,
  typedSlide,
  type PresentKeyEvent,
  type StepAction,
} from './present-keys';
import {
  joinShow,
  resolveIndex,
  SHOW_CHANNEL_NAME,
  type Blank,
  type ShowRole,
  type ShowState,
  type ShowSync,
} from './present-sync';

/** The two routes that show a deck live; the slide number sits in the address of both. */
export type ShowRoute = 'present' | 'presenter';

/** The slide index the address names right now, kept within the deck. */
export function indexFromAddress(count: number): number {
  const n = Number(parseHash(window.location.hash).params.get('slide') ?? '1');
  return Math.min(
    Math.max((Number.isFinite(n) ? Math.trunc(n) : 1) - 1, 0),
    Math.max(count - 1, 0),
  );
}

/** Replaces the address with a slide, keeping its other parameters, so back/forward do not replay the talk. */
function replaceSlide(route: ShowRoute, index: number): void {
  const params = parseHash(window.location.hash).params;
  params.set('slide', String(index + 1));
  window.location.replace(`#/${route}?${params.toString()}`);
}

/** How many columns the overview grid lays the thumbnails out in (the arrow keys need to know). */
export function overviewColumns(count: number): number {
  if (count <= 4) return Math.max(count, 1);
  if (count <= 9) return 3;
  if (count <= 12) return 4;
  if (count <= 20) return 5;
  return 6;
}

/** What a show window needs to know and to do; both the presenter view and the audience window use it. */
export interface ShowControls {
  index: number;
  blank: Blank;
  /** The slide number typed so far for "go to slide", '' when none. */
  typed: string;
  /** A short message about the last key (e.g. a slide number that does not exist), or `null`. */
  notice: string | null;
  /** The highlighted thumbnail while the overview is open, `null` while it is closed. */
  overview: number | null;
  help: boolean;
  /** Whether a window of the other role (the audience for the presenter) is known to be open. */
  peerOpen: boolean;
  step: (action: StepAction) => void;
  goTo: (index: number) => void;
  toggleBlank: (mode: Exclude<Blank, 'none'>) => void;
  toggleOverview: () => void;
  highlight: (index: number) => void;
  toggleHelp: () => void;
  leave: () => void;
}

/** Options of a show window. */
export interface ShowOptions {
  route: ShowRoute;
  role: ShowRole;
  slides: readonly ComposedSlide[];
  /** The slide the address names (1-based), as the router parsed it. */
  startSlide: number;
  /** Leaves the show in this window (back to the editor, or closing the audience window). */
  onLeave: () => void;
  /** Toggles full screen; only the audience window has one. */
  onFullscreen?: () => void;
}

/** How long a notice such as "There is no slide 42" stays up. */
const NOTICE_MS = 3000;

/** A fresh id for this window on the show channel. */
function windowId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random()}`;
}

/**
 * One window's share of a live show: the slide in the address, the blank screen, typed slide
 * numbers, the overview and the help overlay, every key of both windows, and the broadcast
 * channel that keeps the presenter view and the audience window on the same slide.
 */
export function useShow(options: ShowOptions): ShowControls {
  const { route, role, slides, startSlide } = options;
  const count = slides.length;
  const index = Math.min(
    Math.max((Number.isFinite(startSlide) ? Math.trunc(startSlide) : 1) - 1, 0),
    Math.max(count - 1, 0),
  );
  const [blank, setBlank] = useState<Blank>('none');
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [overview, setOverview] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const [peerOpen, setPeerOpen] = useState(false);

  // Keys can come faster than React renders, so handlers read and write these refs first.
  const blankRef = useRef<Blank>('none');
  const typedRef = useRef('');
  const overviewRef = useRef<number | null>(null);
  const helpRef = useRef(false);
  const slidesRef = useRef(slides);
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    slidesRef.current = slides;
    optionsRef.current = options;
  });
  const syncRef = useRef<ShowSync | null>(null);

  const current = useCallback((): ShowState => {
    const i = indexFromAddress(slidesRef.current.length);
    return { index: i, slideId: slidesRef.current[i]?.state.id ?? null, blank: blankRef.current };
  }, []);

  const publish = useCallback(() => syncRef.current?.publish(current()), [current]);

  const setTypedBoth = (value: string) => {
    typedRef.current = value;
    setTyped(value);
  };
  const setBlankBoth = (value: Blank) => {
    blankRef.current = value;
    setBlank(value);
  };
  const setOverviewBoth = (value: number | null) => {
    overviewRef.current = value;
    setOverview(value);
  };
  const setHelpBoth = (value: boolean) => {
    helpRef.current = value;
    setHelp(value);
  };

  const goTo = useCallback(
    (target: number) => {
      const total = slidesRef.current.length;
      if (total === 0) return;
      replaceSlide(route, Math.min(Math.max(target, 0), total - 1));
      setBlankBoth('none');
      publish();
    },
    [route, publish],
  );

  const step = useCallback(
    (action: StepAction) => {
      // A blanked screen comes back first, on the same slide, as in PowerPoint and Keynote.
      if (blankRef.current !== 'none') {
        setBlankBoth('none');
        publish();
        return;
      }
      const total = slidesRef.current.length;
      goTo(nextIndex(action, indexFromAddress(total), total));
    },
    [goTo, publish],
  );

  const toggleBlank = useCallback(
    (mode: Exclude<Blank, 'none'>) => {
      setBlankBoth(blankRef.current === mode ? 'none' : mode);
      publish();
    },
    [publish],
  );

  const toggleOverview = useCallback(() => {
    setOverviewBoth(
      overviewRef.current === null ? indexFromAddress(slidesRef.current.length) : null,
    );
  }, []);

  const highlight = useCallback((i: number) => setOverviewBoth(i), []);
  const toggleHelp = useCallback(() => setHelpBoth(!helpRef.current), []);

  const leave = useCallback(() => {
    syncRef.current?.end();
    optionsRef.current.onLeave();
  }, []);

  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => setNotice(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  // Join the show once the slides are known, so a state that arrives is read against this deck.
  const ready = count > 0;
  useEffect(() => {
    if (!ready || typeof BroadcastChannel === 'undefined') return;
    const sync = joinShow(
      new BroadcastChannel(SHOW_CHANNEL_NAME),
      { id: windowId(), role, current },
      {
        onRemoteState(state) {
          const ids = slidesRef.current.map((s) => s.state.id);
          replaceSlide(route, resolveIndex(state, ids));
          setBlankBoth(state.blank);
        },
        onEnd: () => optionsRef.current.onLeave(),
        onPeers: setPeerOpen,
        onBadMessage: (reason) => console.warn(`Ignored a message on the show channel: ${reason}`),
      },
    );
    syncRef.current = sync;
    const bye = () => sync.close();
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      syncRef.current = null;
      sync.close();
    };
  }, [ready, role, route, current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const keyEvent: PresentKeyEvent = {
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target,
        targetInStage: false,
      };
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const total = slidesRef.current.length;
      const { key } = event;

      // A typed number ends with Enter even when a button has focus: the number is what was meant.
      if (typedRef.current !== '' && key === 'Enter' && !isField(target)) {
        event.preventDefault();
        const chosen = typedSlide(typedRef.current, total);
        setTypedBoth('');
        if (chosen.ok) goTo(chosen.index);
        else setNotice(chosen.message);
        return;
      }
      if (belongsToControl(keyEvent)) return;

      if (helpRef.current) {
        if (key === 'Escape' || key === '?') {
          event.preventDefault();
          setHelpBoth(false);
        }
        return;
      }

      if (overviewRef.current !== null) {
        const selected = overviewRef.current;
        const moved = moveInGrid(key, selected, total, overviewColumns(total));
        if (moved !== null) {
          event.preventDefault();
          setOverviewBoth(moved);
        } else if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          setOverviewBoth(null);
          goTo(selected);
        } else if (['Escape', 'g', 'G', 'o', 'O'].includes(key)) {
          event.preventDefault();
          setOverviewBoth(null);
        }
        return;
      }

      const digit = digitOf(key);
      if (digit !== null) {
        event.preventDefault();
        setTypedBoth(typeDigit(typedRef.current, digit));
        return;
      }
      if (typedRef.current !== '') {
        if (key === 'Backspace') {
          event.preventDefault();
          setTypedBoth(typedRef.current.slice(0, -1));
          return;
        }
        // Esc drops the typed number rather than ending the show.
        setTypedBoth('');
        if (key === 'Escape') {
          event.preventDefault();
          return;
        }
      }

      const action = presentAction(keyEvent);
      if (action === null) return;
      event.preventDefault();
      setNotice(null);
      switch (action) {
        case 'leave':
          leave();
          return;
        case 'black':
        case 'white':
          toggleBlank(action);
          return;
        case 'overview':
          toggleOverview();
          return;
        case 'help':
          setHelpBoth(true);
          return;
        case 'fullscreen':
          optionsRef.current.onFullscreen?.();
          return;
        default:
          if (total > 0) step(action);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, leave, step, toggleBlank, toggleOverview]);

  return {
    index,
    blank,
    typed,
    notice,
    overview,
    help,
    peerOpen,
    step,
    goTo: (i: number) => {
      setOverviewBoth(null);
      goTo(i);
    },
    toggleBlank,
    toggleOverview,
    highlight,
    toggleHelp,
    leave,
  };
}

/** Whether keys typed at this element are text (a field, a select, editable content). */
function isField(target: HTMLElement | null): boolean {
  if (!target) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}
