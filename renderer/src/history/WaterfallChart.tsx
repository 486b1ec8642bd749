import { useEffect, useRef, useState } from 'react';
import type { ChartConfiguration, Plugin } from 'chart.js';
import { Chart } from '../charts/register';
import { formatMoney } from '../../../shared/format';
import { LANDING_COLORS } from '../../../shared/palette';
import type { BridgeBar } from './compare-imports';

const TONE_COLORS: Record<BridgeBar['tone'], string> = {
  total: LANDING_COLORS.due,
  up: '#15803d',
  down: '#dc2626',
};
const GRID = '#e8edf3';
const TICK = '#475569';

/** Writes each bar's own amount (the total, or the signed step) above or below it. */
function barLabels(bars: readonly BridgeBar[], currency: string | null): Plugin<'bar'> {
  return {
    id: 'qdWaterfallLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = "600 12px 'Inter Variable', Inter, system-ui, sans-serif";
      ctx.fillStyle = '#0f172a';
      ctx.textAlign = 'center';
      meta.data.forEach((element, i) => {
        const bar = bars[i];
        if (!bar) return;
        const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as {
          x: number;
          y: number;
          base: number;
        };
        const sign = bar.tone === 'up' ? '+' : '';
        const text = `${sign}${formatMoney(bar.amount, currency)}`;
        const top = Math.min(y, base);
        ctx.textBaseline = 'bottom';
        ctx.fillText(text, x, top - 6);
      });
      ctx.restore();
    },
  };
}

/** The Chart.js configuration of the bridge: floating bars from each running total to the next. */
function waterfallConfig(
  bars: readonly BridgeBar[],
  currency: string | null,
): ChartConfiguration<'bar', [number, number][], string> {
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          label: 'Open pipeline due',
          data: bars.map((b) => [b.from, b.to]),
          backgroundColor: bars.map((b) => TONE_COLORS[b.tone]),
          borderWidth: 0,
          borderRadius: 4,
          borderSkipped: false,
          maxBarThickness: 72,
          barPercentage: 0.7,
          categoryPercentage: 0.85,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 24 } },
      scales: {
        x: {
          border: { display: false },
          grid: { display: false },
          ticks: { color: '#0f172a', font: { size: 13, weight: 550 } },
        },
        y: {
          beginAtZero: true,
          grace: '10%',
          border: { display: false },
          grid: { color: GRID, drawTicks: false },
          ticks: {
            color: TICK,
            padding: 8,
            maxTicksLimit: 6,
            callback: (v: string | number) => formatMoney(Number(v), currency),
          },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const bar = bars[item.dataIndex];
              if (!bar) return '';
              const sign = bar.tone === 'up' ? '+' : '';
              return `${sign}${formatMoney(bar.amount, currency)} · ${bar.count} deal${bar.count === 1 ? '' : 's'}`;
            },
          },
        },
      },
    },
    plugins: [barLabels(bars, currency)],
  };
}

/** The pipeline waterfall as floating bars: previous due, each step up or down, current due. */
export function WaterfallChart({
  bars,
  currency,
}: {
  bars: readonly BridgeBar[];
  currency: string | null;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let chart: Chart<'bar', [number, number][], string> | null = null;
    let cancelled = false;
    // Wait for web fonts, as the slides' charts do, so ticks and labels are drawn in Inter.
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      try {
        chart = new Chart(element, waterfallConfig(bars, currency));
      } catch (error) {
        setFailure(
          `The waterfall could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [bars, currency]);

  if (failure) {
    return (
      <p className="alert alert--danger" role="alert">
        {failure}
      </p>
    );
  }
  return (
    <div className="history-waterfall">
      <canvas
        ref={canvas}
        role="img"
        data-testid="history-waterfall-chart"
        aria-label={bars
          .map((b) => `${b.label} ${b.tone === 'up' ? '+' : ''}${formatMoney(b.amount, currency)}`)
          .join(', ')}
      />
    </div>
  );
}
