/**
 * `npm run bench`: times the import and the figures of a large Salesforce export and prints
 * the figures. Benchmarks print; they never assert, so a busy machine cannot fail a build.
 */
import { importOpportunities } from '../shared/import';
import { computeReport } from '../shared/metrics';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { isoDate } from '../shared/units';
import { generateOpportunitiesCsv } from './generate-opportunities';

const anchor = isoDate('2026-09-17');

/** Milliseconds a function takes, with its result. */
function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const rows: string[] = [];
for (const count of [50_000, 100_000, 200_000]) {
  const csv = generateOpportunitiesCsv(count, anchor);
  const bytes = new TextEncoder().encode(csv);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const imported = timed(() => importOpportunities(bytes, { fileName: `bench-${count}.csv` }));
  global.gc?.();
  // Measured after a collection, so it is what the imported records keep alive.
  const heapAfter = process.memoryUsage().heapUsed;
  const { records, summary, fatal } = imported.value;
  if (fatal !== null || summary.rejected > 0) {
    throw new Error(
      `The generated file did not import cleanly: ${fatal ?? `${summary.rejected} rejected`}`,
    );
  }
  const report = timed(() =>
    computeReport({ opportunities: records, settings: DEFAULT_SETTINGS, rejectedRows: 0 }),
  );
  rows.push(
    `| ${count.toLocaleString('en-US')} | ${mb(bytes.length)} | ${imported.ms.toFixed(0)} ms | ` +
      `${Math.round(count / (imported.ms / 1000)).toLocaleString('en-US')} | ` +
      `${(bytes.length / 1024 / 1024 / (imported.ms / 1000)).toFixed(1)} | ` +
      `${mb(Math.max(0, heapAfter - heapBefore))} | ${report.ms.toFixed(0)} ms |`,
  );
}

console.log(`Quarterdeck benchmark (Node ${process.version}, opportunities export, main thread)\n`);
console.log(
  '| opportunities | file | import | rows/s | MB/s | heap held by records | every figure |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
