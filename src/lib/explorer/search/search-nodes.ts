/**
 * Accent- and case-insensitive search over node labels and aliases. French users type without accents
 * ("experience") and names in any case ("nadella"), so both sides are folded the same way before matching.
 */
import type { GraphNode } from '../../graph/schema';

/** Folds text for matching: no diacritics, lower case, ligatures spelled out, one kind of apostrophe and space. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\-_\u00a0]+/g, ' ')
    .trim();
}

export interface SearchEntry {
  node: GraphNode;
  /** Folded label first, then folded aliases. */
  keys: string[];
}

export interface SearchHit {
  node: GraphNode;
  /** The alias that matched when the label did not. */
  alias: string | null;
}

export function buildSearchEntries(nodes: readonly GraphNode[]): SearchEntry[] {
  return nodes.map((node) => ({ node, keys: [node.label, ...node.aliases].map(normalizeForSearch) }));
}

/** 0 exact, 1 prefix, 2 a word starts with the query (also after an elision: "l'entreprise"), 3 anywhere; -1 none. */
function rankKey(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`) || key.includes(`'${query}`)) return 2;
  return key.includes(query) ? 3 : -1;
}

export function searchNodes(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const folded = normalizeForSearch(query);
  if (!folded) return [];
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    let best = -1;
    let bestKey = 0;
    entry.keys.forEach((key, k) => {
      const rank = rankKey(key, folded);
      if (rank >= 0 && (best < 0 || rank < best)) {
        best = rank;
        bestKey = k;
      }
    });
    if (best >= 0) hits.push({ hit: { node: entry.node, alias: bestKey === 0 ? null : entry.node.aliases[bestKey - 1] }, rank: best });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank || b.hit.node.importance - a.hit.node.importance || a.hit.node.label.localeCompare(b.hit.node.label, 'fr')
  );
  return hits.slice(0, limit).map(({ hit }) => hit);
}
