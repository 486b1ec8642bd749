import { useEffect, useId, useRef, useState } from 'react';
import { TEMPLATE_IDS, type TemplateId } from '../../../shared/deck/deck-model';
import { TEMPLATES } from '../../../shared/deck/templates';

/** Props of the dialog that starts a deck for a forum. */
export interface NewDeckDialogProps {
  onCreate: (template: TemplateId, name: string) => void;
  onClose: () => void;
}

/**
 * Choose the forum (each template says what its deck leads with) and a name, in a native modal
 * `<dialog>`: focus stays inside, Esc closes it, Enter in the name field creates the deck.
 */
export function NewDeckDialog({ onCreate, onClose }: NewDeckDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [template, setTemplate] = useState<TemplateId>('mbr');
  const [name, setName] = useState(TEMPLATES.mbr.name);
  const [named, setNamed] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="qd-deck-dialog"
      aria-labelledby={titleId}
      data-testid="new-deck-dialog"
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onCreate(template, name);
        }}
      >
        <h2 id={titleId} className="qd-deck-dialog__title">
          New deck
        </h2>
        <fieldset className="qd-template-choice">
          <legend className="field__label">Which forum is it for?</legend>
          {TEMPLATE_IDS.map((id) => (
            <label
              key={id}
              className={`qd-template-option${template === id ? ' is-chosen' : ''}`}
              data-testid={`template-${id}`}
            >
              <input
                type="radio"
                name="template"
                value={id}
                checked={template === id}
                onChange={() => {
                  setTemplate(id);
                  // The name follows the forum until the user writes their own.
                  if (!named) setName(TEMPLATES[id].name);
                }}
              />
              <span className="qd-template-option__name">{TEMPLATES[id].name}</span>
              <span className="qd-template-option__text">{TEMPLATES[id].description}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${titleId}-name`}>
            Name
          </label>
          <input
            id={`${titleId}-name`}
            className="input"
            value={name}
            data-testid="new-deck-name"
            onChange={(e) => {
              setName(e.target.value);
              setNamed(true);
            }}
          />
        </div>
        <div className="qd-deck-dialog__actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn--primary" data-testid="create-deck">
            Create deck
          </button>
        </div>
      </form>
    </dialog>
  );
}
