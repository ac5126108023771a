// Corrections made by clicking, as the curation.json the CLI reads.
import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../../src/lib/pipeline/curation';
import { toCuration, toCurationJson, type Correction } from '../../../src/lib/texts/corrections';

const corrections: Correction[] = [
  { kind: 'drop', node: 'concept:bureau', was: 'bureau' },
  { kind: 'merge', node: 'concept:atelier', was: 'atelier', into: 'concept:reparation-des-objets', intoLabel: 'réparation des objets' },
  { kind: 'rename', node: 'concept:economie-circulaire', was: 'économie circulaire', label: 'économie du « cercle »' },
  { kind: 'merge', node: 'person:c-dumas', was: 'C. Dumas', into: 'person:claire-dumas', intoLabel: 'Claire Dumas' },
  { kind: 'setType', node: 'concept:emmaus', was: 'Emmaüs', type: 'organization' },
  { kind: 'exclude', node: 'concept:lire-la-suite', was: 'lire la suite', word: 'lire la suite' },
  { kind: 'add', label: 'ressourcerie', type: 'concept' },
  { kind: 'setType', node: 'concept:claire', was: 'Claire', type: 'person' }
];

describe('toCuration', () => {
  it('groups corrections into curation sections by id, in the order made, without the labels kept for the list', () => {
    expect(toCuration(corrections)).toEqual({
      merge: [
        { from: ['concept:atelier'], into: 'concept:reparation-des-objets' },
        { from: ['person:c-dumas'], into: 'person:claire-dumas' }
      ],
      rename: [{ node: 'concept:economie-circulaire', label: 'économie du « cercle »' }],
      setType: [
        { node: 'concept:emmaus', type: 'organization' },
        { node: 'concept:claire', type: 'person' }
      ],
      add: [{ label: 'ressourcerie', type: 'concept' }],
      drop: ['concept:bureau'],
      exclude: ['lire la suite']
    });
  });

  it('leaves out the sections no correction uses', () => {
    expect(toCuration([{ kind: 'add', label: 'Emmaüs', type: 'organization' }])).toEqual({ add: [{ label: 'Emmaüs', type: 'organization' }] });
    expect(toCuration([{ kind: 'exclude', node: 'concept:bureau', was: 'bureau', word: 'bureau' }])).toEqual({ exclude: ['bureau'] });
    expect(toCuration([{ kind: 'setType', node: 'concept:bureau', was: 'bureau', type: 'organization' }])).toEqual({
      setType: [{ node: 'concept:bureau', type: 'organization' }]
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

describe('a group correction', () => {
  it('names the group by its member and carries only what changed', () => {
    expect(
      toCuration([
        { kind: 'cluster', member: 'concept:economie-circulaire', was: 'économie circulaire', name: 'Cercle vertueux' },
        { kind: 'cluster', member: 'concept:reemploi', was: 'réemploi', color: '#123456' }
      ])
    ).toEqual({ clusters: [{ member: 'concept:economie-circulaire', name: 'Cercle vertueux' }, { member: 'concept:reemploi', color: '#123456' }] });
  });
});
