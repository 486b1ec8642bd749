import type { FieldOfKind, RecordKind, RecordOfKind } from '../types';
import type { KindDefinition } from '../kind-definition';
import { ACCOUNTS } from './accounts';
import { LEADS } from './leads';
import { MEETINGS } from './meetings';
import { OPPORTUNITIES } from './opportunities';
import { SPEND } from './spend';
import { TARGET_ACCOUNTS } from './target-accounts';
import { TARGETS } from './targets';
import { TOUCHPOINTS } from './touchpoints';

/** The definition of every record kind, in the order detection prefers them on a tie. */
export const KIND_DEFINITIONS: {
  [K in RecordKind]: KindDefinition<RecordOfKind[K], FieldOfKind[K]>;
} = {
  opportunities: OPPORTUNITIES,
  leads: LEADS,
  touchpoints: TOUCHPOINTS,
  meetings: MEETINGS,
  accounts: ACCOUNTS,
  'target-accounts': TARGET_ACCOUNTS,
  spend: SPEND,
  targets: TARGETS,
};

/** Every record kind, in the order the CLI and the import screen list them. */
export const RECORD_KINDS: readonly RecordKind[] = [
  'opportunities',
  'leads',
  'touchpoints',
  'meetings',
  'accounts',
  'target-accounts',
  'spend',
  'targets',
];
