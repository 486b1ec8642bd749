/** The pipeline waterfall: what changed in a quarter's open pipeline between two imports. */
export { compareSnapshots } from './compare-snapshots';
export type { CompareSnapshotsOptions } from './compare-snapshots';
export { classifyMove, placementOf } from './classify';
export type { Placement } from './classify';
export { opportunityKey, salesforceChecksum } from './salesforce-id';
export { WATERFALL_STEPS } from './types';
export type {
  PipelineWaterfall,
  WaterfallDeal,
  WaterfallDirection,
  WaterfallEffect,
  WaterfallStep,
  WaterfallStepKind,
} from './types';
