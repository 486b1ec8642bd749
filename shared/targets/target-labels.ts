import { DEMAND_SOURCE_LABELS, SEGMENT_LABELS } from '../palette';
import type { TargetDemandSource, TargetKind, TargetSegment } from '../records';

/** How the targets table names each kind of target (metrics.md §9: pipeline is created, revenue landed). */
export const TARGET_KIND_LABELS: Record<TargetKind, string> = {
  pipeline: 'Pipeline created',
  revenue: 'Revenue won',
};

/** A target's demand source as the deck names it; `all` reads "All sources". */
export function targetSourceLabel(source: TargetDemandSource): string {
  return source === 'all' ? 'All sources' : DEMAND_SOURCE_LABELS[source];
}

/** A target's segment as the deck names it; `all` reads "All segments". */
export function targetSegmentLabel(segment: TargetSegment): string {
  return segment === 'all' ? 'All segments' : SEGMENT_LABELS[segment];
}
