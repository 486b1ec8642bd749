import { parseMappingProfile, profileMatchesHeaders } from '../shared/import/mapping-profile';
import type { MappingProfile } from '../shared/import/mapping-profile';
import type { RecordKind } from '../shared/import';
import { CliError, EXIT_DATA, EXIT_USAGE } from './cli-error';
import { readInput } from './read-input';

/** A mapping profile and the file it came from. */
export interface LoadedProfile {
  file: string;
  profile: MappingProfile;
}

/** One input file and its header row, for matching profiles. */
export interface InputHeaders {
  kind: RecordKind;
  file: string;
  headers: readonly string[];
}

/** Reads and validates every `--mapping` file; a bad one is a data error naming it. */
export async function loadMappingProfiles(files: readonly string[]): Promise<LoadedProfile[]> {
  const loaded: LoadedProfile[] = [];
  for (const file of files) {
    const text = new TextDecoder('utf-8').decode(await readInput('mapping', file));
    const parsed = parseMappingProfile(text);
    if (!parsed.ok) throw new CliError(`Cannot use --mapping ${file}: ${parsed.error}`, EXIT_DATA);
    loaded.push({ file, profile: parsed.profile });
  }
  return loaded;
}

/** The files a profile applies to: those of its kind with its headers, else the only file of its kind. */
function targetsOf(loaded: LoadedProfile, inputs: readonly InputHeaders[]): number[] {
  const { kind } = loaded.profile;
  const ofKind = inputs.flatMap((input, index) => (input.kind === kind ? [index] : []));
  if (ofKind.length === 0) {
    throw new CliError(
      `--mapping ${loaded.file} is a profile for ${kind} files, but no --${kind} file was given.`,
      EXIT_USAGE,
    );
  }
  const matching = ofKind.filter((index) => {
    const input = inputs[index];
    return input !== undefined && profileMatchesHeaders(loaded.profile, input.headers);
  });
  if (matching.length > 0) return matching;
  if (ofKind.length === 1) return ofKind;
  const names = ofKind.map((index) => inputs[index]?.file ?? '').join(', ');
  throw new CliError(
    `--mapping ${loaded.file} (${kind}) lists headers that match none of the ${ofKind.length} --${kind} files (${names}), so which one it is for is ambiguous; make its "headers" those of that file (the mapping command writes them).`,
    EXIT_USAGE,
  );
}

/**
 * Which profile each input uses (aligned with `inputs`, `null` for none). A profile applies
 * to the files of its kind whose headers it lists, else to the only file of its kind; a
 * profile that fits no file, or two profiles for one file, is a usage error.
 */
export function assignProfiles(
  profiles: readonly LoadedProfile[],
  inputs: readonly InputHeaders[],
): (LoadedProfile | null)[] {
  const assigned: (LoadedProfile | null)[] = inputs.map(() => null);
  for (const loaded of profiles) {
    for (const index of targetsOf(loaded, inputs)) {
      const earlier = assigned[index];
      if (earlier !== null && earlier !== undefined) {
        throw new CliError(
          `--mapping ${earlier.file} and --mapping ${loaded.file} both apply to --${loaded.profile.kind} ${inputs[index]?.file ?? ''}; give only one of them.`,
          EXIT_USAGE,
        );
      }
      assigned[index] = loaded;
    }
  }
  return assigned;
}
