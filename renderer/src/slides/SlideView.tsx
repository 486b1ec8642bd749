import type { CSSProperties, ReactNode } from 'react';
import type { SlideLook } from '../../../shared/brand';
import type { SlideKind } from '../../../shared/deck/deck-model';
import { DEMAND_SOURCE_COLORS } from '../../../shared/palette';
import { DEMAND_SOURCES } from '../../../shared/records';
import type { ComposedSlide, SlideFrame } from './compose-slides';
import { KeepTogether } from './KeepTogether';
import { ReadyNow } from './ReadyNow';
import { KpiTiles } from './KpiTiles';
import {
  BODY_HEIGHT,
  CONTENT_WIDTH,
  KPI_COLUMN_WIDTH,
  KPI_ROW_HEIGHT,
  ROW_GAP,
  SIDE_GAP,
  SLIDE_HEIGHT,
  SLIDE_WIDTH,
  headlineSize,
} from './slide-geometry';
import { SlideVisual } from './SlideVisual';
import './slides.css';

/** Props of one slide at its natural 1280 × 720 size. */
export interface SlideViewProps {
  slide: ComposedSlide;
  frame: SlideFrame;
  /** Called once the slide is fully drawn (its chart included), for the print-ready marker. */
  onReady?: () => void;
}

type Layout = 'title' | 'pivot' | 'kpi-top' | 'kpi-side' | 'full';

const LAYOUTS: Record<SlideKind, Layout> = {
  title: 'title',
  'landings-summary': 'kpi-top',
  'landings-by-source': 'kpi-side',
  influence: 'kpi-top',
  attribution: 'kpi-top',
  pivot: 'pivot',
  'created-by-source-segment': 'kpi-side',
  'forward-projection': 'kpi-side',
  'contribution-targets': 'kpi-top',
  'funnel-by-channel': 'kpi-top',
  'net-new-meetings': 'kpi-side',
  'accounts-and-channels': 'kpi-top',
  definitions: 'full',
  'data-notes': 'full',
  'section-divider': 'pivot',
  'free-text': 'full',
};

const noop = () => undefined;

/** The amber tag that marks every slide built from the generated sample. */
function SampleTag() {
  return (
    <span className="qd-sample-tag" data-testid="slide-sample-tag">
      Sample data
    </span>
  );
}

/** The company's logo, small: decorative beside the words, so read as "Logo" once. */
function BrandLogo({ src, place }: { src: string; place: 'title' | 'footer' }) {
  return (
    <img className={`qd-logo qd-logo--${place}`} src={src} alt="Logo" data-testid="slide-logo" />
  );
}

/** The slide root's custom properties: the brand's shades, which slides.css reads. */
function lookStyle(look: SlideLook): CSSProperties {
  return {
    '--qd-accent': look.accent,
    '--qd-accent-text': look.accentText,
    '--qd-accent-on-field': look.accentOnField,
    '--qd-tone-on-field': look.toneOnField,
    '--qd-field-glow': look.fieldGlow,
    '--qd-field-1': look.fieldStops[0],
    '--qd-field-2': look.fieldStops[1],
    '--qd-field-3': look.fieldStops[2],
  } as CSSProperties;
}

/** The body of a standard slide: tiles and the visual, laid out for the slide's kind. */
function StandardBody({
  slide,
  layout,
  theme,
  onReady,
}: {
  slide: ComposedSlide;
  layout: Layout;
  theme: SlideLook['theme'];
  onReady: () => void;
}) {
  const { visual, kpis } = slide.draft;
  if (!visual) return <ReadyNow onReady={onReady} />;
  // Without tiles (a slide drawn from half its records, or one not drawable yet) the visual takes the body.
  if (layout === 'kpi-top' && kpis.length > 0) {
    return (
      <div className="qd-body qd-body--stack">
        <div style={{ height: KPI_ROW_HEIGHT }}>
          <KpiTiles kpis={kpis} direction="row" />
        </div>
        <SlideVisual
          visual={visual}
          width={CONTENT_WIDTH}
          height={BODY_HEIGHT - KPI_ROW_HEIGHT - ROW_GAP}
          theme={theme}
          onReady={onReady}
        />
      </div>
    );
  }
  if (layout === 'kpi-side' && kpis.length > 0) {
    return (
      <div className="qd-body qd-body--side">
        <SlideVisual
          visual={visual}
          width={CONTENT_WIDTH - KPI_COLUMN_WIDTH - SIDE_GAP}
          height={BODY_HEIGHT}
          theme={theme}
          onReady={onReady}
        />
        <div style={{ width: KPI_COLUMN_WIDTH, height: BODY_HEIGHT }}>
          <KpiTiles kpis={kpis} direction="column" />
        </div>
      </div>
    );
  }
  return (
    <SlideVisual
      visual={visual}
      width={CONTENT_WIDTH}
      height={BODY_HEIGHT}
      theme={theme}
      onReady={onReady}
    />
  );
}

