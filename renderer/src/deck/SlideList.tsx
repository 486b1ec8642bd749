import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { ComposedSlide, SlideFrame } from '../slides/compose-slides';
import { SlideThumb } from './SlideThumb';

/** Props of the sortable slide list. */
export interface SlideListProps {
  slides: ComposedSlide[];
  frame: SlideFrame;
  selectedId: string;
  warnedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
  onToggleHidden: (id: string) => void;
}

/** The deck's slides as thumbnails: drag, keyboard (space, arrows, space) or the buttons reorder them. */
export function SlideList({
  slides,
  frame,
  selectedId,
  warnedIds,
  onSelect,
  onMove,
  onToggleHidden,
}: SlideListProps) {
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click still selects.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = slides.map((s) => s.state.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="qd-thumbs" aria-label="Slides">
          {slides.map((slide, i) => (
            <SlideThumb
              key={slide.state.id}
              slide={slide}
              frame={frame}
              position={i}
              count={slides.length}
              selected={slide.state.id === selectedId}
              warned={warnedIds.has(slide.state.id)}
              onSelect={() => onSelect(slide.state.id)}
              onMove={(to) => onMove(slide.state.id, to)}
              onToggleHidden={() => onToggleHidden(slide.state.id)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
