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
    'center|club|collectif|studio|studios|presses|press|magazine|journal|télécom|telecom|airlines|motors|' +
    // Institutions, often written with one capital ("Conseil constitutionnel", "Cour des comptes").
    'société|caisse|cour|assemblée|tribunal|parti|sénat|comité|office|fonds|organisation|union|armée|musée|' +
    'orchestre|théâtre|hôpital|lycée|collège|compagnie|crédit|préfecture|mairie|gouvernement|société|' +
    'chambre|archives|bibliothèque|conservatoire|bureau|' +
    // Periodicals are cited as bodies: "la Revue française de gestion", "les Annales des ponts et chaussées".
    'revue|annales|cahiers|' +
    // Parties, movements and public bodies ("Rassemblement national", "Autorité de la concurrence"); not
    // "direction", since "sous la direction de Jean Dupont" names a person.
    'rassemblement|mouvement|front|alliance|ligue|régie|autorité|inspection|' +
    // English institutions, as reference lists cite them.
    'review|society|council|department|ministry|committee|board|trust|' +
    // What French company names open with ("Transports Mangin", "Chantiers de l’Atlantique"), and the AI labs'.
    'transports|laboratoires|établissements|ets|chantiers|industries|constructions|forges|aciéries|verreries|' +
    'papeteries|filatures|brasseries|ai'
);

/** Institution words that take lower-case words after them into the name: "Banque mondiale", "Cour des comptes". */
export const INSTITUTION_HEADS = keys(
  'banque|conseil|cour|assemblée|caisse|société|ministère|tribunal|parti|sénat|comité|office|fonds|organisation|' +
    'union|armée|haute|agence|commission|fédération|confédération|cour|institut|académie|école|université|' +
    'musée|bibliothèque|parlement|gouvernement|préfecture|mairie|mutuelle|compagnie|crédit|chambre|archives|' +
    'conservatoire|centre|observatoire|laboratoire|syndicat|confédération|rassemblement|mouvement|front|alliance|' +
    'ligue|association|fondation|collectif|régie|autorité|inspection|revue|annales|cahiers'
);

/** Words just before a name that say an organisation follows ("chez Emakina", "le quotidien Le Monde"). */
export const ORGANIZATION_CUES = keys(
  'chez|société|entreprise|entreprises|groupe|quotidien|journal|hebdomadaire|magazine|revue|éditions|editions|' +
    'éditeur|cabinet|marque|marques|enseigne|start-up|startup|plateforme|plateformes|banque|assureur|' +
    'opérateur|constructeur|firme|compagnie|filiale|fabricant|distributeur|site|application|réseau|' +
    'sociétés|groupes|quotidiens|journaux|hebdomadaires|magazines|revues|éditeurs|cabinets|enseignes|banques|' +
    'assureurs|opérateurs|constructeurs|firmes|compagnies|filiales|fabricants|distributeurs|sites|applications|' +
    'réseaux|start-ups|startups|géant|géants|concurrent|concurrents|rival|partenaire|partenaires|club|' +
    'parti|syndicat|association|fondation|institut|chaîne|radio|télévision|agence|laboratoire|ONG'
);

