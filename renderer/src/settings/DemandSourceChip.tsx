import { DEMAND_SOURCE_LABELS } from '../../../shared/palette';
import type { DemandSource } from '../../../shared/records';

/** A demand source as a coloured chip, in the palette every chart and slide uses. */
export function DemandSourceChip({ source }: { source: DemandSource }) {
  return <span className={`chip chip--${source}`}>{DEMAND_SOURCE_LABELS[source]}</span>;
}
