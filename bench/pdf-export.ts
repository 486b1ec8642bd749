/**
 * The PDF export of a 25-slide deck over the sample workspace, as the CLI's `pdf` does it:
 * serve the built renderer, launch Chromium, draw the print route, print it tagged with its
 * outline and write the Title. Run alone with `npx tsx bench/pdf-export.ts`, or as part of
 * `npm run bench`. Benchmarks print; they never assert (the target is under 3 s).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs } from '../cli/args';
import { RENDERER_DIST } from '../cli/paths';
import { pdfPayload, printDeck } from '../cli/pdf-command';
import { countPdfPages } from '../cli/pdf-pages';
import {
  SLIDE_KINDS,
  isUserKind,
  type DeckState,
  type SlideState,
} from '../shared/deck/deck-model';
import { createDeckFromTemplate, freeSlideId } from '../shared/deck/templates';
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../shared/print-options';
import type { IsoDate } from '../shared/units';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** How many slides the benchmark deck has. */
export const BENCH_SLIDES = 25;

/** One timed export. */
export interface PdfExportRun {
  layout: PrintOptions['layout'];
  pages: number;
  ms: number;
  bytes: number;
}

/**
 * The Monthly Business Review with figure slides added again until it has `count` slides: every
 * added slide draws its chart or table, as a long board pack would.
 */
export function benchDeck(count: number = BENCH_SLIDES): DeckState {
  const deck = createDeckFromTemplate('mbr', 'bench', '1970-01-01T00:00:00.000Z');
  const figures = SLIDE_KINDS.filter((k) => !isUserKind(k) && k !== 'title');
  const slides: SlideState[] = [...deck.slides];
  const taken = new Set(slides.map((s) => s.id));
  for (let i = 0; slides.length < count; i++) {
    const kind = figures[i % figures.length];
    const id = freeSlideId(kind, taken);
    taken.add(id);
    slides.push({ id, kind, hidden: false, headline: null, notes: null });
  }
  return { ...deck, slides };
}

/** Exports the 25-slide deck once per layout through the CLI's print path, timing each from launch to file. */
export async function runPdfExportBenchmark(): Promise<PdfExportRun[]> {
  const parsed = parseCliArgs(['pdf', '--sample', '--out', 'bench.pdf']);
  if (!parsed.ok || parsed.value.command !== 'pdf') throw new Error('bench: bad pdf arguments');
  const quiet = {
    stdout: () => undefined,
    stderr: () => undefined,
    today: () => '2026-09-17' as IsoDate,
  };
  const payload = { ...(await pdfPayload(parsed.value, quiet)), deck: benchDeck() };
  const dir = join(__dirname, '..', 'test-results', 'bench');
  mkdirSync(dir, { recursive: true });
  const runs: PdfExportRun[] = [];
  for (const layout of ['slides', 'handout'] as const) {
    const file = join(dir, `pdf-export-${layout}.pdf`);
    rmSync(file, { force: true });
    const started = performance.now();
    await printDeck(CHROME, RENDERER_DIST, payload, { ...DEFAULT_PRINT_OPTIONS, layout }, file);
    const ms = performance.now() - started;
    runs.push({ layout, pages: countPdfPages(file), ms, bytes: statSync(file).size });
  }
  return runs;
}

/** The figures as the benchmark prints them. */
export function formatPdfExport(runs: readonly PdfExportRun[]): string {
  const lines = runs.map(
    (r) =>
      `- ${r.layout}: ${r.pages} pages in ${(r.ms / 1000).toFixed(2)} s (${(r.bytes / 1024 / 1024).toFixed(1)} MB)`,
  );
  return [
    `PDF export of a ${BENCH_SLIDES}-slide deck (sample data, target under 3 s):`,
    ...lines,
  ].join('\n');
}

if (require.main === module) {
  void runPdfExportBenchmark().then((runs) => console.log(formatPdfExport(runs)));
}
