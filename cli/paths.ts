import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so the CLI works from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `vite build` puts the renderer. */
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');
