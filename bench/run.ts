/**
 * `npm run bench`: generates Salesforce-format exports (200,000 opportunities; 1,000,000
 * campaign members, about 150 MB) and imports them in Chromium through the built app's Web
 * Worker pipeline, printing rows/s, MB/s, peak heap, the longest main-thread task, and the
 * ratio to a bare PapaParse parse of the same file in the same browser; first, the time to
 * compute every slide's figures at 1×, 2× and 4× (bench/metrics.ts); last, the first start's
 * sample load (bench/sample-load.ts). Benchmarks print;
 * they never assert, so a busy machine cannot fail a build.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../cli/static-server';
import { isoDate } from '../shared/units';
import { LONG_TASK_PROBE, chromiumRss, samplePeak, takeLongestTask } from './browser-probes';
import { writeCampaignMembersCsv } from './generate-campaign-members';
import { generateOpportunitiesCsv } from './generate-opportunities';
import { chromiumArgs } from '../cli/pdf-command';
import { runMetricsBenchmark } from './metrics';
import { formatSampleLoad, runSampleLoadBenchmark } from './sample-load';
import { formatPdfExport, runPdfExportBenchmark } from './pdf-export';

const root = join(__dirname, '..');
const renderer = join(root, 'dist', 'renderer');
const dir = join(root, 'test-results', 'bench');
const FLAGS = [...chromiumArgs(), '--enable-precise-memory-info'];
const MB = 1024 * 1024;

interface Figures {
  label: string;
  rows: number;
  bytes: number;
  importMs: number;
  bareMs: number;
  mainHeap: number;
  rss: number;
  longestTask: number;
  note: string;
}

/** Puts a local file into a hidden input of the page and returns a handle to it as `window.__benchFile`. */
async function loadFile(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    input.style.display = 'none';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-file', path);
}

/** A bare PapaParse parse of the file in a Web Worker of the same page: PapaParse's own File streaming. */
async function bareParse(page: Page, papaSource: string): Promise<{ ms: number; rows: number }> {
  return page.evaluate(async (source) => {
    const input = document.querySelector<HTMLInputElement>('#bench-file');
    const file = input?.files?.[0];
    if (!file) throw new Error('no bench file');
    const code = `${source}
      self.onmessage = (event) => {
        const started = performance.now();
        let rows = 0;
        Papa.parse(event.data, {
          chunkSize: 1 << 20,
          chunk: (result) => { rows += result.data.length; },
          complete: () => self.postMessage({ ms: performance.now() - started, rows }),
        });
      };`;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const worker = new Worker(url);
    const answer = await new Promise<{ ms: number; rows: number }>((resolve) => {
      worker.onmessage = (event: MessageEvent<{ ms: number; rows: number }>) => resolve(event.data);
      worker.postMessage(file);
    });
    worker.terminate();
    URL.revokeObjectURL(url);
    return answer;
  }, papaSource);
}

