import { readFile } from 'node:fs/promises';
import { CliError, EXIT_DATA } from './cli-error';

/** Why a file could not be read, in words. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file a flag names; a failure is a data error naming the flag and the file. */
export async function readInput(flag: string, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(`Cannot read --${flag} ${file}: ${readFailure(error)}.`, EXIT_DATA);
  }
}
