import { useState } from 'react';
import type { DeckState, TemplateId } from '../../../shared/deck/deck-model';
import { duplicateDeck, renameDeck } from '../../../shared/deck/deck-updaters';
import { TEMPLATES, createDeckFromTemplate } from '../../../shared/deck/templates';
import { chooseDeck } from '../data/current-deck';
import { db } from '../data/db';
import { saveErrorMessage } from './save-error';
import { NewDeckDialog } from './NewDeckDialog';
import { InlineConfirm } from './InlineConfirm';
import './deck-bar.css';

/** Props of the bar that picks, creates, duplicates, renames and deletes decks. */
export interface DeckBarProps {
  deck: DeckState;
  decks: readonly DeckState[];
  /** Changes the open deck through the editor's own saving, so a rename is never overtaken. */
  onUpdate: (change: (deck: DeckState) => DeckState) => void;
}

/** A new deck id: unique without a counter, and readable in a backup. */
function newDeckId(): string {
  return `deck-${crypto.randomUUID()}`;
}

/**
 * The decks of the workspace: the open one's name and template, a list to open another, and
 * New, Duplicate, Rename and Delete. The last deck cannot be deleted: there is always one to edit.
 * Mount it keyed by the deck's id and name, so opening or renaming a deck starts it afresh.
 */
export function DeckBar({ deck, decks, onUpdate }: DeckBarProps) {
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(deck.name);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const store = (next: DeckState) =>
    db.decks.put(next).then(
      () => {
        setError(null);
        chooseDeck(next.id);
      },
      (e: unknown) => setError(saveErrorMessage(e)),
    );

  const create = (template: TemplateId, deckName: string) => {
    setCreating(false);
    void store(createDeckFromTemplate(template, newDeckId(), new Date().toISOString(), deckName));
  };

  const remove = () => {
    const next = decks.find((d) => d.id !== deck.id);
    if (!next) return;
    db.decks.delete(deck.id).then(
      () => {
        setError(null);
        chooseDeck(next.id);
      },
      (e: unknown) => setError(saveErrorMessage(e)),
    );
  };

  const template = TEMPLATES[deck.template];
  return (
    <div className="qd-deckbar" data-testid="deck-bar">
      <div className="qd-deckbar__pick">
        <label className="qd-deckbar__label" htmlFor="qd-deck-select">
          Deck
        </label>
        {renaming ? (
          <form
            className="qd-deckbar__rename"
            onSubmit={(event) => {
              event.preventDefault();
              onUpdate((d) => renameDeck(d, name));
              setRenaming(false);
            }}
          >
            <input
              className="input qd-deckbar__name"
              aria-label="Deck name"
              value={name}
              autoFocus
              data-testid="deck-name-input"
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setName(deck.name);
                  setRenaming(false);
                }
              }}
            />
            <button
              type="submit"
              className="btn btn--primary btn--sm"
              data-testid="deck-rename-save"
            >
              Save
            </button>
          </form>
        ) : (
          <select
            id="qd-deck-select"
            className="select select--sm qd-deckbar__select"
            value={deck.id}
            data-testid="deck-select"
            onChange={(e) => chooseDeck(e.target.value)}
          >
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name === TEMPLATES[d.template].name
                  ? d.name
                  : `${d.name} · ${TEMPLATES[d.template].name}`}
              </option>
            ))}
          </select>
        )}
        <span className="qd-deckbar__rule" data-testid="deck-template">
          <strong>{template.name}</strong> · {template.rule}
        </span>
      </div>
      <div className="qd-deckbar__actions">
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          data-testid="deck-new"
          onClick={() => setCreating(true)}
        >
          New deck
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          data-testid="deck-duplicate"
          onClick={() => void store(duplicateDeck(deck, newDeckId(), new Date().toISOString()))}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          data-testid="deck-rename"
          disabled={renaming}
          onClick={() => setRenaming(true)}
        >
          Rename
        </button>
        {confirmDelete ? (
          <InlineConfirm
            question={`Delete “${deck.name}”?`}
            confirmLabel="Delete"
            testId="deck-delete-confirm"
            onConfirm={remove}
            onCancel={() => setConfirmDelete(false)}
          />
        ) : (
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            data-testid="deck-delete"
            disabled={decks.length < 2}
            title={decks.length < 2 ? 'The last deck cannot be deleted.' : undefined}
            onClick={() => setConfirmDelete(true)}
          >
            Delete
          </button>
        )}
      </div>
      {error ? (
        <p className="field__error" role="alert" data-testid="deck-bar-error">
          {error}
        </p>
      ) : null}
      {creating ? <NewDeckDialog onCreate={create} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
