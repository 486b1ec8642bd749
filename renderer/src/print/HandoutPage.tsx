import type { ReactNode } from 'react';
import type { ComposedSlide } from '../../../shared/deck/compose-deck';
import { slideOutlineName } from '../../../shared/print-outline';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slides/slide-geometry';
import { HANDOUT_PAGE, HANDOUT_SIDE_MARGIN } from './print-page-css';

/** CSS pixels per inch, as print lays out. */
const PX_PER_INCH = 96;

/** The slide's scale on the handout: the full width between the page's side margins. */
export const HANDOUT_SLIDE_SCALE =
  ((HANDOUT_PAGE.width - 2 * HANDOUT_SIDE_MARGIN) * PX_PER_INCH) / SLIDE_WIDTH;

/** Props of one handout page: the slide (its canvas as children) and what the page says around it. */
export interface HandoutPageProps {
  slide: ComposedSlide;
  total: number;
  section: string;
  documentTitle: string;
  /** The section's h1 for the outline, on the first page of each act. */
  sectionHeading: ReactNode;
  children: ReactNode;
}

/** Speaker notes as paragraphs, one per line the presenter wrote. */
function Notes({ text }: { text: string }) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0)
    return <p className="handout-page__none">No speaker notes for this slide.</p>;
  return (
    <>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}

/**
 * A handout page: the deck's title and the slide's place at the top, the slide scaled to the
 * page's width, and its speaker notes under it, set to read on paper. Long notes run on to
 * the next page rather than being cut.
 */
export function HandoutPage({
  slide,
  total,
  section,
  documentTitle,
  sectionHeading,
  children,
}: HandoutPageProps) {
  return (
    <article className="handout-page" data-testid="handout-page">
      {sectionHeading}
      <header className="handout-page__head" aria-hidden="true">
        <span className="handout-page__doc">{documentTitle}</span>
        <span>
          Slide {slide.number ?? '—'} of {total}
        </span>
      </header>
      <p className="handout-page__section" aria-hidden="true">
        {section}
      </p>
      <h2 className="handout-page__name">{slideOutlineName(slide)}</h2>
      <div
        className="handout-page__slide"
        style={{
          width: SLIDE_WIDTH * HANDOUT_SLIDE_SCALE,
          height: SLIDE_HEIGHT * HANDOUT_SLIDE_SCALE,
        }}
      >
        <div style={{ transform: `scale(${HANDOUT_SLIDE_SCALE})`, transformOrigin: 'top left' }}>
          {children}
        </div>
      </div>
      <section className="handout-page__notes" aria-label="Speaker notes">
        <p className="handout-page__label">Speaker notes</p>
        <Notes text={slide.notes} />
      </section>
    </article>
  );
}
