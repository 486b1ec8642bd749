import { useId, useState } from 'react';
import { SLIDE_KINDS, SLIDE_KIND_NAMES, type SlideKind } from '../../../shared/deck/deck-model';

/** Props of the control that adds a slide after the selected one. */
export interface AddSlideProps {
  /** The selected slide's headline, so the control says where the new slide goes. */
  afterName: string;
  onAdd: (kind: SlideKind) => void;
}

/** The kinds in the order the menu offers them: the user's own slides first, then every figure. */
const OFFERED: readonly SlideKind[] = [
  'section-divider',
  'free-text',
  ...SLIDE_KINDS.filter((k) => k !== 'section-divider' && k !== 'free-text'),
];

/** Adds a slide of any kind (a divider, free text, or any figure slide) right after the selected one. */
export function AddSlide({ afterName, onAdd }: AddSlideProps) {
  const id = useId();
  const [kind, setKind] = useState<SlideKind>('section-divider');
  return (
    <div className="qd-add-slide" data-testid="add-slide">
      <label className="field__label" htmlFor={id}>
        Add a slide
      </label>
      <select
        id={id}
        className="select select--sm"
        value={kind}
        data-testid="add-slide-kind"
        onChange={(e) => {
          const chosen = OFFERED.find((k) => k === e.target.value);
          if (chosen) setKind(chosen);
        }}
      >
        {OFFERED.map((k) => (
          <option key={k} value={k}>
            {SLIDE_KIND_NAMES[k]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn--secondary btn--sm"
        data-testid="add-slide-button"
        title={`Adds it after “${afterName}”`}
        onClick={() => onAdd(kind)}
      >
        Add after the selected slide
      </button>
    </div>
  );
}
