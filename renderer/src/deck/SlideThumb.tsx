import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { SLIDE_KIND_NAMES } from '../../../shared/deck/deck-model';
import type { ComposedSlide, SlideFrame } from '../slides/compose-slides';
import { SlideCanvas } from '../slides/SlideCanvas';

/** Props of one thumbnail in the slide list. */
export interface SlideThumbProps {
  slide: ComposedSlide;
  frame: SlideFrame;
  position: number;
  count: number;
  selected: boolean;
  warned: boolean;
  onSelect: () => void;
  onMove: (toIndex: number) => void;
  onToggleHidden: () => void;
}

/** A draggable slide thumbnail with move up/down and hide/show controls. */
export function SlideThumb({
  slide,
  frame,
  position,
  count,
  selected,
  warned,
  onSelect,
  onMove,
  onToggleHidden,
}: SlideThumbProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: slide.state.id,
  });
  const name = SLIDE_KIND_NAMES[slide.state.kind];
  const hidden = slide.state.hidden;
  const { unavailable } = slide;
  return (
    <li
      ref={setNodeRef}
      className={`qd-thumb${selected ? ' is-selected' : ''}${hidden ? ' is-hidden' : ''}${unavailable === null ? '' : ' is-unavailable'}${isDragging ? ' is-dragging' : ''}${warned ? ' is-warned' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="slide-thumb"
      data-kind={slide.state.kind}
      data-hidden={hidden ? 'true' : 'false'}
      data-unavailable={unavailable === null ? 'false' : 'true'}
    >
      <div className="qd-thumb__top">
        <span className="qd-thumb__number">{slide.number ?? '–'}</span>
        <span className="qd-thumb__name">{name}</span>
        {warned ? (
          <span className="qd-thumb__warn" title="Out of storyline order">
            !
          </span>
        ) : null}
      </div>
      <div className="qd-thumb__frame">
        {/* The picture is decoration for sighted users; the button over it carries the name. */}
        <div className="qd-thumb__picture" aria-hidden="true">
          <SlideCanvas slide={slide} frame={frame} fit="width" />
        </div>
        <button
          type="button"
          {...attributes}
          {...listeners}
          className="qd-thumb__preview"
          onClick={onSelect}
          aria-label={`Select slide: ${name}.${unavailable === null ? '' : ` Not shown: ${unavailable}`} Drag, or press space then arrow keys, to reorder.`}
          aria-pressed={selected}
        />
      </div>
      {unavailable === null ? null : (
        <p className="qd-thumb__reason" data-testid="slide-unavailable">
          {unavailable}
        </p>
      )}
      <div className="qd-thumb__actions">
        <button
          type="button"
          className="qd-icon-btn"
          onClick={() => onMove(position - 1)}
          disabled={position === 0}
          aria-label={`Move ${name} up`}
          data-testid="move-up"
        >
          ↑
        </button>
        <button
          type="button"
          className="qd-icon-btn"
          onClick={() => onMove(position + 1)}
          disabled={position === count - 1}
          aria-label={`Move ${name} down`}
          data-testid="move-down"
        >
          ↓
        </button>
        <button
          type="button"
          className="qd-icon-btn qd-icon-btn--text"
          onClick={onToggleHidden}
          aria-pressed={hidden}
          data-testid="toggle-hidden"
        >
          {hidden ? 'Show' : 'Hide'}
        </button>
      </div>
    </li>
  );
}
