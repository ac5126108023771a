/**
 * The pipeline's stages in the order `buildGraph` runs them, apart from it so a page can name them in its
 * progress bar without loading the pipeline itself.
 */
export const STAGES = ['ingest', 'segment', 'extract', 'resolve', 'link', 'cluster', 'layout', 'assemble'] as const;
export type Stage = (typeof STAGES)[number];
