import path from 'node:path';
import {
  detectFileKind,
  importRecords,
  RECORD_KINDS,
  readHeaders,
  recordFields,
} from '../shared/import';
import type { RecordKind } from '../shared/import';
import { MAPPING_PROFILE_VERSION, serializeMappingProfile } from '../shared/import/mapping-profile';
import type { MappingProfile, MappingProfileOf } from '../shared/import/mapping-profile';
import type { MappingCommand } from './args';
import { CliError, EXIT_DATA, EXIT_USAGE } from './cli-error';
import { readInput } from './read-input';
import type { CommandIo } from './report-command';

/** A proposed profile for a file of a kind, and what stderr should say about it. */
export interface ProposedProfile {
  profile: MappingProfile;
  notes: string[];
}

/**
 * Proposes a mapping profile for a file of a kind: the importer's own mapping from its
 * headers, and the date order only when no date in the file settles it (so the analyst
 * checks it). Notes say what is mapped, what is not, and what is still missing.
 */
export function proposeProfile<K extends RecordKind>(
  kind: K,
  bytes: Uint8Array,
  file: string,
  name: string | null,
): ProposedProfile {
  const result = importRecords(kind, bytes, { fileName: path.basename(file) });
  const headers = result.summary.headers.length > 0 ? result.summary.headers : readHeaders(bytes);
  if (headers.length === 0) {
    throw new CliError(
      `Cannot read the headers of --file ${file}: ${result.fatal ?? 'no header row.'}`,
      EXIT_DATA,
    );
  }
  const mapping = result.summary.mapping;
  const profile: MappingProfileOf<K> = {
    quarterdeckMapping: MAPPING_PROFILE_VERSION,
    name: name ?? `${kind} from ${path.basename(file)}`,
    kind,
    headers,
    mapping,
  };
  const fields = recordFields(kind);
  const unmapped = fields.filter(({ field }) => mapping[field] === undefined).map((f) => f.field);
  const format =
    result.summary.format === 'custom' ? '' : `, recognised as ${result.summary.format}`;
  const notes = [
    `Proposed a mapping for ${file} (${kind}${format}): ${fields.length - unmapped.length} of ${fields.length} fields mapped.`,
  ];
  const used = new Set(Object.values(mapping as Record<string, string>));
  const unused = headers.filter((header) => !used.has(header));
  if (unused.length > 0) notes.push(`  Columns not mapped: ${unused.join(', ')}.`);
  if (unmapped.length > 0) notes.push(`  Fields left unmapped: ${unmapped.join(', ')}.`);
  if (result.fatal !== null) {
    notes.push(`  Still to do before it imports: ${result.fatal}`);
    notes.push(
      '  If no date settles day/month order, add "dateOrder": "mdy" (month first) or "dmy".',
    );
  } else if ((result.summary.ambiguousDateColumns ?? []).length > 0) {
    profile.dateOrder = result.summary.dateOrder;
    notes.push(
      `  Check "dateOrder": no date in ${(result.summary.ambiguousDateColumns ?? []).join(', ')} settles day/month; "mdy" is month first, "dmy" day first.`,
    );
  }
  notes.push(`  Edit the JSON, then pass it back with --mapping FILE.json --${kind} ${file}.`);
  // MappingProfileOf<K> is a member of the MappingProfile union for the K it was built with.
  return { profile: profile as MappingProfile, notes };
}

/** `mapping`: a proposed mapping profile for one file, JSON on stdout and notes on stderr. */
export async function runMapping(command: MappingCommand, io: CommandIo): Promise<void> {
  const bytes = await readInput('file', command.file);
  const kind = command.kind ?? detectFileKind(bytes);
  if (kind === null) {
    throw new CliError(
      `Cannot tell which kind of export ${command.file} is from its headers; say it with --kind (${RECORD_KINDS.join(', ')}).`,
      EXIT_USAGE,
    );
  }
  const { profile, notes } = proposeProfile(kind, bytes, command.file, command.name);
  io.stdout(serializeMappingProfile(profile));
  io.stderr(notes.join('\n'));
}
