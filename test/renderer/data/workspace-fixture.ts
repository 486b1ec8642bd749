import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { MBR_DECK_ID, type DeckState } from '../../../shared/deck/deck-model';
import { moveSlide, setHeadline, setNotes, toggleHidden } from '../../../shared/deck/deck-updaters';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { DraftedSlide } from '../../../shared/deck/slide-content';
import { importOpportunities } from '../../../shared/import';
import type { ImportError, ImportResult, ImportSummary } from '../../../shared/import/types';
import type { Opportunity } from '../../../shared/records';
import { generateSampleOpportunitiesCsv } from '../../../shared/sample';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { isoDate, type IsoDate } from '../../../shared/units';
import type { ImportBatch, StoredOpportunity } from '../../../renderer/src/data/db';
import { buildReportState } from '../../../renderer/src/data/use-report';

/** The sample export as of 14 May 2026, imported like any file. */
export function sampleImport(): ImportResult {
  const sample = generateSampleOpportunitiesCsv({ anchorDate: isoDate('2026-05-14') });
  return importOpportunities(new TextEncoder().encode(sample.csv), { fileName: sample.fileName });
}

/**
 * An import row as schema versions 1–4 stored it: no kind (opportunities were the only one),
 * and a latest date only from version 3 on.
 */
export interface LegacyImportRow {
  id: string;
  fileName: string;
  importedAt: string;
  isSample: boolean;
  summary: ImportSummary;
  errors: ImportError[];
  dataAsOf?: IsoDate | null;
}

/** The import row and one row per opportunity that versions 1–4 stored for a confirmed import of `result`. */
export function storedRows(
  result: ImportResult,
  batchId: string,
): { batch: LegacyImportRow; opportunities: StoredOpportunity[] } {
  return {
    batch: {
      id: batchId,
      fileName: result.summary.fileName,
      importedAt: '2026-05-14T08:30:00.000Z',
      isSample: true,
      summary: result.summary,
      errors: result.errors,
    },
    opportunities: result.records.map((record) => ({ ...record, batchId })),
  };
}

/** Settings a real organisation would have changed: fiscal year from February, its own sources. */
export const CUSTOM_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  fiscalYearStartMonth: 2,
  useCrmProbability: true,
  demandSourceTable: { 'partner referral': 'channel', 'trade show': 'marketing' },
};

/** The MBR deck after a user's edits: a slide moved, one hidden, a headline and notes rewritten. */
export function editedDeck(): DeckState {
  let deck = createDefaultDeck(MBR_DECK_ID, '2026-05-14T08:31:00.000Z');
  deck = moveSlide(deck, 'landings-by-source', 1);
  deck = toggleHidden(deck, 'pivot');
  deck = setHeadline(deck, 'landings-summary', 'We landed the quarter — 97% of plan');
  deck = setNotes(deck, 'forward-projection', 'Stress the enterprise pipeline.');
  return { ...deck, updatedAt: '2026-05-14T08:40:00.000Z' };
}

/** Every drafted slide of `deck`, in deck order, from the report over a workspace's rows. */
export function draftDeck(
  deck: DeckState,
  batch: ImportBatch,
  opportunities: readonly Opportunity[],
  settings: Settings,
): DraftedSlide[] {
  const state = buildReportState({
    opportunities,
    settings,
    rejectedRows: batch.summary.rejected,
    isSample: batch.isSample,
    sourceLabel: batch.fileName,
    errors: batch.errors,
    summary: batch.summary,
  });
  if (state.status !== 'ready') throw new Error(`The report is ${state.status}`);
  return deck.slides.map((slide) => draftSlide(slide.kind, state.report, state.context));
}
