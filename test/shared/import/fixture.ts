import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importOpportunities } from '../../../shared/import';
import type { ImportOptions, ImportResult } from '../../../shared/import';

/** The bytes of a committed fixture under test/fixtures/opportunities. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(join(__dirname, '..', '..', 'fixtures', 'opportunities', name)),
  );
}

/** Imports a committed fixture with the given options. */
export function importFixture(name: string, options: Partial<ImportOptions> = {}): ImportResult {
  return importOpportunities(fixtureBytes(name), { fileName: name, ...options });
}

/** Imports CSV text written here in the test, as UTF-8 bytes. */
export function importText(text: string, options: Partial<ImportOptions> = {}): ImportResult {
  return importOpportunities(new TextEncoder().encode(text), {
    fileName: 'inline.csv',
    ...options,
  });
}
