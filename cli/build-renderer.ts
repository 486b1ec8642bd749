import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RENDERER_DIST } from './paths';

/** Builds dist/renderer with Vite's JS API when it is missing, logging to stderr so stdout stays clean. */
export async function ensureRendererBuilt(log: (text: string) => void): Promise<string> {
  if (existsSync(path.join(RENDERER_DIST, 'index.html'))) return RENDERER_DIST;
  log('dist/renderer is missing; building the renderer first…');
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
