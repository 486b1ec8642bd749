import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ELECTRONEGATIVITY_ALLOWLIST } from './electronegativity-allowlist';

/** One finding, as Electronegativity's programmatic API reports it. */
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}

/** What a scan returns. */
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

/** The options of Electronegativity's runner that this test uses. */
interface ScanOptions {
  input: string;
  electronVersionOverride: string;
  excludeFromScan: string[];
  isRelative: boolean;
}

const repoRoot = path.resolve(__dirname, '..', '..');
const requireFromHere = createRequire(import.meta.url);
const engRoot = path.dirname(requireFromHere.resolve('@doyensec/electronegativity/package.json'));

/** URLs Electronegativity tried to fetch; the stub below refuses every one. */
const attemptedFetches: string[] = [];

/**
 * Electronegativity fetches translations (and, in one check, Electron's release list) with
 * `got`. Tests stay offline, so `got` is replaced in Node's module cache by a stub that
 * fails at once: the translations fall back to the bundled English ones.
 */
function stubNetwork(): void {
  const gotPath = requireFromHere.resolve('got', { paths: [engRoot] });
  const refuse = (url: unknown): Promise<never> => {
    attemptedFetches.push(String(url));
    return Promise.reject(new Error('offline: the test suite makes no network requests'));
  };
  const offline = new Module(gotPath);
  offline.filename = gotPath;
  offline.loaded = true;
  offline.exports = Object.assign(refuse, { head: refuse });
  requireFromHere.cache[gotPath] = offline;
}

stubNetwork();
const run = requireFromHere(path.join(engRoot, 'dist', 'runner.js')) as (
  options: ScanOptions,
) => Promise<ScanResult>;

/** The Electron version the app ships, so version checks judge the right release. */
async function electronVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/** Scans a folder with every check except the one that needs the network. */
async function scan(input: string): Promise<ScanResult> {
  // Its only console output is the note that the (stubbed) translation download failed.
  const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    return await run({
      input,
      electronVersionOverride: await electronVersion(),
      // It downloads Electron's release list; the pinned version is reviewed at each upgrade instead.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
    });
  } finally {
    quiet.mockRestore();
  }
}

/** A finding in one line a person can act on. */
function describeFinding(finding: Finding): string {
  return `${finding.id} at ${finding.file}:${finding.location.line}:${finding.location.column}: ${finding.description}`;
}

describe('Electronegativity on the shell', () => {
  let staging: string;
  let result: ScanResult;

  beforeAll(async () => {
    // The shell's sources plus the page it serves, so the CSP checks see the renderer's policy.
    staging = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-eng-'));
    await cp(path.join(repoRoot, 'electron'), path.join(staging, 'electron'), { recursive: true });
    await mkdir(path.join(staging, 'renderer'));
    await cp(
      path.join(repoRoot, 'renderer', 'index.html'),
      path.join(staging, 'renderer', 'index.html'),
    );
    result = await scan(staging);
  }, 60_000);

  afterAll(async () => {
    await rm(staging, { recursive: true, force: true });
  });

  it('loads its checks and parses every file of the shell', () => {
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.globalChecks).toBeGreaterThan(3);
    expect(result.errors.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
  });

  it('reports nothing that is not fixed or explained in the allowlist', () => {
    const unexplained = result.issues.filter(
      (finding) =>
        !ELECTRONEGATIVITY_ALLOWLIST.some(
          (entry) => entry.id === finding.id && entry.file === finding.file,
        ),
    );
    expect(unexplained.map(describeFinding)).toEqual([]);
  });

  it('keeps no stale explanation: every allowlisted finding still occurs', () => {
    const stale = ELECTRONEGATIVITY_ALLOWLIST.filter(
      (entry) =>
        !result.issues.some((finding) => finding.id === entry.id && finding.file === entry.file),
    );
    expect(stale.map((entry) => `${entry.id} in ${entry.file}`)).toEqual([]);
  });

  it('gives every explanation a reason', () => {
    for (const entry of ELECTRONEGATIVITY_ALLOWLIST)
      expect(entry.reason.length).toBeGreaterThan(40);
  });

  it('fetched nothing but the translations it falls back from', () => {
    expect(attemptedFetches.every((url) => url.includes('electronegativity-i18n'))).toBe(true);
  });
});

describe('Electronegativity on an insecure window', () => {
  let staging: string;

  beforeAll(async () => {
    staging = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-eng-bad-'));
  });

  afterAll(async () => {
    await rm(staging, { recursive: true, force: true });
  });

  it('finds no isolation, no sandbox, no navigation limits and no permission handler', async () => {
    await writeFile(
      path.join(staging, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },',
        '});',
        "win.loadURL('http://example.com/');",
      ].join('\n'),
    );
    const ids = new Set((await scan(staging)).issues.map((finding) => finding.id));
    // The same checks stay silent on the shell, which is what the first suite relies on.
    expect([...ids].sort()).toEqual([
      'AUXCLICK_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'CSP_GLOBAL_CHECK',
      'HTTP_RESOURCES_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'SANDBOX_JS_CHECK',
    ]);
  }, 60_000);
});
