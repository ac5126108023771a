/**
 * The machine's state beside a benchmark's figures: times on a shared 2-core machine move with its load, so a
 * figure read without the load beside it cannot be compared with another run's.
 */
import { availableParallelism, cpus, freemem, loadavg, totalmem } from 'node:os';

export function describeMachine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
  return `machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), load ${one} / ${five} / ${fifteen} (1, 5, 15 min), ${gib(freemem())} of ${gib(totalmem())} GiB free, Node ${process.version}`;
}
