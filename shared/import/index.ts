/** The importer: CSV bytes of any record kind in, canonical records and an import summary out. */
export { importOpportunities } from './import-opportunities';
export { proposeMapping } from './detect';
export { MAPPABLE_FIELDS } from './fields';
export type { MappableField } from './fields';
export { DEFAULT_STAGE_RULES, statusFromStage } from './status';
export {
  importRecords,
  proposeRecordMapping,
  recordFields,
  recordRequirements,
} from './import-records';
export type { RecordField } from './import-records';
export { RECORD_KINDS } from './kinds';
export { detectFileKind, detectRecordKind, readHeaders, scoreRecordKinds } from './detect-kind';
export type { KindScore } from './detect-kind';
export { TARGETS_CSV_TEMPLATE } from './targets-template';
export { settleCurrencies } from './settle-currencies';
export type { SettledCurrencies } from './settle-currencies';
export type * from './types';
