/**
 * Curation: how a person corrects the graph without code (`graph-data/corpus/curation.json`, or any corpus folder's `curation.json`).
 * See `graph-data/README.md` for the file format and the order corrections apply in.
 */
export { CURATED_TYPES, CURATION_SECTIONS, CurationSchema } from './schema';
export type { CuratedType, Curation } from './schema';
export { CurationError, DEFAULT_CURATION_SOURCE, parseCuration } from './parse-curation';
export { curationJsonSchema, curationJsonSchemaText } from './json-schema';
export { applyCuration } from './apply-curation';
export { curateClusters } from './curate-clusters';
export type { CurationResult } from './apply-curation';
export { curatedTerms, excludedWords } from './curated-terms';
export type { CuratedTerm } from './curated-terms';
export { normalizeKey } from '../normalize-key';
