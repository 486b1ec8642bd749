import { z } from 'zod';
import { recordFields } from './import-records';
import { RECORD_KINDS } from './kinds';
import type { DateOrder, KindMapping, RecordKind } from './types';

/** The version of the mapping-profile format this code reads and writes. */
export const MAPPING_PROFILE_VERSION = 1;

/** A saved mapping for one kind of file: which column holds which canonical field. */
export interface MappingProfileOf<K extends RecordKind> {
  quarterdeckMapping: typeof MAPPING_PROFILE_VERSION;
  name: string;
  kind: K;
  /** The headers of the file the profile was made for, so it can be reused when they come back. */
  headers: string[];
  /** Canonical field → the header of the column that holds it. */
  mapping: KindMapping<K>;
  /** Day/month order for the file's dates, when the columns cannot settle it themselves. */
  dateOrder?: DateOrder;
}

/** A saved mapping profile of any kind, discriminated by `kind`. */
export type MappingProfile = { [K in RecordKind]: MappingProfileOf<K> }[RecordKind];

/** A parsed profile, or a sentence saying what is wrong with the text. */
export type ParseMappingProfileResult =
  { ok: true; profile: MappingProfile } | { ok: false; error: string };

const KEYS = ['quarterdeckMapping', 'name', 'kind', 'headers', 'mapping', 'dateOrder'] as const;

// Messages are written per path below, so the schema only has to find the first problem.
const profileSchema = z.strictObject({
  quarterdeckMapping: z.literal(MAPPING_PROFILE_VERSION),
  name: z.string().trim().min(1),
  kind: z.enum(RECORD_KINDS),
  headers: z.array(z.string()).min(1),
  mapping: z.record(z.string(), z.string()),
  dateOrder: z.enum(['mdy', 'dmy']).optional(),
});

/** A value as a message quotes it: JSON for scalars, a word for containers. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** The value at a path of the parsed JSON, to quote it in a message. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One zod issue as a sentence naming the key and the value found there. */
function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const [top, index] = issue.path;
  const found = shown(valueAt(root, issue.path));
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `Unknown key ${keys} in the mapping profile (expected ${KEYS.join(', ')}).`;
  }
  switch (top) {
    case undefined:
      return `A mapping profile is a JSON object; this holds ${found}.`;
    case 'quarterdeckMapping':
      return found === 'nothing'
        ? `This is not a Quarterdeck mapping profile: it has no "quarterdeckMapping": ${MAPPING_PROFILE_VERSION}.`
        : `Mapping profile version ${found} is not supported; this version of Quarterdeck reads "quarterdeckMapping": ${MAPPING_PROFILE_VERSION}.`;
    case 'name':
      return `"name" must be non-empty text naming the profile, got ${found}.`;
    case 'kind':
      return `Unknown kind ${found}; expected one of ${RECORD_KINDS.join(', ')}.`;
    case 'headers':
      return index === undefined
        ? `"headers" must be a non-empty list of the file's column headers, got ${found}.`
        : `"headers[${String(index)}]" must be a column header (text), got ${found}.`;
    case 'mapping':
      return index === undefined
        ? `"mapping" must be an object of canonical field → column header, got ${found}.`
        : `"mapping.${String(index)}" must be a column header (text), got ${found}.`;
    case 'dateOrder':
      return `"dateOrder" must be "mdy" (month first) or "dmy" (day first), got ${found}.`;
    default:
      return `${String(top)}: ${issue.message}`;
  }
}

/** Checks order: a wrong version or kind explains everything after it, so it is named first. */
const ISSUE_PRIORITY: readonly PropertyKey[] = ['quarterdeckMapping', 'kind'];

function firstIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  const rank = (issue: z.core.$ZodIssue): number => {
    if (issue.path.length === 0) return -1;
    const at = ISSUE_PRIORITY.indexOf(issue.path[0] ?? '');
    return at === -1 ? ISSUE_PRIORITY.length : at;
  };
  return [...issues].sort((a, b) => rank(a) - rank(b))[0];
}

