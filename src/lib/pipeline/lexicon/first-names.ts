/**
 * First names, to tell "Bertrand Duperrin" (a person) from "Harris Interactive" (an organisation).
 *
 * Faker's French and English locale data (about 3,900 names) plus the common names it lacks. Each locale is
 * imported through its own entry point (`@faker-js/faker/locale/fr`), which loads that locale, English and the
 * base data (about 4 MB of heap) where the package root would load all seventy locales in Node.
 * English names that fold to a French stopword ("Deja" ~ "déjà", "Beau", "Juste") are left out: a sentence
 * starting "Déjà la télévision…" must not read as a person.
 */
import { faker as fakerEn } from '@faker-js/faker/locale/en';
import { faker as fakerFr } from '@faker-js/faker/locale/fr';
import { FRENCH_STOPWORDS } from './stopwords-fr';

/** Common in French business and press writing, missing from faker's fr/en lists (checked accent-insensitively). */
const MISSING_FIRST_NAMES = [
  // French
  'Fabienne', 'Yann', 'Yannick', 'Mathieu', 'Franck', 'Rémy', 'Aurélien', 'Gaëlle', 'Maëlle', 'Loïc', 'Ghislaine',
  'Jocelyne', 'Josiane', 'Colette', 'Hadrien', 'Erwan', 'Gwenaël', 'Solène', 'Thibaut', 'Marie-Christine', 'Marie-Hélène', 'Pierre-Yves', 'Jean-Baptiste', 'Anne-Sophie', 'Manu',
  // Public figures of the tech industry the corpus' genre cites.
  'Satya', 'Sundar', 'Elon', 'Sergey', 'Ginni', 'Reed'
];

function namesOf(definitions: typeof fakerFr.rawDefinitions): string[] {
  const firstName = definitions.person?.first_name;
  return [...(firstName?.generic ?? []), ...(firstName?.female ?? []), ...(firstName?.male ?? [])];
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const STOPWORDS_FOLDED = new Set(FRENCH_STOPWORDS.map(fold));

export const FIRST_NAMES: readonly string[] = Object.freeze(
  [...new Set([...namesOf(fakerFr.rawDefinitions), ...namesOf(fakerEn.rawDefinitions), ...MISSING_FIRST_NAMES])]
    .filter((name) => !STOPWORDS_FOLDED.has(fold(name)))
    .sort()
);
