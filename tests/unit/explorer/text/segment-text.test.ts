import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../src/lib/explorer/text/segment-text';

const TEXT = 'Il n’y aura pas d’expérience client sans expérience employé.';
const at = (surface: string, from = 0) => [TEXT.indexOf(surface, from), TEXT.indexOf(surface, from) + surface.length] as const;

describe('segmentText', () => {
  it('returns the whole text as one plain segment without spans', () => {
    expect(segmentText(TEXT, [])).toEqual([{ text: TEXT, start: 0, ids: [] }]);
  });

  it('cuts around a mention after an elision', () => {
    const [start, end] = at('expérience client');
    const segments = segmentText(TEXT, [{ start, end, id: 'ec' }]);
    expect(segments.map((s) => [s.text, s.ids])).toEqual([
      ['Il n’y aura pas d’', []],
      ['expérience client', ['ec']],
      [' sans expérience employé.', []]
    ]);
  });

  it('lists every span over overlapping mentions', () => {
    const [start, end] = at('expérience client');
    const segments = segmentText(TEXT, [
      { start, end, id: 'ec' },
      { start, end: start + 'expérience'.length, id: 'exp' }
    ]);
    expect(segments.filter((s) => s.ids.length).map((s) => [s.text, s.ids])).toEqual([
      ['expérience', ['ec', 'exp']],
      [' client', ['ec']]
    ]);
  });

  it('merges adjacent spans of the same node and keeps text intact', () => {
    const segments = segmentText('abcdef', [
      { start: 1, end: 3, id: 'x' },
      { start: 3, end: 5, id: 'x' }
    ]);
    expect(segments.map((s) => s.text)).toEqual(['a', 'bcde', 'f']);
  });

  it.each([
    { name: 'empty', span: { start: 4, end: 4, id: 'x' } },
    { name: 'inverted', span: { start: 6, end: 2, id: 'x' } },
    { name: 'beyond the end', span: { start: 500, end: 600, id: 'x' } }
  ])('ignores an $name span', ({ span }) => {
    expect(segmentText(TEXT, [span])).toEqual([{ text: TEXT, start: 0, ids: [] }]);
  });

  it('keeps markup-looking text as text', () => {
    const text = 'voir <script>alert(1)</script> ici';
    const segments = segmentText(text, [{ start: 5, end: 13, id: 'tag' }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[1]).toEqual({ text: '<script>', start: 5, ids: ['tag'] });
  });
});
