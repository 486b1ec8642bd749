/** The opportunities importer: CSV bytes in, canonical opportunities and an import summary out. */
export { importOpportunities } from './import-opportunities';
export { proposeMapping } from './detect';
export { MAPPABLE_FIELDS } from './fields';
export type { MappableField } from './fields';
export { DEFAULT_STAGE_RULES, statusFromStage } from './status';
export type * from './types';
