/**
 * The import engine alone in Node, against a bare PapaParse parse of the same text:
 * `node --expose-gc --import tsx bench/engine-profile.ts [--runs N] [--only members|opportunities]`.
 * Generates 1,000,000 campaign members and 200,000 opportunities into test-results/bench/
 * (reusing the `npm run bench` generators), then times, per file, the best of N runs of
 * (a) `Papa.parse` on the whole text in the app's chunked mode and (b) StreamingImport fed
 * 1 MiB chunks of the file's bytes, and prints ms, the ratio and a SHA-256 of the result
 * so an optimisation can be checked to change nothing. Add `--cpu-prof` to profile.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { KIND_DEFINITIONS } from '../shared/import/kinds';
import { StreamingImport, isResult } from '../shared/import/streaming';
import type { EngineResult } from '../shared/import/engine';
import { isoDate } from '../shared/units';
import { writeCampaignMembersCsv } from './generate-campaign-members';
import { generateOpportunitiesCsv } from './generate-opportunities';

const root = join(__dirname, '..');
const dir = join(root, 'test-results', 'bench');
const MB = 1024 * 1024;
const CHUNK = 1 << 20;

declare const gc: (() => void) | undefined;

/** One file to time: its path, the kind it imports as, and how many rows it holds. */
interface BenchFile {
  label: string;
  path: string;
  kind: 'touchpoints' | 'opportunities';
}

/** Command-line flags: how many runs to take the best of, and which file alone. */
function flags(): { runs: number; only: string | null } {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const onlyAt = args.indexOf('--only');
  return {
    runs: runsAt === -1 ? 3 : Number(args[runsAt + 1] ?? '3'),
    only: onlyAt === -1 ? null : (args[onlyAt + 1] ?? null),
  };
}

/** Writes the bench files when they are missing (the same names `npm run bench` uses). */
async function ensureFiles(): Promise<BenchFile[]> {
  mkdirSync(dir, { recursive: true });
  const members = join(dir, 'campaign-members-1m.csv');
  if (!existsSync(members) || statSync(members).size < 100 * MB) {
    await writeCampaignMembersCsv(members, 1_000_000);
  }
  const opportunities = join(dir, 'opportunities-200k.csv');
  if (!existsSync(opportunities)) {
    writeFileSync(opportunities, generateOpportunitiesCsv(200_000, isoDate('2026-09-17')));
  }
  return [
    { label: 'members', path: members, kind: 'touchpoints' },
    { label: 'opportunities', path: opportunities, kind: 'opportunities' },
  ];
}

/** Wall-clock and CPU milliseconds of a run (CPU time is steadier on a shared machine). */
interface Timing {
  ms: number;
  cpuMs: number;
}

/** Times `run`, wall clock and CPU (all of the process's threads, the garbage collector's too). */
function timed<T>(run: () => T): Timing & { value: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

/**
 * Papa.parse's chunked mode, beyond the slice of PapaParse's API that the repository's
 * type declarations (shared/types/papaparse-pure.d.ts) describe.
 */
interface ChunkedPapa {
  parse(
    input: string,
    config: { chunkSize: number; chunk: (result: { data: unknown[] }) => void },
  ): void;
}

/** A bare PapaParse parse of the text in 1 MiB chunks, as bench/run.ts times it in the browser. */
function bareParse(text: string): number {
  let rows = 0;
  (Papa as unknown as ChunkedPapa).parse(text, {
    chunkSize: CHUNK,
    chunk: (result) => {
      rows += result.data.length;
    },
  });
  return rows;
}

/** The streaming engine fed the bytes in 1 MiB chunks, as the worker feeds it. */
function engineImport(file: BenchFile, bytes: Uint8Array): EngineResult<unknown, string> {
  const definition = KIND_DEFINITIONS[file.kind];
  const engine = new StreamingImport<unknown, string>(definition as never, {
    fileName: file.path,
  });
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const status = engine.push(bytes.subarray(at, at + CHUNK));
    if (status.kind === 'restart') throw new Error('bench files are UTF-8');
  }
  const answer = engine.finish();
  if (!isResult(answer)) throw new Error('bench files are UTF-8');
  return answer;
}

/** A fingerprint of everything the result holds, to compare runs before and after a change. */
function fingerprint(result: EngineResult<unknown, string>): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...result, records: null, cents: null }));
  for (let at = 0; at < result.records.length; at += 10_000) {
    hash.update(JSON.stringify(result.records.slice(at, at + 10_000)));
    hash.update(JSON.stringify(result.cents.slice(at, at + 10_000)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Collects garbage between runs when node was started with --expose-gc. */
function collect(): void {
  if (typeof gc === 'function') gc();
}

async function main(): Promise<void> {
  const { runs, only } = flags();
  const files = (await ensureFiles()).filter((file) => only === null || file.label === only);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file.path));
    const text = new TextDecoder().decode(bytes);
    const bareBest: Timing = { ms: Infinity, cpuMs: Infinity };
    const engineBest: Timing = { ms: Infinity, cpuMs: Infinity };
    let rows = 0;
    let print = '';
    for (let run = 0; run < runs; run++) {
      collect();
      const bare = timed(() => bareParse(text));
      best(bareBest, bare);
      rows = bare.value;
      collect();
      const engine = timed(() => engineImport(file, bytes));
      best(engineBest, engine);
      const result = engine.value;
      if (result.fatal !== null) throw new Error(`${file.label} did not import: ${result.fatal}`);
      if (run === 0) {
        const { summary } = result;
        print = `rowsRead ${summary.rowsRead}, imported ${summary.imported}, rejected ${summary.rejected}, result ${fingerprint(result)}`;
      }
    }
    console.log(
      `${file.label}: ${(bytes.length / MB).toFixed(1)} MB, ${rows.toLocaleString('en-US')} parsed rows (best of ${runs})\n` +
        `  wall: bare PapaParse ${bareBest.ms.toFixed(0)} ms, engine ${engineBest.ms.toFixed(0)} ms, ratio ${(engineBest.ms / bareBest.ms).toFixed(2)}\n` +
        `  cpu:  bare PapaParse ${bareBest.cpuMs.toFixed(0)} ms, engine ${engineBest.cpuMs.toFixed(0)} ms, ratio ${(engineBest.cpuMs / bareBest.cpuMs).toFixed(2)}`,
    );
    console.log(`  ${print}`);
  }
}

/** Keeps the lower of each figure. */
function best(into: Timing, run: Timing): void {
  into.ms = Math.min(into.ms, run.ms);
  into.cpuMs = Math.min(into.cpuMs, run.cpuMs);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
