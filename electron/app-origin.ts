import path from 'node:path';
import { app } from 'electron';

/** The privileged scheme the renderer is served from, so it gets a real origin (IndexedDB, CSP 'self'). */
export const APP_SCHEME = 'app';

/** The only host the app scheme answers for. */
export const APP_HOST = 'quarterdeck';

/** The renderer's entry page. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The print route the PDF export loads in a hidden window. */
export const APP_PRINT_URL = `${APP_INDEX_URL}#/print`;

/** The folder Vite builds the renderer into, inside the app (or its asar archive). */
export function rendererRoot(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

/** The compiled preload script, next to the compiled main (package.json "main"). */
export function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist', 'main', 'electron', 'preload.js');
}
