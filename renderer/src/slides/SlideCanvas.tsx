import { useLayoutEffect, useRef, useState } from 'react';
import type { ComposedSlide, SlideFrame } from './compose-slides';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-geometry';
import { SlideView } from './SlideView';

/** Props of a scaled slide: how it fits its container (`none` keeps 1280 × 720, as print needs). */
export interface SlideCanvasProps {
  slide: ComposedSlide;
  frame: SlideFrame;
  fit: 'width' | 'contain' | 'none';
  onReady?: () => void;
}

/**
 * A slide laid out on its fixed 1280 × 720 stage and scaled with a CSS transform to fit
 * its container, so the editor, thumbnails and presenter show exactly what prints.
 */
export function SlideCanvas({ slide, frame, fit, onReady }: SlideCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(fit === 'none' ? 1 : 0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || fit === 'none') return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const byWidth = width / SLIDE_WIDTH;
      setScale(fit === 'width' ? byWidth : Math.min(byWidth, height / SLIDE_HEIGHT));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fit]);
  const stage = (
    <div
      className="qd-stage"
      style={{
        width: SLIDE_WIDTH,
        height: SLIDE_HEIGHT,
        transform: fit === 'none' ? undefined : `scale(${scale})`,
        transformOrigin: 'top left',
      }}
    >
      <SlideView slide={slide} frame={frame} onReady={onReady} />
    </div>
  );
  if (fit === 'none') return stage;
  return (
    <div
      ref={box}
      className={`qd-canvas qd-canvas--${fit}`}
      style={fit === 'width' ? { height: SLIDE_HEIGHT * scale } : undefined}
    >
      <div
        className="qd-canvas__frame"
        style={{ width: SLIDE_WIDTH * scale, height: SLIDE_HEIGHT * scale }}
      >
        {scale > 0 ? stage : null}
      </div>
    </div>
  );
}
