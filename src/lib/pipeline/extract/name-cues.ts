/**
 * The words around and inside a capitalised name that tell what it names.
 *
 * Typing a bare capitalised name is the hard part of French entity extraction: most are surnames, some
 * brands, some places, some book titles. These lists are the cues a French reader uses; each is small,
 * general (not tuned to one corpus) and reviewed by hand. Comparisons go through `normalizeKey`, so accents
 * and case do not matter.
 */
import { normalizeKey } from '../normalize-key';

const keys = (words: string): ReadonlySet<string> => new Set(words.split('|').map(normalizeKey));

/** Words that make a name an organisation wherever they stand in it (Université Grenoble 3, TGV Lab). */
export const ORGANIZATION_WORDS = keys(
  'université|universite|university|école|ecole|school|groupe|group|lab|labs|laboratoire|éditions|editions|' +
    'institut|institute|académie|academy|association|fondation|foundation|agence|agency|banque|bank|' +
    'interactive|consulting|partners|inc|corp|corporation|sa|sas|sarl|gmbh|ltd|llc|média|médias|media|' +
    'management|chaire|atelier|company|ventures|assurances|mutuelle|' +
    'ministère|commission|parlement|fédération|federation|syndicat|cabinet|conseil|observatoire|centre|' +
    'center|club|collectif|studio|studios|presses|press|magazine|journal|télécom|telecom|airlines|motors'
);

/** Words just before a name that say an organisation follows ("chez Emakina", "le quotidien Le Monde"). */
export const ORGANIZATION_CUES = keys(
  'chez|société|entreprise|entreprises|groupe|quotidien|journal|hebdomadaire|magazine|revue|éditions|editions|' +
    'éditeur|cabinet|marque|marques|enseigne|start-up|startup|plateforme|plateformes|banque|assureur|' +
    'opérateur|constructeur|firme|compagnie|filiale|fabricant|distributeur|site|application|réseau'
);

/** Roles: not persons themselves, but a name next to them is a person and "role de X" makes X an organisation. */
export const ROLE_WORDS = keys(
  'pdg|président|présidente|directeur|directrice|dg|ceo|cto|cio|cmo|coo|cfo|drh|fondateur|fondatrice|' +
    'cofondateur|cofondatrice|co-fondateur|co-fondatrice|professeur|professeure|chercheur|chercheuse|' +
    'consultant|consultante|associé|associée|responsable|manager|leader|chef|économiste|sociologue|' +
    'philosophe|auteur|auteure|co-auteur|journaliste|analyste|expert|experte|fondateurs|dirigeant|dirigeante'
);

/** Honorifics before a person's name. */
export const HONORIFICS = keys('m.|m|mme|mme.|mlle|monsieur|madame|mademoiselle|dr|dr.|pr|pr.|docteur|maître|me');

/** Verbs after a bare name that make it a person who speaks or writes ("Dupont explique"). */
export const SPEECH_VERBS = keys(
  'explique|affirme|déclare|souligne|estime|rappelle|précise|raconte|écrit|dit|note|ajoute|constate|' +
    'observe|remarque|insiste|analyse|conclut|résume|confie|reconnaît|avoue|assure|pense|considère'
);

/** Words before a title-cased span that make it the title of a work, not a person ("dans Petite Poucette"). */
export const WORK_CUES = keys('livre|ouvrage|roman|essai|titre|intitulé|intitulée|in|film|émission|série|article|rapport');

/** Prepositions that, before a bare name, mostly introduce a place ("à Venise", "au Japon"). */
export const PLACE_PREPOSITIONS = keys('à|en|au|aux|vers|depuis');

/** Small words that may stand inside a name (Académie du Service, Editions de l’Aube, Le Monde). */
export const NAME_CONNECTORS = keys('de|du|des|d’|la|le|l’|les|&|von|van|der|den|di|da|del');

const wordKeys = new Map<string, string>();

/**
 * `normalizeKey` of one token, remembered: the same few thousand capitalised words and connectors are looked
 * at again and again across a corpus.
 */
export function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = normalizeKey(word);
    if (wordKeys.size < 100_000) wordKeys.set(word, key);
  }
  return key;
}

let countryKeys: ReadonlySet<string> | null = null;

/**
 * Country and region names in French and English, from the runtime's own CLDR data (Intl.DisplayNames),
 * so no list is kept here. "États-Unis", "Corée du Sud" and "Japan" are places, not organisations.
 */
export function isCountryName(name: string): boolean {
  if (!countryKeys) {
    const found = new Set<string>();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const language of ['fr', 'en']) {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      for (const a of letters) {
        for (const b of letters) {
          const display = names.of(a + b);
          if (!display) continue;
          found.add(normalizeKey(display));
          // "Corée du Sud" is also written "Corée"; keep the short name too.
          found.add(normalizeKey(display.replace(/\s+(du|de la|de l’|des)\s.*$/u, '')));
        }
      }
    }
    countryKeys = found;
  }
  return countryKeys.has(normalizeKey(name));
}
