import { describe, expect, it } from 'vitest';
import { pullInOutliers } from '../../../../src/lib/explorer/graph/simulation';

const ring = (n: number, radius: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [radius * Math.cos((2 * Math.PI * i) / n), radius * Math.sin((2 * Math.PI * i) / n)]);

describe('pullInOutliers', () => {
  it('leaves a compact layout alone', () => {
    const points = [...ring(20, 100), ...ring(10, 50)];
    expect(pullInOutliers(points)).toEqual(points);
  });

  it('brings a far, disconnected pair closer, keeping its direction and its order', () => {
    const main = [...ring(30, 100), ...ring(15, 40)];
    const [near, far] = [[0, 900] as [number, number], [0, 1200] as [number, number]];
    const pulled = pullInOutliers([...main, near, far]);
    const [pulledNear, pulledFar] = pulled.slice(-2);
    expect(pulled.slice(0, main.length)).toEqual(main);
    expect(pulledNear[0]).toBeCloseTo(0);
    expect(pulledNear[1]).toBeGreaterThan(100);
    expect(pulledNear[1]).toBeLessThan(500);
    expect(pulledFar[1]).toBeGreaterThan(pulledNear[1]);
  });

  it('copes with tiny graphs', () => {
    expect(pullInOutliers([[0, 0], [5000, 0]])).toEqual([[0, 0], [5000, 0]]);
  });
});
