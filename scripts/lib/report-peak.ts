/**
 * Preloaded (--import) into a benchmarked process: prints its peak resident memory to stderr as it exits, so a
 * benchmark can measure a command that ends with process.exit() and was not written to report anything.
 */
import { writeSync } from 'node:fs';
import { PEAK_PREFIX } from './peak-line';

process.on('exit', () => writeSync(2, `\n${PEAK_PREFIX}${process.resourceUsage().maxRSS}\n`));
