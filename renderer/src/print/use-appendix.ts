import { useEffect, useRef, useState } from 'react';
import type { DrillError, DrillResult } from '../../../shared/drill';
import type { PrintLayout } from '../../../shared/print-options';
import {
  appendixTable,
  type AppendixEntry,
  type AppendixSlide,
} from '../../../shared/print-appendix';

/** Answers the records behind one figure: the report worker for the workspace, the page itself for the CLI. */
export type DrillSource = (path: string) => Promise<DrillResult | DrillError>;

/** One slide's part of the appendix: its figures' tables in slide order. */
export interface AppendixPart {
  slide: AppendixSlide;
  entries: AppendixEntry[];
}

/** The appendix: not asked for, still being drilled, or every table ready. */
export type AppendixState =
  { status: 'off' } | { status: 'loading' } | { status: 'ready'; parts: AppendixPart[] };

/**
 * Drills every figure of the printed slides once, when the appendix is asked for. Until every
 * answer is in, the state is `loading`, which keeps the print-ready marker off, so the PDF
 * never goes out with half an appendix.
 */
export function useAppendix(
  slides: readonly AppendixSlide[] | null,
  drill: DrillSource,
  layout: PrintLayout,
): AppendixState {
  const [parts, setParts] = useState<{
    for: readonly AppendixSlide[];
    parts: AppendixPart[];
  } | null>(null);
  // The latest source, read when drilling: a workspace's source is a new function on every
  // render, and drilling again for each would never finish.
  const source = useRef(drill);
  useEffect(() => {
    source.current = drill;
  }, [drill]);
  useEffect(() => {
    if (slides === null) return;
    let live = true;
    const load = async (): Promise<AppendixPart[]> => {
      const out: AppendixPart[] = [];
      // One figure at a time: the worker answers in order anyway, and the page stays responsive.
      for (const slide of slides) {
        const entries: AppendixEntry[] = [];
        for (const figure of slide.figures) {
          const result = await source
            .current(figure.ref.path)
            .catch((error: unknown): DrillError => ({
              ok: false,
              path: figure.ref.path,
              error: error instanceof Error ? error.message : String(error),
            }));
          entries.push(appendixTable(figure, result, layout));
        }
        out.push({ slide, entries });
      }
      return out;
    };
    void load().then((loaded) => {
      if (live) setParts({ for: slides, parts: loaded });
    });
    return () => {
      live = false;
    };
  }, [slides, layout]);
  if (slides === null) return { status: 'off' };
  if (parts === null || parts.for !== slides) return { status: 'loading' };
  return { status: 'ready', parts: parts.parts };
}
