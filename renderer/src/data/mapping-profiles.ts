import type Dexie from 'dexie';
import { profileMatchesHeaders, type MappingProfile } from '../../../shared/import/mapping-profile';
import type { RecordKind } from '../../../shared/import/types';
import { db as appDb, type QuarterdeckDb } from './db';

/** The saved mapping profiles (declared in schema v4; not a typed property of QuarterdeckDb). */
export function mappingProfilesTable(database: QuarterdeckDb): Dexie.Table<MappingProfile, string> {
  return database.table<MappingProfile, string>('mappingProfiles');
}

/** Saves a profile under its name, replacing any profile of that name. */
export async function saveMappingProfile(
  profile: MappingProfile,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  const name = profile.name.trim();
  if (name === '') throw new Error('A saved mapping needs a name.');
  await mappingProfilesTable(database).put({ ...profile, name });
}

/** Every saved profile, or those of one kind, sorted by name. */
export async function listMappingProfiles(
  kind?: RecordKind,
  database: QuarterdeckDb = appDb,
): Promise<MappingProfile[]> {
  const all = await mappingProfilesTable(database).toArray();
  return all
    .filter((profile) => kind === undefined || profile.kind === kind)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Deletes the profile of that name (nothing happens when there is none). */
export async function deleteMappingProfile(
  name: string,
  database: QuarterdeckDb = appDb,
): Promise<void> {
  await mappingProfilesTable(database).delete(name);
}

/**
 * The saved profile of `kind` made for a file with these headers, or `null`. When several
 * match, the first by name wins, so the choice does not depend on the order they were saved.
 */
export async function findMappingProfile(
  kind: RecordKind,
  headers: readonly string[],
  database: QuarterdeckDb = appDb,
): Promise<MappingProfile | null> {
  const profiles = await listMappingProfiles(kind, database);
  return profiles.find((profile) => profileMatchesHeaders(profile, headers)) ?? null;
}
