// Corrections made by clicking, as the curation.json the CLI reads.
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../../src/lib/pipeline/curation';
import { toCuration, toCurationJson, type Correction } from '../../../src/lib/texts/corrections';

const corrections: Correction[] = [
  { kind: 'drop', node: 'concept:bureau', was: 'bureau' },
  { kind: 'merge', node: 'concept:atelier', was: 'atelier', into: 'concept:reparation-des-objets', intoLabel: 'réparation des objets' },
  { kind: 'rename', node: 'concept:economie-circulaire', was: 'économie circulaire', label: 'économie du « cercle »' },
  { kind: 'merge', node: 'person:c-dumas', was: 'C. Dumas', into: 'person:claire-dumas', intoLabel: 'Claire Dumas' }
];

describe('toCuration', () => {
  it('groups corrections into curation sections by id, in the order made, without the labels kept for the list', () => {
    expect(toCuration(corrections)).toEqual({
      merge: [
        { from: ['concept:atelier'], into: 'concept:reparation-des-objets' },
        { from: ['person:c-dumas'], into: 'person:claire-dumas' }
      ],
      rename: [{ node: 'concept:economie-circulaire', label: 'économie du « cercle »' }],
      drop: ['concept:bureau']
    });
  });

  it('is an empty curation when nothing was corrected', () => {
    expect(toCuration([])).toEqual({});
  });

  it('writes a curation.json the CLI parses back to the same curation', () => {
    const text = toCurationJson(corrections);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseCuration(JSON.parse(text))).toEqual(toCuration(corrections));
  });
});
