import { describe, expect, it } from 'vitest';
import { FILLER_NOUNS, FRENCH_STOPWORDS } from '../../../../src/lib/pipeline/lexicon/stopwords-fr';

const stopwords = new Set(FRENCH_STOPWORDS);

describe('FRENCH_STOPWORDS', () => {
  it.each(['faut', 'cela', 'ça', 'etc', 'le', 'de', 'aujourd’hui', "aujourd'hui", 'l’', "l'", 'qu’', 'jusqu’', 'déjà', 'également', 'chose', 'manière', 'fois', 'the'])(
    'has filler "%s"',
    (word) => {
      expect(stopwords.has(word)).toBe(true);
    }
  );

  it.each(['valeur', 'nouveau', 'nouveaux', 'nouvelle', 'personne', 'personnes', 'effet', 'état', 'retour', 'service', 'client', 'unique', 'ouverte', 'o|'])(
    'keeps content word "%s" out',
    (word) => {
      expect(stopwords.has(word)).toBe(false);
    }
  );

  it('lists every apostrophe word with both apostrophes', () => {
    const curly = FRENCH_STOPWORDS.filter((word) => word.includes('’'));
    expect(curly.length).toBeGreaterThan(10);
    expect(curly.filter((word) => !stopwords.has(word.replaceAll('’', "'")))).toEqual([]);
  });

  it('is sorted and without duplicates', () => {
    expect([...FRENCH_STOPWORDS]).toEqual([...stopwords].sort());
  });
});

describe('FILLER_NOUNS', () => {
  it.each(['chose', 'fait', 'manière', 'façon', 'cas', 'fois', 'part', 'sorte', 'point', 'exemple', 'moment', 'niveau'])('has "%s"', (word) => {
    expect(FILLER_NOUNS).toContain(word);
  });

  it.each(['valeur', 'client', 'expérience', 'usage'])('not "%s"', (word) => {
    expect(FILLER_NOUNS).not.toContain(word);
  });
});
