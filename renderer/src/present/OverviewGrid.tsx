import { useEffect, useRef } from 'react';
import type { ComposedSlide, SlideFrame } from '../slides/compose-slides';
import { SlideCanvas } from '../slides/SlideCanvas';
import { overviewColumns } from './use-show';

/** Props of the overview: every shown slide, the one on screen and the one highlighted. */
export interface OverviewGridProps {
  slides: readonly ComposedSlide[];
  frame: SlideFrame;
  current: number;
  selected: number;
  onPick: (index: number) => void;
  onHighlight: (index: number) => void;
  onClose: () => void;
}

/**
 * Thumbnails of every shown slide over the show: arrows move the highlight and Enter goes
 * there (keys are handled by useShow), a click goes at once.
 */
export function OverviewGrid({
  slides,
  frame,
  current,
  selected,
  onPick,
  onHighlight,
  onClose,
}: OverviewGridProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Keep the highlighted slide in view when the deck is longer than a screen.
    const item = list.current?.children[selected];
    if (item instanceof HTMLElement) item.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <div
      className="qd-overview"
      role="dialog"
      aria-modal="true"
      aria-label="Overview of every slide"
      data-testid="overview"
      onClick={(event) => event.stopPropagation()}
    >
      <div className="qd-overview__head">
        <h2 className="qd-overview__title">All slides</h2>
        <span className="qd-overview__hint">Arrows to choose · Enter to go · Esc to close</span>
        <button type="button" className="qd-show-btn" onClick={onClose}>
          Close overview
        </button>
      </div>
      <ol
        ref={list}
        className="qd-overview__grid"
        style={{ gridTemplateColumns: `repeat(${overviewColumns(slides.length)}, minmax(0, 1fr))` }}
      >
        {slides.map((slide, i) => (
          <li key={slide.state.id}>
            <button
              type="button"
              className={`qd-overview__item${i === selected ? ' is-selected' : ''}${i === current ? ' is-current' : ''}`}
              data-testid="overview-slide"
              aria-current={i === current ? 'true' : undefined}
              aria-label={`Slide ${i + 1}: ${slide.headline}`}
              onMouseEnter={() => onHighlight(i)}
              onFocus={() => onHighlight(i)}
              onClick={() => onPick(i)}
            >
              <span className="qd-overview__thumb" aria-hidden="true">
                <SlideCanvas slide={slide} frame={frame} fit="contain" />
              </span>
              <span className="qd-overview__label">
                <span className="qd-overview__number">{i + 1}</span>
                <span className="qd-overview__headline">{slide.headline}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
