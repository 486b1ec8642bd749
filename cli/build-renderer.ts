import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RENDERER_DIST } from './paths';

/** The newest modification time of any file below a folder (0 when it does not exist). */
export function newestModification(folder: string): number {
  if (!existsSync(folder)) return 0;
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Why the renderer must be built before printing, or `null` when dist/renderer is current:
 * a PDF from an old build would disagree with the JSON the current shared/ code computes.
 */
export function staleBuildReason(repoRoot: string, dist: string): string | null {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return 'dist/renderer is missing';
  const built = statSync(index).mtimeMs;
  const sources = ['renderer', 'shared'].map((folder) => path.join(repoRoot, folder));
  const changed = Math.max(...sources.map(newestModification));
  return changed > built
    ? 'the renderer or shared code changed since dist/renderer was built'
    : null;
}

/** Builds dist/renderer with Vite's JS API when it is missing or stale, logging to stderr so stdout stays clean. */
export async function ensureRendererBuilt(log: (text: string) => void): Promise<string> {
  const reason = staleBuildReason(REPO_ROOT, RENDERER_DIST);
  if (reason === null) return RENDERER_DIST;
  log(`${reason}; building the renderer first…`);
  // A dynamic import loads Vite's ESM build: tsx runs the CLI as CommonJS (the package has no
  // "type": "module"), and Vite's CommonJS entry cannot resolve its own client helpers there.
  const { build, createLogger } = await import('vite');
  const base = createLogger('info');
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    // vite.config.ts names its root relative to the repository, not to wherever the CLI runs.
    root: path.join(REPO_ROOT, 'renderer'),
    customLogger: {
      ...base,
      info: (msg) => {
        log(msg);
      },
      warn: (msg) => {
        log(msg);
      },
    },
  });
  return RENDERER_DIST;
}
