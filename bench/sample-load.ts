/**
 * The first start's "Load sample data" in the built app, in Chromium: how long from the click
 * until the deck route opens, and the longest main-thread task meanwhile (the window must never
 * freeze: no task over 100 ms). Run alone with `npx tsx bench/sample-load.ts`, or as part of
 * `npm run bench`. Benchmarks print; they never assert.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../cli/pdf-command';
import { startStaticServer } from '../cli/static-server';
import { LONG_TASK_PROBE, takeLongestTask } from './browser-probes';

/** One load of the sample in a fresh profile. */
export interface SampleLoadRun {
  /** From the click to the deck route, in ms. */
  loadMs: number;
  /** The longest main-thread task from the click to the deck route (0 when none passed 50 ms). */
  longestTaskMs: number;
  /** The longest main-thread task while the deck then drew its first charts (not the sample's doing). */
  deckLongestTaskMs: number;
}

/** How many fresh profiles load the sample: the first run warms the disk cache, so several are timed. */
const RUNS = 3;

/** Loads the sample once in a fresh browser context (an empty workspace) and times it. */
async function loadOnce(browser: Browser, url: string): Promise<SampleLoadRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript(LONG_TASK_PROBE);
    const page = await context.newPage();
    await page.goto(`${url}/index.html`);
    await page.getByTestId('load-sample').waitFor();
    // Let the first render's tasks settle, then start counting from zero.
    await page.waitForTimeout(500);
    await takeLongestTask(page);
    const started = Date.now();
    await page.getByTestId('load-sample').click();
    await page.waitForURL(/#\/deck$/, { timeout: 120_000 });
    const loadMs = Date.now() - started;
    const longestTaskMs = await takeLongestTask(page);
    await page.locator('[data-testid="deck-editor"] canvas').first().waitFor({ timeout: 120_000 });
    const deckLongestTaskMs = await takeLongestTask(page);
    return { loadMs, longestTaskMs, deckLongestTaskMs };
  } finally {
    await context.close();
  }
}

/** Loads the sample RUNS times against the built renderer (dist/renderer) and returns each run. */
export async function runSampleLoadBenchmark(rendererDir: string): Promise<SampleLoadRun[]> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir} has no index.html: run \`npm run build\` first`);
  }
  const server = await startStaticServer(rendererDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs(),
  });
  try {
    const runs: SampleLoadRun[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await loadOnce(browser, server.url));
    return runs;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The benchmark's lines: each run's load time and longest main-thread task. */
export function formatSampleLoad(runs: readonly SampleLoadRun[]): string {
  const lines = runs.map(
    (run, i) =>
      `| sample load, run ${i + 1} | ${(run.loadMs / 1000).toFixed(2)} s | ${run.longestTaskMs.toFixed(0)} ms | ${run.deckLongestTaskMs.toFixed(0)} ms |`,
  );
  return [
    'Sample load (first start, "Load sample data", every record kind)\n',
    '| run | click to deck | longest main-thread task | longest task as the deck first draws |',
    '|---|---:|---:|---:|',
    ...lines,
    '\nTarget: no main-thread task over 100 ms while the sample loads.',
  ].join('\n');
}

// Run alone: `npx tsx bench/sample-load.ts`.
if (process.argv[1]?.endsWith('sample-load.ts')) {
  void runSampleLoadBenchmark(join(__dirname, '..', 'dist', 'renderer'))
    .then((runs) => console.log(formatSampleLoad(runs)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