/** Roles: not persons themselves, but a name next to them is a person and "role de X" makes X an organisation. */
export const ROLE_WORDS = keys(
  'pdg|président|présidente|directeur|directrice|dg|ceo|cto|cio|cmo|coo|cfo|drh|fondateur|fondatrice|' +
    'cofondateur|cofondatrice|co-fondateur|co-fondatrice|professeur|professeure|chercheur|chercheuse|' +
    'consultant|consultante|associé|associée|responsable|manager|leader|chef|économiste|sociologue|' +
    'philosophe|auteur|auteure|co-auteur|journaliste|analyste|expert|experte|fondateurs|dirigeant|dirigeante|' +
    // Offices and ranks: "le ministre X", "le général X", "la juge X", "le maire X".
    'ministre|maire|préfet|préfète|sénateur|sénatrice|député|députée|juge|procureur|procureure|avocat|avocate|' +
    'ambassadeur|ambassadrice|gouverneur|chancelier|chancelière|commissaire|secrétaire|porte-parole|' +
    'présidente|vice-président|vice-présidente|candidat|candidate|conseiller|conseillère|évêque|archevêque|pape|' +
    'cardinal|abbé|recteur|rectrice|doyen|doyenne|général|colonel|capitaine|lieutenant|commandant|amiral|' +
    'maréchal|sergent|roi|reine|prince|princesse|empereur|impératrice|comte|comtesse|duc|duchesse|baron|' +
    'baronne|marquis|marquise|vicomte|écrivain|écrivaine|romancier|romancière|poète|peintre|historien|' +
    'historienne|physicien|physicienne|chimiste|mathématicien|mathématicienne|ingénieur|ingénieure|' +
    'architecte|compositeur|compositrice|entraîneur|sélectionneur|chanteur|chanteuse|acteur|actrice|' +
    'réalisateur|réalisatrice|militant|militante|syndicaliste|opposant|opposante|élu|élue|leader'
);

/** Honorifics as they are written: case matters, since "me" and "pr" are also common lower-case words. */
export const HONORIFICS_CASED: ReadonlySet<string> = new Set(
  'M.|M|MM.|MM|Mgr|Mgr.|Monseigneur|Mme|Mme.|Mmes|Mlle|Mlles|Monsieur|Madame|Mademoiselle|monsieur|madame|mademoiselle|Dr|Dr.|Pr|Pr.|Docteur|docteur|Maître|maître|Me|Sir|Lady|Lord'.split('|')
);

/** Honorifics before a person's name. */
export const HONORIFICS = keys('m.|m|mm|mm.|mgr|mgr.|monseigneur|mme|mme.|mlle|monsieur|madame|mademoiselle|dr|dr.|pr|pr.|docteur|maître|me');

/** Verbs after a bare name that make it a person who speaks or writes ("Dupont explique"). */
export const SPEECH_VERBS = keys(
  'explique|affirme|déclare|souligne|estime|rappelle|précise|raconte|écrit|dit|note|ajoute|constate|' +
    'observe|remarque|insiste|analyse|conclut|résume|confie|reconnaît|avoue|assure|pense|considère'
);

/** Words before a title-cased span that make it the title of a work, not a person ("dans Petite Poucette"). */
export const WORK_CUES = keys('livre|ouvrage|roman|essai|titre|intitulé|intitulée|in|film|émission|série|article|rapport');

/** Prepositions that, before a bare name, mostly introduce a place ("à Venise", "au Japon"). */
export const PLACE_PREPOSITIONS = keys('à|en|au|aux|vers|depuis|près|via|jusqu’à');

/** Small words that may stand inside a name (Académie du Service, Editions de l’Aube, Le Monde). */
// "of" and "for" join English names ("National Bureau of Economic Research", "Center for…"); "and" does
// not, since references list authors with it ("Kahn and Byosiere").
export const NAME_CONNECTORS = keys('de|du|des|d’|la|le|l’|les|&|von|van|der|den|di|da|del|of|for');

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
 * Two-letter country codes, then the UN M.49 area codes CLDR names: continents and world regions
 * ("Europe", "Amérique latine", "Afrique subsaharienne") are places as surely as countries.
 */
function* regionCodes(letters: string): Generator<string> {
  for (const a of letters) for (const b of letters) yield a + b;
  // 001 is "Monde", which in a French text is mostly the newspaper.
  for (let area = 2; area < 1000; area++) yield String(area).padStart(3, '0');
}

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
      for (const code of regionCodes(letters)) {
        const display = names.of(code);
        if (!display) continue;
        found.add(normalizeKey(display));
        // "Corée du Sud" is also written "Corée"; keep the short name too.
        found.add(normalizeKey(display.replace(/\s+(du|de la|de l’|des)\s.*$/u, '')));
        // "Congo-Brazzaville", "Congo - Kinshasa": a text says "le Congo".
        found.add(normalizeKey(display.replace(/\s*-\s*\p{Lu}[^-]*$/u, '')));
      }
    }
    countryKeys = found;
  }
  return countryKeys.has(normalizeKey(name));
}
