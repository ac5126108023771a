/**
 * Whether an adjective after a noun can be that noun's: French adjectives agree in gender and number with the
 * noun they qualify, so "béton soumises" (masculine singular, feminine plural) is no term, the adjective
 * belongs to a noun further back ("les piles en béton soumises à…"), while "taux d’intérêt américains" is a
 * term on its head "taux". Where the lexicon leaves gender or number open (invariable forms, unknown words)
 * anything agrees: the test only rejects what the lexicon rules out.
 */
import type { LexicalEntry, Lexicon } from '../types';

/** The gender and number pairs a form can have as one part of speech; null inside a pair means either. */
type Features = readonly (readonly [LexicalEntry['gender'], LexicalEntry['number']])[];

export type AgreementTest = (noun: string, adjective: string) => boolean;

export function createAgreementTest(lexicon: Lexicon): AgreementTest {
  const nouns = new Map<string, Features | null>();
  const adjectives = new Map<string, Features | null>();
  const featuresOf = (cache: Map<string, Features | null>, form: string, pos: LexicalEntry['pos']) => {
    let features = cache.get(form);
    if (features === undefined) {
      const readings = lexicon.entries(form).filter((entry) => entry.pos === pos);
      // A form the lexicon does not know in that role tells nothing against agreement.
      features = readings.length === 0 ? null : readings.map((entry) => [entry.gender, entry.number] as const);
      cache.set(form, features);
    }
    return features;
  };
  return (noun, adjective) => {
    const nounFeatures = featuresOf(nouns, noun.toLowerCase(), 'noun');
    const adjectiveFeatures = featuresOf(adjectives, adjective.toLowerCase(), 'adjective');
    if (nounFeatures === null || adjectiveFeatures === null) return true;
    return nounFeatures.some(([gender, number]) =>
      adjectiveFeatures.some(([otherGender, otherNumber]) => compatible(gender, otherGender) && compatible(number, otherNumber))
    );
  };
}

function compatible<T>(a: T | null, b: T | null): boolean {
  return a === null || b === null || a === b;
}