const normalised = (header: string): string => header.trim().toLowerCase();

/** Checks what the schema cannot: every field belongs to the kind and every mapped column is a header. */
function mappingProblem(
  kind: RecordKind,
  headers: readonly string[],
  mapping: object,
): string | null {
  const fields = recordFields(kind).map(({ field }) => field);
  const known = new Set<string>(fields);
  const headerSet = new Set(headers.map(normalised));
  for (const [field, header] of Object.entries(mapping) as [string, string][]) {
    if (!known.has(field)) {
      return `"mapping" names a field ${kind} files do not have: "${field}" (${kind} fields: ${fields.join(', ')}).`;
    }
    if (!headerSet.has(normalised(header))) {
      return `"mapping.${field}" names the column ${JSON.stringify(header)}, which is not one of "headers".`;
    }
  }
  return null;
}

/** Whether JSON.parse's failure on a prefix only says the text stopped early. */
function endsEarly(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    return (
      /end of JSON input|Unterminated/.test(message) ||
      (at !== null && Number(at[1]) >= text.length)
    );
  }
}

/**
 * Where JSON text breaks, as `line L, column C`. Engines do not always say, so this finds the
 * shortest prefix that fails for a reason other than ending early: its last character is the culprit.
 */
function breakPoint(text: string): string {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (endsEarly(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  const lines = text.slice(0, bad - 1).split('\n');
  return `line ${lines.length}, column ${(lines[lines.length - 1] ?? '').length + 1}`;
}

/** The engine's reason without its own position or a quote of the whole text. */
function jsonReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/,? (?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/ (in JSON )?at position \d+.*$/s, '');
}

/** Reads a mapping profile from its JSON text, never throwing; errors say what is wrong and where. */
export function parseMappingProfile(text: string): ParseMappingProfileResult {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (error) {
    if (body.trim() === '') return { ok: false, error: 'This mapping profile is empty.' };
    const where = endsEarly(body) ? 'at the end of the file' : `at ${breakPoint(body)}`;
    return { ok: false, error: `This mapping profile is not JSON: ${jsonReason(error)} ${where}.` };
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error.issues);
    return {
      ok: false,
      error: issue === undefined ? parsed.error.message : issueMessage(issue, json),
    };
  }
  const { data } = parsed;
  const problem = mappingProblem(data.kind, data.headers, data.mapping);
  if (problem !== null) return { ok: false, error: problem };
  return { ok: true, profile: data };
}

/** A profile as pretty JSON, keys and fields in a stable order, ending with a newline. */
export function serializeMappingProfile(profile: MappingProfile): string {
  const mapping: Record<string, string> = {};
  const entries = profile.mapping as Partial<Record<string, string>>;
  for (const { field } of recordFields(profile.kind)) {
    const header = entries[field];
    if (header !== undefined) mapping[field] = header;
  }
  const ordered: Record<string, unknown> = {
    quarterdeckMapping: MAPPING_PROFILE_VERSION,
    name: profile.name,
    kind: profile.kind,
    headers: profile.headers,
    mapping,
  };
  if (profile.dateOrder !== undefined) ordered.dateOrder = profile.dateOrder;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Whether a file's headers are the profile's: the same set, ignoring order, case and surrounding spaces. */
export function profileMatchesHeaders(
  profile: Pick<MappingProfile, 'headers'>,
  headers: readonly string[],
): boolean {
  const want = new Set(profile.headers.map(normalised));
  const have = new Set(headers.map(normalised));
  return want.size === have.size && [...want].every((header) => have.has(header));
}

/** The profile's mapping typed for `kind`, or `null` when the profile is for another kind. */
export function profileMappingFor<K extends RecordKind>(
  profile: MappingProfile,
  kind: K,
): KindMapping<K> | null {
  // A profile's fields were checked against its own kind when it was parsed or built.
  return profile.kind === kind ? (profile.mapping as KindMapping<K>) : null;
}
