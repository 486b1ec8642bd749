import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererRoot = join(__dirname, '..', '..', '..', 'renderer');

/** Every .ts/.tsx file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The DOM APIs that parse a string as HTML (or script): CRM text must never reach one. */
const HTML_SINKS: readonly RegExp[] = [
  /dangerouslySetInnerHTML/,
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bDOMParser\b/,
  /\bnew Function\b/,
  /\beval\(/,
];

describe('the renderer never parses text as HTML', () => {
  it('uses none of the HTML-parsing DOM APIs anywhere under renderer/', () => {
    const files = sourceFiles(rendererRoot);
    expect(files.length).toBeGreaterThan(20);
    const hits: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const sink of HTML_SINKS) {
          if (sink.test(line))
            hits.push(`${relative(rendererRoot, file)}:${i + 1}: ${sink.source}`);
        }
      });
    }
    expect(hits).toEqual([]);
  });
});
