import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The page count of a PDF: pdfinfo's when it is installed, else a count of `/Type /Page` objects. */
export function countPdfPages(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = info.status === 0 ? /^Pages:\s+(\d+)/m.exec(info.stdout) : null;
  if (match) return Number(match[1]);
  const text = readFileSync(file).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
