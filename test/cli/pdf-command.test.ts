import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { runCli, SPAWN_TIMEOUT_MS } from './run-cli';

const FIXTURE = 'test/fixtures/cli/opportunities-small.csv';
const FIGURES = ['--period', 'FY2026-Q1', '--as-of', '2026-02-15'];

let dir: string;
let deck: string;
let run: CliRun;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'quarterdeck-pdf-'));
  deck = path.join(dir, 'deck.pdf');
  run = await runCli([
    'pdf',
    '--opportunities',
    FIXTURE,
    ...FIGURES,
    '--out',
    deck,
    '--chrome',
    '/usr/bin/chromium',
  ]);
}, SPAWN_TIMEOUT_MS * 2);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cli pdf through Chromium', () => {
  it('writes the deck and says how many pages it has', () => {
    expect(run.stderr).not.toMatch(/^Error/m);
    expect(run.status).toBe(0);
    const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [deck], { encoding: 'utf8' }));
    expect(Number(pages?.[1])).toBeGreaterThan(1);
    expect(run.stderr).toContain(`Wrote ${deck} (${pages?.[1]} pages)`);
  });

  it('prints 16:9 slides of 960 x 540 points', () => {
    const info = execFileSync('pdfinfo', [deck], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+960 x 540 pts/m);
  });

  it('shows the landed figure as the slides format it (42,750.75 → 42.8K)', () => {
    const text = execFileSync('pdftotext', [deck, '-'], { encoding: 'utf8' });
    expect(text).toContain('42.8K');
    expect(text).toContain('FY2026 Q1');
  });

  it('says on the data-notes slide what the app would: the rejected rows and the footer check', () => {
    const text = execFileSync('pdftotext', ['-layout', deck, '-'], { encoding: 'utf8' });
    expect(text).toContain('Line 12: Opportunity ID is blank');
    expect(text).toContain('15 / 15');
    expect(text).not.toContain('no record-count footer');
  });

  it('leaves no temporary file next to the deck', () => {
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });
});

describe('cli pdf failures', () => {
  let noChrome: CliRun;
  let badChrome: CliRun;
  beforeAll(async () => {
    [noChrome, badChrome] = await Promise.all([
      runCli(['pdf', '--sample', '--out', path.join(dir, 'a.pdf'), '--chrome', '/nope/chrome']),
      // An executable that is not a browser: launching fails after the import succeeded.
      runCli([
        'pdf',
        '--opportunities',
        FIXTURE,
        '--out',
        path.join(dir, 'b.pdf'),
        '--chrome',
        '/bin/false',
      ]),
    ]);
  }, SPAWN_TIMEOUT_MS);

  it('names a --chrome path that is not there and says how to pass one', () => {
    expect(noChrome.status).toBe(1);
    expect(noChrome.stdout).toBe('');
    expect(noChrome.stderr).toContain('No executable Chrome or Chromium at --chrome /nope/chrome.');
    expect(noChrome.stderr).toContain('--chrome PATH');
  });

  it('leaves neither a PDF nor a temporary file when the browser fails', () => {
    expect(badChrome.status).toBe(1);
    expect(badChrome.stderr).toContain(`Could not write ${path.join(dir, 'b.pdf')}`);
    expect(existsSync(path.join(dir, 'b.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('b.pdf'))).toEqual([]);
  });
});
