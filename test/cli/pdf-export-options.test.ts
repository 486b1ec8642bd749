import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../shared/deck/templates';
import type { CliRun } from './run-cli';
import { runCli, SPAWN_TIMEOUT_MS } from './run-cli';

const FIXTURE = 'test/fixtures/cli/opportunities-small.csv';
const FIGURES = ['--period', 'FY2026-Q1', '--as-of', '2026-02-15', '--chrome', '/usr/bin/chromium'];

let dir: string;
let handout: string;
let board: string;
let handoutRun: CliRun;
let boardRun: CliRun;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'quarterdeck-pdf-options-'));
  handout = path.join(dir, 'handout.pdf');
  board = path.join(dir, 'board.pdf');
  [handoutRun, boardRun] = await Promise.all([
    runCli([
      'pdf',
      '--opportunities',
      FIXTURE,
      ...FIGURES,
      '--out',
      handout,
      '--handout',
      '--appendix',
      '--title',
      'Q1 review for the board',
      '--author',
      'Dana Reyes',
    ]),
    runCli(['pdf', '--opportunities', FIXTURE, ...FIGURES, '--out', board, '--template', 'board']),
  ]);
}, SPAWN_TIMEOUT_MS * 2);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** pdfinfo's answer for a file. */
const info = (file: string): string => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

/** The text of a file, as poppler reads it. */
const text = (file: string): string => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

/** The PDF's outline (bookmarks) as poppler lists it: each entry's title, indented by its level. */
function outline(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8' });
  const part = xml.slice(xml.indexOf('<outline>'));
  const entries: string[] = [];
  let depth = 0;
  for (const match of part.matchAll(/<(\/?)outline>|<item page="\d+">([^<]*)<\/item>/g)) {
    if (match[1] === '') depth += 1;
    else if (match[1] === '/') depth -= 1;
    else entries.push(`${'  '.repeat(depth - 1)}${match[2] ?? ''}`);
  }
  return entries;
}

describe('pdf --handout --appendix --title --author', () => {
  it('writes a tagged PDF of portrait Letter pages with the title and author given', () => {
    expect(handoutRun.stderr).not.toMatch(/^Error/m);
    expect(handoutRun.status).toBe(0);
    const pdf = info(handout);
    expect(pdf).toMatch(/^Title:\s+Q1 review for the board$/m);
    expect(pdf).toMatch(/^Author:\s+Dana Reyes$/m);
    expect(pdf).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });

  it('prints each slide’s speaker notes under it', () => {
    const words = text(handout).replace(/\s+/g, ' ');
    expect(words).toContain('SPEAKER NOTES');
    expect(words).toContain('This review leads with what lands in FY2026 Q1');
  });

  it('ends with the appendix, whose landed table totals the landed figure to the cent', () => {
    const words = text(handout).replace(/\s+/g, ' ');
    expect(words).toContain('Appendix: the records behind each figure');
    expect(words).toContain('Landed: 42.8K Landed · FY2026 Q1 · 3 records · Σ 42,750.75');
    const layout = execFileSync('pdftotext', ['-layout', handout, '-'], { encoding: 'utf8' });
    expect(layout).toMatch(/Total · 3 records +42,750\.75/);
  });

  it('bookmarks every act, every slide under its act, and the appendix', () => {
    const entries = outline(handout);
    expect(entries[0]).toBe('Opening');
    expect(entries[1]).toBe('  1. Title');
    expect(entries).toContain('Appendix: the records behind each figure');
    expect(entries.filter((e) => /^ {2}\d+\. /.test(e)).length).toBeGreaterThan(5);
  });
});

describe('pdf --template board', () => {
  it('prints the board template’s deck on 16:9 pages, titled with its name and the period', () => {
    expect(boardRun.stderr).not.toMatch(/^Error/m);
    expect(boardRun.status).toBe(0);
    const pdf = info(board);
    expect(pdf).toMatch(/^Page size:\s+960 x 540 pts/m);
    expect(pdf).toMatch(new RegExp(`^Title:\\s+${TEMPLATES.board.name} · FY2026 Q1$`, 'm'));
    expect(pdf).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf).not.toMatch(/^Author:/m);
  });

  it('bookmarks the board template’s own acts, and no appendix without --appendix', () => {
    const acts = outline(board).filter((e) => !e.startsWith(' '));
    const titles = TEMPLATES.board.acts.map((a) => a.title);
    expect(acts.length).toBeGreaterThan(1);
    for (const act of acts) expect(titles).toContain(act);
    expect(text(board)).not.toContain('Appendix: the records behind each figure');
  });
});