async function main(): Promise<void> {
  // The figures first (Node, seconds), then the imports in Chromium (a minute or two).
  runMetricsBenchmark();
  if (!existsSync(join(renderer, 'index.html'))) execSync('npm run build', { stdio: 'inherit' });
  mkdirSync(dir, { recursive: true });
  const oppsPath = join(dir, 'opportunities-200k.csv');
  if (!existsSync(oppsPath))
    writeFileSync(oppsPath, generateOpportunitiesCsv(200_000, isoDate('2026-09-17')));
  const membersPath = join(dir, 'campaign-members-1m.csv');
  if (!existsSync(membersPath) || statSync(membersPath).size < 100 * MB) {
    await writeCampaignMembersCsv(membersPath, 1_000_000);
  }
  const papaSource = readFileSync(
    join(root, 'node_modules', 'papaparse', 'papaparse.min.js'),
    'utf8',
  );

  const server = await startStaticServer(renderer);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  const figures: Figures[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(LONG_TASK_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const mainHeap = () => cdp.send('Runtime.getHeapUsage').then((usage) => usage.usedSize);
    await page.goto(`${server.url}/index.html#/import`);
    await page.getByTestId('import-file').waitFor();

    // Both files go through the import screen as a user imports them: the worker parses and
    // writes pages into a staging batch, the review shows, Confirm publishes in one short
    // transaction. Opportunities then open the deck; its first render is timed apart.
    for (const file of [
      {
        path: oppsPath,
        rows: 200_000,
        label: 'opportunities, 200,000 (Salesforce report)',
        deck: true,
      },
      {
        path: membersPath,
        rows: 1_000_000,
        label: 'campaign members, 1,000,000 (Salesforce)',
        deck: false,
      },
    ]) {
      await page.goto(`${server.url}/index.html#/import`);
      await page.getByTestId('import-file').waitFor();
      const bytes = statSync(file.path).size;
      await takeLongestTask(page);
      const stopHeap = samplePeak(mainHeap);
      const stopRss = samplePeak(chromiumRss);
      const started = Date.now();
      await page.getByTestId('import-file').setInputFiles(file.path);
      await page.getByTestId('import-summary').waitFor({ timeout: 600_000 });
      const reviewMs = Date.now() - started;
      await page.getByTestId('import-confirm').click();
      // Stored: the publish committed and the screen moved on (to the deck for opportunities).
      if (file.deck) await page.waitForURL(/#\/deck$/, { timeout: 600_000 });
      else await page.getByTestId('import-success').waitFor({ timeout: 600_000 });
      const importMs = Date.now() - started;
      let deckNote = '';
      if (file.deck) {
        // The deck's first full render: the report is computed in a worker, then charts draw.
        await page.locator('[data-testid="deck-editor"] canvas').first().waitFor();
        deckNote = `; the deck showed its charts ${((Date.now() - started - importMs) / 1000).toFixed(1)} s later (report computed in a worker)`;
      }
      const longestTask = await takeLongestTask(page);
      const heap = await stopHeap();
      const rss = await stopRss();
      await loadFile(page, file.path);
      const bare = await bareParse(page, papaSource);
      figures.push({
        label: file.label,
        rows: file.rows,
        bytes,
        importMs,
        bareMs: bare.ms,
        mainHeap: heap,
        rss,
        longestTask,
        note:
          `review after ${(reviewMs / 1000).toFixed(1)} s (ratio ${(reviewMs / bare.ms).toFixed(2)}), ` +
          `stored after Confirm at ${(importMs / 1000).toFixed(1)} s${deckNote}; ` +
          `bare PapaParse read ${bare.rows.toLocaleString('en-US')} rows`,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(
    `Quarterdeck import benchmark (Chromium ${browser.version()}, built app, Web Worker)\n`,
  );
  console.log(
    '| file | rows | size | import | rows/s | MB/s | bare PapaParse | ratio | longest main-thread task | peak main-thread heap | peak renderer RSS |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const f of figures) {
    console.log(
      `| ${f.label} | ${f.rows.toLocaleString('en-US')} | ${(f.bytes / MB).toFixed(1)} MB | ${(f.importMs / 1000).toFixed(1)} s | ` +
        `${Math.round(f.rows / (f.importMs / 1000)).toLocaleString('en-US')} | ${(f.bytes / MB / (f.importMs / 1000)).toFixed(1)} | ` +
        `${(f.bareMs / 1000).toFixed(1)} s | ${(f.importMs / f.bareMs).toFixed(2)} | ${f.longestTask.toFixed(0)} ms | ` +
        `${(f.mainHeap / MB).toFixed(0)} MB | ${(f.rss / MB).toFixed(0)} MB |`,
    );
  }
  for (const f of figures) console.log(`- ${f.label}: ${f.note}`);
  console.log(
    '\nTargets: 1,000,000 rows under 60 s, ratio under 3, no main-thread task over 100 ms, heap under 1.5 GB.',
  );
  console.log(`\n${formatSampleLoad(await runSampleLoadBenchmark(renderer))}`);
  console.log(`\n${formatPdfExport(await runPdfExportBenchmark())}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
