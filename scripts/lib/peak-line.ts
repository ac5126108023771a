/** The line report-peak.ts prints and bench:graph reads: kept apart so reading it does not install the hook. */
export const PEAK_PREFIX = 'bench-peak-rss-kb ';
