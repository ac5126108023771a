import { describe, expect, it } from 'vitest';
import { isArrowKey, neighbourInDirection } from '../../../../src/lib/explorer/graph/keyboard-nav';

const centre = { x: 0, y: 0 };
const around = [
  { id: 'east', x: 10, y: 1 },
  { id: 'west', x: -10, y: 0 },
  { id: 'north', x: 0, y: -10 },
  { id: 'south', x: 1, y: 10 }
];

describe('neighbourInDirection', () => {
  it('picks the neighbour lying in each arrow direction (screen y grows downwards)', () => {
    expect(neighbourInDirection(centre, around, 'ArrowRight')).toBe('east');
    expect(neighbourInDirection(centre, around, 'ArrowLeft')).toBe('west');
    expect(neighbourInDirection(centre, around, 'ArrowUp')).toBe('north');
    expect(neighbourInDirection(centre, around, 'ArrowDown')).toBe('south');
  });

  it('prefers a node straight ahead to a nearer one far off the axis', () => {
    const candidates = [
      { id: 'diagonal', x: 5, y: 7 },
      { id: 'ahead', x: 9, y: 0 }
    ];
    expect(neighbourInDirection(centre, candidates, 'ArrowRight')).toBe('ahead');
  });

  it('prefers the nearer of two nodes in the same direction', () => {
    expect(neighbourInDirection(centre, [{ id: 'far', x: 30, y: 0 }, { id: 'near', x: 8, y: 0 }], 'ArrowRight')).toBe('near');
  });

  it('answers null when nothing lies that way, or the only candidate is on the node itself', () => {
    expect(neighbourInDirection(centre, [{ id: 'west', x: -5, y: 0 }], 'ArrowRight')).toBeNull();
    expect(neighbourInDirection(centre, [{ id: 'same', x: 0, y: 0 }], 'ArrowUp')).toBeNull();
    expect(neighbourInDirection(centre, [], 'ArrowDown')).toBeNull();
  });

  it('breaks ties by id, so the same picture always gives the same answer', () => {
    expect(neighbourInDirection(centre, [{ id: 'b', x: 0, y: 5 }, { id: 'a', x: 0, y: 5 }], 'ArrowDown')).toBe('a');
  });
});

describe('isArrowKey', () => {
  it('knows the four arrows and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].every(isArrowKey)).toBe(true);
    expect(isArrowKey('Enter')).toBe(false);
  });
});
