import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/** Every .ts file below a folder of the repo. */
function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) out.push(full);
    }
  };
  walk(join(root, folder));
  return out;
}

/** The module specifiers a file imports or re-exports. */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

const FORBIDDEN_IN_SHARED = [
  /^node:/,
  /^(fs|path|os|child_process|http|https|crypto|stream|worker_threads)(\/|$)/,
  /^electron$/,
  /^react(-dom)?(\/|$)/,
  /^dexie/,
  /^chart\.js/,
  /^playwright/,
  /(^|\/)(renderer|electron|cli)\//,
];

const FORBIDDEN_GLOBALS_IN_SHARED = [
  /\bwindow\./,
  /\bdocument\./,
  /\blocalStorage\b/,
  /\bprocess\./,
  /\bDate\.now\(/,
  /new Date\(\)/,
];

describe('shared/ stays pure', () => {
  const files = sourceFiles('shared');

  it('finds the core files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s imports no platform, UI or storage module',
    (_name, file) => {
      const offending = importsOf(readFileSync(file, 'utf8')).filter((s) =>
        FORBIDDEN_IN_SHARED.some((p) => p.test(s)),
      );
      expect(offending).toEqual([]);
    },
  );

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s reads no browser, process or clock global',
    (_name, file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const offending = FORBIDDEN_GLOBALS_IN_SHARED.filter((p) => p.test(code)).map(String);
      expect(offending).toEqual([]);
    },
  );
});

describe('the boundary check itself', () => {
  it('catches a forbidden import when one appears', () => {
    const specifiers = importsOf(
      "import { readFileSync } from 'node:fs';\nimport type { X } from '../renderer/src/x';",
    );
    expect(specifiers.filter((s) => FORBIDDEN_IN_SHARED.some((p) => p.test(s)))).toEqual([
      'node:fs',
      '../renderer/src/x',
    ]);
  });
});

describe('renderer and cli keep their distance', () => {
  it.each(sourceFiles('renderer').map((f) => [relative(root, f), f]))(
    '%s does not import electron or the cli',
    (_name, file) => {
      const offending = importsOf(readFileSync(file, 'utf8')).filter((s) =>
        /^electron$|^node:|(^|\/)(electron|cli)\//.test(s),
      );
      expect(offending).toEqual([]);
    },
  );
});
