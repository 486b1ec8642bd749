import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRecords } from '../../../shared/import';
import type { RecordImportOptions, RecordImportResult, RecordKind } from '../../../shared/import';

/** The bytes of a committed fixture under test/fixtures/<kind>. */
export function kindFixtureBytes(kind: RecordKind, name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', kind, name)));
}

/** Imports a committed fixture of a kind with the given options. */
export function importKindFixture<K extends RecordKind>(
  kind: K,
  name: string,
  options: Partial<RecordImportOptions<K>> = {},
): RecordImportResult<K> {
  return importRecords(kind, kindFixtureBytes(kind, name), { fileName: name, ...options });
}

/** Imports CSV text of a kind written here in the test, as UTF-8 bytes. */
export function importKindText<K extends RecordKind>(
  kind: K,
  text: string,
  options: Partial<RecordImportOptions<K>> = {},
): RecordImportResult<K> {
  return importRecords(kind, new TextEncoder().encode(text), {
    fileName: 'inline.csv',
    ...options,
  });
}
