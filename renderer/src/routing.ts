import { useSyncExternalStore } from 'react';

/** The app's screens; modes are routes (architecture.md, after Slidev). */
export type Route =
  | 'home'
  | 'import'
  | 'history'
  | 'targets'
  | 'settings'
  | 'deck'
  | 'present'
  | 'presenter'
  | 'print'
  | 'about';

/** A parsed location: the screen and its query parameters. */
export interface Location {
  route: Route;
  params: URLSearchParams;
}

const ROUTES: readonly Route[] = [
  'home',
  'import',
  'history',
  'targets',
  'settings',
  'deck',
  'present',
  'presenter',
  'print',
  'about',
];

/** Parses `#/present?slide=3` into a route and its parameters; unknown paths go home. */
export function parseHash(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const route = ROUTES.find((r) => r === path) ?? 'home';
  return { route, params: new URLSearchParams(query) };
}

/** Moves to a screen by changing the hash, which keeps back/forward working. */
export function navigate(route: Route, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  window.location.hash = `#/${route}${query}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current location, re-rendering on every hash change. */
export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
