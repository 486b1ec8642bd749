import type { VisualSpec } from '../../../shared/deck/slide-content';
import type { SlideTheme } from '../../../shared/settings';
import { ChartCanvas } from '../charts/ChartCanvas';
import { ChartLegend } from './ChartLegend';
import { ReadyNow } from './ReadyNow';
import { LEGEND_HEIGHT } from './slide-geometry';
import { SlideTable } from './SlideTable';

/** Props of a slide's visual: the spec, the box it must fill, and a callback once it is drawn. */
export interface SlideVisualProps {
  visual: VisualSpec;
  width: number;
  height: number;
  /** The slide's theme, which the chart's ticks, grid and labels are drawn for. */
  theme: SlideTheme;
  onReady: () => void;
}

/** A chart with its legend, a table, or a tasteful empty state — never an empty chart. */
export function SlideVisual({ visual, width, height, theme, onReady }: SlideVisualProps) {
  switch (visual.type) {
    case 'chart':
      return (
        <div className="qd-visual" style={{ width, height }}>
          <ChartLegend spec={visual} />
          <ChartCanvas
            spec={visual}
            width={width}
            height={height - LEGEND_HEIGHT}
            theme={theme}
            onRendered={onReady}
          />
        </div>
      );
    case 'table':
      return (
        <div className="qd-visual" style={{ width, height }}>
          <SlideTable spec={visual} />
          <ReadyNow onReady={onReady} />
        </div>
      );
    case 'text':
      return (
        <div className="qd-visual qd-text" style={{ width, height }} data-testid="slide-text">
          {visual.blocks.map((block, i) =>
            block.bullet ? (
              <p key={i} className="qd-text__bullet">
                {block.text}
              </p>
            ) : (
              <p key={i} className="qd-text__para">
                {block.text}
              </p>
            ),
          )}
          <ReadyNow onReady={onReady} />
        </div>
      );
    case 'empty':
      return (
        <div className="qd-visual qd-empty" style={{ width, height }} data-testid="slide-empty">
          <div className="qd-empty__bars" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
          <p>{visual.message}</p>
          <ReadyNow onReady={onReady} />
        </div>
      );
  }
}
