/**
 * French nationality words (américain, allemande, chinois…), masculine and feminine, from the countries
 * dataset world-countries ships (its French demonyms). The press names a foreign company by its nationality
 * in lower case, "l’américain General Catalyst", "le chinois Huawei", where a person's would be capitalised.
 */
import { createRequire } from 'node:module';

interface Country {
  demonyms?: { fra?: { f?: string; m?: string } };
}

let demonyms: readonly string[] | undefined;

export function loadDemonyms(): readonly string[] {
  if (demonyms) return demonyms;
  const countries = createRequire(import.meta.url)('world-countries') as Country[];
  const found = new Set<string>();
  for (const { demonyms: forms } of countries) {
    for (const form of [forms?.fra?.m, forms?.fra?.f]) if (form) found.add(form.toLowerCase());
  }
  return (demonyms = [...found].sort());
}
