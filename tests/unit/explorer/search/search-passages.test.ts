import { describe, expect, it } from 'vitest';
import { foldPassage, searchPassages } from '../../../../src/lib/explorer/search/search-passages';
import type { Passage } from '../../../../src/lib/graph/schema';

const passage = (id: string, text: string): Passage => ({ id, document: 'd', paragraph: 0, start: 0, text });
const corpus = [
  passage('p0', 'Chez Toyota Belgique, le DRH avait pour titre « Directeur de la satisfaction client ».'),
  passage('p1', 'Le Manifeste de l’Œuvre : l’expérience employé d’abord.'),
  passage('p2', 'Les DRHs et les drh : deux fois.')
].map(foldPassage);
const found = (query: string) => searchPassages(corpus, query).map((hit) => ({ id: hit.passage.id, texts: hit.matches.map((m) => hit.passage.text.slice(m.start, m.end)) }));

describe('searchPassages', () => {
  it.each([
    { query: 'DRH', expected: [{ id: 'p0', texts: ['DRH'] }, { id: 'p2', texts: ['DRH', 'drh'] }] },
    { query: 'manifeste', expected: [{ id: 'p1', texts: ['Manifeste'] }] },
    // Accents, ligatures and elisions: "oeuvre" finds "l’Œuvre", "experience" finds "l’expérience".
    { query: 'oeuvre', expected: [{ id: 'p1', texts: ['Œuvre'] }] },
    { query: 'experience employe', expected: [{ id: 'p1', texts: ['expérience employé'] }] },
    // Only at the start of a word: "rh" is not found inside "DRH".
    { query: 'rh', expected: [] },
    { query: 'd', expected: [] }
  ])('"$query"', ({ query, expected }) => {
    expect(found(query)).toEqual(expected);
  });
});
