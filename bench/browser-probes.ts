import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Installed before the app loads: records the longest main-thread task the browser reports. */
export const LONG_TASK_PROBE = `
  window.__longestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longestTask = Math.max(window.__longestTask, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
`;

/** The longest main-thread task since the page loaded (0 when none passed 50 ms), then resets it. */
export async function takeLongestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __longestTask: number };
    const longest = w.__longestTask;
    w.__longestTask = 0;
    return longest;
  });
}

/** Resident memory of every Chromium process now, in bytes (main thread and workers included). */
export function chromiumRss(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmd = readFileSync(join('/proc', pid, 'cmdline'), 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer')) continue;
      const status = readFileSync(join('/proc', pid, 'status'), 'utf8');
      const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      if (kb !== undefined) total += Number(kb) * 1024;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** Samples a figure every `ms` until stopped; `stop` resolves to the peak seen. */
export function samplePeak(read: () => Promise<number> | number, ms = 200): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        peak = Math.max(peak, await read());
      } catch {
        // The page may be navigating; the next sample counts.
      }
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}