/** The footer every slide carries: product, period, as-of date, the definitions its figures rest on, and its number. */
function SlideFooter({ slide, frame }: { slide: ComposedSlide; frame: SlideFrame }) {
  return (
    <footer className="qd-foot">
      <span>
        {frame.look.logo !== null ? <BrandLogo src={frame.look.logo} place="footer" /> : null}
        <strong>Quarterdeck</strong> · {frame.periodLabel} · data as of {frame.asOfLabel}
        {(slide.draft.definitions ?? []).map((part) => ` · ${part}`).join('')}
      </span>
      <span className="qd-foot__number">
        {slide.number !== null
          ? `${slide.number} / ${frame.visibleCount}`
          : slide.state.hidden
            ? 'Hidden'
            : 'Not shown: no data'}
      </span>
    </footer>
  );
}

/** The palette's demand-source colours as a band: the deck's visual signature on the bookend slides. */
function SourceBand() {
  return (
    <div className="qd-band" aria-hidden="true">
      {DEMAND_SOURCES.map((s) => (
        <span key={s} style={{ background: DEMAND_SOURCE_COLORS[s] }} />
      ))}
    </div>
  );
}

/** One slide at 1280 × 720 CSS pixels, laid out for its kind. */
export function SlideView({ slide, frame, onReady = noop }: SlideViewProps) {
  const { kind } = slide.state;
  const layout = LAYOUTS[kind];
  const d = slide.draft;
  let content: ReactNode;
  if (layout === 'title') {
    content = (
      <>
        <div className="qd-kicker-row">
          <span className="qd-kicker">Quarterdeck · {frame.periodLabel}</span>
          <span className="qd-kicker-end">
            {frame.isSample ? <SampleTag /> : null}
            {frame.look.logo !== null ? <BrandLogo src={frame.look.logo} place="title" /> : null}
          </span>
        </div>
        <div className="qd-title-block">
          <h1 className="qd-title">{d.title}</h1>
          <p className="qd-title-headline">
            <KeepTogether text={slide.headline} />
          </p>
          {d.footnote ? <p className="qd-title-meta">{d.footnote}</p> : null}
        </div>
        <SourceBand />
        <ReadyNow onReady={onReady} />
      </>
    );
  } else if (layout === 'pivot') {
    content = (
      <>
        <div className="qd-kicker-row">
          <span className="qd-kicker">{d.title}</span>
          {frame.isSample ? <SampleTag /> : null}
        </div>
        <div className="qd-pivot-block">
          <h1 className="qd-pivot-headline">
            <KeepTogether text={slide.headline} />
          </h1>
          <KpiTiles kpis={d.kpis} direction="row" />
        </div>
        <ReadyNow onReady={onReady} />
      </>
    );
  } else {
    content = (
      <>
        <header className="qd-head">
          <div className="qd-kicker-row">
            <span className="qd-kicker">{d.title}</span>
            {frame.isSample ? <SampleTag /> : null}
          </div>
          <h1 className="qd-headline" style={{ fontSize: headlineSize(slide.headline) }}>
            <KeepTogether text={slide.headline} />
          </h1>
        </header>
        <StandardBody slide={slide} layout={layout} theme={frame.look.theme} onReady={onReady} />
        <p className="qd-footnote">{d.footnote ?? ''}</p>
      </>
    );
  }
  return (
    <section
      className={`qd-slide qd-slide--${layout}${frame.look.theme === 'dark' ? ' qd-slide--dark' : ''}${slide.unavailable === null ? '' : ' is-unavailable'}`}
      style={{ ...lookStyle(frame.look), width: SLIDE_WIDTH, height: SLIDE_HEIGHT }}
      data-testid="slide"
      data-kind={kind}
      data-unavailable={slide.unavailable === null ? undefined : 'true'}
    >
      {content}
      <SlideFooter slide={slide} frame={frame} />
    </section>
  );
}
