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

/**
 * Faker's other locales whose names are written in Latin script: Africa (af_ZA, en_GH, en_NG, fr_SN, yo_NG,
 * zu_ZA), South and South-East Asia (en_IN, en_NP, id_ID, vi), Turkey and Central Asia (tr, az, uz), and the
 * rest of Europe and the Americas. They let "Narendra Modi", "Aminata Touré" or "Recep Tayyip Erdoğan" be
 * people; French and English stay the core lists.
 */
const WORLD_LOCALES = await Promise.all([
  import('@faker-js/faker/locale/af_ZA'), import('@faker-js/faker/locale/az'), import('@faker-js/faker/locale/cs_CZ'),
  import('@faker-js/faker/locale/da'), import('@faker-js/faker/locale/de'), import('@faker-js/faker/locale/en_GH'),
  import('@faker-js/faker/locale/en_IN'), import('@faker-js/faker/locale/en_NG'), import('@faker-js/faker/locale/en_NP'),
  import('@faker-js/faker/locale/en_ZA'), import('@faker-js/faker/locale/es'), import('@faker-js/faker/locale/es_MX'),
  import('@faker-js/faker/locale/fi'), import('@faker-js/faker/locale/fr_SN'), import('@faker-js/faker/locale/hr'),
  import('@faker-js/faker/locale/hu'), import('@faker-js/faker/locale/id_ID'), import('@faker-js/faker/locale/it'),
  import('@faker-js/faker/locale/lv'), import('@faker-js/faker/locale/nb_NO'), import('@faker-js/faker/locale/nl'),
  import('@faker-js/faker/locale/pl'), import('@faker-js/faker/locale/pt_BR'), import('@faker-js/faker/locale/pt_PT'),
  import('@faker-js/faker/locale/ro'), import('@faker-js/faker/locale/sk'), import('@faker-js/faker/locale/sv'),
  import('@faker-js/faker/locale/tr'), import('@faker-js/faker/locale/uz_UZ_latin'), import('@faker-js/faker/locale/vi'),
  import('@faker-js/faker/locale/yo_NG'), import('@faker-js/faker/locale/zu_ZA')
]);

const LATIN_NAME = /^[\p{Script=Latin}’' -]+$/u;

/**
 * First names of the world beyond French and English. Those that are also French common words ("Son", "Mai")
 * are dropped where the lexicon is built (create-lexicon.ts), since only the lexicon knows them.
 */
export const WORLD_FIRST_NAMES: readonly string[] = Object.freeze(
  [...new Set(WORLD_LOCALES.flatMap(({ faker }) => namesOf(faker.rawDefinitions)))]
    .filter((name) => LATIN_NAME.test(name) && !STOPWORDS_FOLDED.has(fold(name)))
    .sort()
);

export const FIRST_NAMES: readonly string[] = Object.freeze(
  [...new Set([...namesOf(fakerFr.rawDefinitions), ...namesOf(fakerEn.rawDefinitions), ...MISSING_FIRST_NAMES])]
    .filter((name) => !STOPWORDS_FOLDED.has(fold(name)))
    .sort()
);
