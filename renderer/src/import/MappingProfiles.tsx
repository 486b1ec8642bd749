import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  MAPPING_PROFILE_VERSION,
  parseMappingProfile,
  serializeMappingProfile,
  type MappingProfile,
} from '../../../shared/import/mapping-profile';
import type { DateOrder, RecordKind } from '../../../shared/import/types';
import { downloadBlob } from '../backup/download';
import {
  deleteMappingProfile,
  listMappingProfiles,
  saveMappingProfile,
} from '../data/mapping-profiles';
import { UserText } from '../slides/UserText';
import { KIND_LABELS } from './labels';
import type { AnyMapping } from './use-import-run';

/** Props of the saved-mappings card: the mapping in effect and how to apply a profile. */
export interface MappingProfilesProps {
  /** The kind of file the mapping reads: profiles are saved and listed per kind. */
  kind: RecordKind;
  fileName: string;
  headers: readonly string[];
  mapping: AnyMapping;
  /** The day/month order the user chose, saved with the mapping. */
  dateOrder: DateOrder | undefined;
  /** Re-runs the import with a profile's mapping (an imported profile made for this file). */
  onApply: (profile: MappingProfile) => void;
}

/** A file name for an exported profile: its name in lower-case words. */
function profileFileName(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem === '' ? 'mapping' : stem}.quarterdeck-mapping.json`;
}

/** The file name without its extension, as a first suggestion for the profile's name. */
function suggestedName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').trim();
}

/**
 * Saved mappings: save the mapping in effect under a name (reused when a file with the same
 * headers comes back), export it as JSON, import one, and delete the ones no longer needed.
 */
export function MappingProfiles({
  kind,
  fileName,
  headers,
  mapping,
  dateOrder,
  onApply,
}: MappingProfilesProps) {
  const saved = useLiveQuery(() => listMappingProfiles(kind), [kind]) ?? [];
  const [name, setName] = useState(() => suggestedName(fileName));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // The mapping's fields are the kind's (the editor offers no others), so the pair is one profile.
  const current = (): MappingProfile => ({
    quarterdeckMapping: MAPPING_PROFILE_VERSION,
    name: name.trim() || suggestedName(fileName) || 'Mapping',
    kind,
    headers: [...headers],
    mapping,
    ...(dateOrder ? { dateOrder } : {}),
  });

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setMessage({ error: true, text: 'Give the mapping a name to save it.' });
      return;
    }
    try {
      await saveMappingProfile({ ...current(), name: trimmed });
      setMessage({
        error: false,
        text: `Saved “${trimmed}”: it will be used whenever a file with these columns is chosen.`,
      });
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  }

  function exportJson(): void {
    const profile = current();
    downloadBlob(
      new Blob([serializeMappingProfile(profile)], { type: 'application/json' }),
      profileFileName(profile.name),
    );
  }

  async function importJson(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseMappingProfile(await file.text());
    if (!parsed.ok) {
      setMessage({ error: true, text: `${file.name}: ${parsed.error}` });
      return;
    }
    const { profile } = parsed;
    if (profile.kind !== kind) {
      setMessage({
        error: true,
        text: `${file.name} is a mapping for ${KIND_LABELS[profile.kind].toLowerCase()} files, not ${KIND_LABELS[kind].toLowerCase()}. Change what this file holds above to use it.`,
      });
      return;
    }
    await saveMappingProfile(profile);
    const fits = Object.values(profile.mapping).every((header) =>
      headers.some((h) => h.trim().toLowerCase() === header.trim().toLowerCase()),
    );
    setMessage({
      error: false,
      text: fits
        ? `Imported and applied “${profile.name}”.`
        : `Imported “${profile.name}”; it will be used when a file with its columns is chosen.`,
    });
    if (fits) onApply(profile);
  }

  return (
    <section className="card" aria-labelledby="profiles-title" data-testid="mapping-profiles">
      <div className="card__header">
        <div className="card__title">
          <h2 id="profiles-title">Saved mappings</h2>
          <p>Save this mapping and it is used by itself when next month’s export comes in.</p>
        </div>
      </div>
      <div className="card__body">
        <form className="row mapping-profiles__form" onSubmit={(e) => void save(e)}>
          <label className="field__label" htmlFor="mapping-name">
            Name
          </label>
          <input
            id="mapping-name"
            className="input mapping-profiles__name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            data-testid="mapping-name"
          />
          <button type="submit" className="btn btn--secondary" data-testid="mapping-save">
            Save this mapping…
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={exportJson}
            data-testid="mapping-export"
          >
            Export mapping (JSON)
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => input.current?.click()}
            data-testid="mapping-import"
          >
            Import mapping (JSON)
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => void importJson(e)}
            data-testid="mapping-import-file"
          />
        </form>
        {message ? (
          <p
            className={message.error ? 'field__error' : 'muted'}
            role={message.error ? 'alert' : 'status'}
            data-testid="mapping-message"
          >
            <UserText value={message.text} max={400} />
          </p>
        ) : null}
        {saved.length > 0 ? (
          <ul className="mapping-profiles" data-testid="mapping-profile-list">
            {saved.map((profile) => (
              <li key={profile.name} className="row">
                <span>
                  <UserText value={profile.name} max={80} />{' '}
                  <span className="muted">({profile.headers.length} columns)</span>
                </span>
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  onClick={() => void deleteMappingProfile(profile.name)}
                  aria-label={`Delete the saved mapping ${profile.name}`}
                  data-testid="mapping-profile-delete"
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
