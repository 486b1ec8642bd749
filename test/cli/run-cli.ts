import { execFile } from 'node:child_process';
import path from 'node:path';

/** The repository root, where `npx tsx cli/main.ts` runs. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Spawning tsx through npx takes seconds on a busy machine; hooks that spawn get this long. */
export const SPAWN_TIMEOUT_MS = 120_000;

/** What a CLI run printed and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would (`npx tsx cli/main.ts …`) and captures everything. */
export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'cli/main.ts', ...args],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
