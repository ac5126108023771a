/**
 * Relations the text states between a person and an organisation, read from the words between them:
 * "Satya Nadella, PDG de Microsoft", "Bertrand Duperrin … Practice Leader chez Emakina",
 * "Fabienne Martin-Juchat, Professeur à l’Université Grenoble 3". Only a role word or "chez" makes a
 * relation; mere proximity is co-occurrence, which the link stage measures.
 */
import type { ExtractedNode, MentionSpan, Sentence, StatedRelation } from '../types';
import { ROLE_WORDS, wordKey } from './name-cues';

/** How many tokens may separate a person from the organisation a role ties them to. */
const MAX_GAP_TOKENS = 16;
const AFFILIATION_LINKS = new Set(['chez']);

interface Placed {
  node: ExtractedNode;
  first: number;
  last: number;
}

type MentionsByPassage = Map<string, { node: ExtractedNode; mention: MentionSpan }[]>;

function indexMentions(nodes: readonly ExtractedNode[]): MentionsByPassage {
  const byPassage: MentionsByPassage = new Map();
  for (const node of nodes) {
    for (const mention of node.mentions) {
      const list = byPassage.get(mention.passage);
      if (list) list.push({ node, mention });
      else byPassage.set(mention.passage, [{ node, mention }]);
    }
  }
  return byPassage;
}

function placeMentions(sentence: Sentence, byPassage: MentionsByPassage): Placed[] {
  const placed: Placed[] = [];
  for (const { node, mention } of byPassage.get(sentence.id) ?? []) {
    const first = sentence.tokens.findIndex((token) => token.start >= mention.start);
    let last = first;
    while (last + 1 < sentence.tokens.length && sentence.tokens[last + 1].end <= mention.end) last++;
    if (first !== -1) placed.push({ node, first, last });
  }
  return placed.sort((a, b) => a.first - b.first);
}

const PREPOSITIONS = new Set(['de', 'd’', 'du', 'des', 'à', 'au', 'aux', 'chez', 'pour']);

/**
 * The role phrase linking two names: the last role word (or "chez") in the gap, up to its first preposition:
 * "Directeur R&D de", "PDG de", "Professeur à", "Practice Leader chez" reads as "Leader chez".
 */
function rolePhrase(sentence: Sentence, from: number, to: number): string | null {
  const words = sentence.tokens.slice(from, to).filter((token) => token.kind === 'word');
  const text = (first: number, last: number) => sentence.text.slice(words[first].start, words[last].end);
  for (let i = words.length - 1; i >= 0; i--) {
    const key = wordKey(words[i].text);
    if (AFFILIATION_LINKS.has(key)) return words[i].text;
    if (!ROLE_WORDS.has(key)) continue;
    // The role reaches the organisation through a preposition within a few words, or it is not its role.
    const preposition = words.slice(i + 1, i + 4).findIndex((word) => PREPOSITIONS.has(word.text.toLowerCase()));
    return preposition === -1 ? null : text(i, i + 1 + preposition);
  }
  return null;
}

export function extractRelations(sentences: readonly Sentence[], nodes: readonly ExtractedNode[]): StatedRelation[] {
  const named = nodes.filter((node) => node.type === 'person' || node.type === 'organization');
  const byPassage = indexMentions(named);
  const relations = new Map<string, StatedRelation>();

  for (const sentence of sentences) {
    if (!byPassage.has(sentence.id)) continue;
    const placed = placeMentions(sentence, byPassage);
    for (const person of placed.filter((p) => p.node.type === 'person')) {
      // The nearest organisation after the person (X, PDG de Y), else the one just before (le PDG de Y, X).
      const after = placed.find((p) => p.node.type === 'organization' && p.first > person.last);
      const before = [...placed].reverse().find((p) => p.node.type === 'organization' && p.last < person.first);
      let phrase: string | null = null;
      let organization: Placed | undefined;
      if (after && after.first - person.last <= MAX_GAP_TOKENS && !placed.some((p) => p.node.type === 'person' && p.first > person.last && p.first < after.first)) {
        phrase = rolePhrase(sentence, person.last + 1, after.first);
        organization = after;
      }
      if (!phrase && before && person.first - before.last <= 3) {
        phrase = rolePhrase(sentence, Math.max(0, before.first - 3), before.first);
        organization = before;
      }
      if (!phrase || !organization) continue;
      const id = `${person.node.id}|${organization.node.id}|${phrase}`;
      const relation = relations.get(id) ?? {
        source: person.node.id,
        target: organization.node.id,
        kind: 'affiliation',
        relation: phrase,
        evidence: []
      };
      if (!relation.evidence.includes(sentence.id)) relation.evidence.push(sentence.id);
      relations.set(id, relation);
    }
  }
  for (const relation of signatureRelations(sentences, byPassage)) {
    const id = `${relation.source}|${relation.target}|${relation.relation}`;
    if (!relations.has(id)) relations.set(id, relation);
  }
  return [...relations.values()].sort((a, b) => (a.source + a.target + a.relation < b.source + b.target + b.relation ? -1 : 1));
}

/**
 * A signature: a line that is only a person's name, followed by a line of roles ("Benoît Meyronin" /
 * "Directeur R&D de l’Académie du Service et Professeur à Grenoble E.M"). Each organisation on the role line
 * is the person's, through the role word nearest before it.
 */
function signatureRelations(sentences: readonly Sentence[], byPassage: MentionsByPassage): StatedRelation[] {
  const relations: StatedRelation[] = [];
  sentences.forEach((sentence, index) => {
    const next = sentences[index + 1];
    if (!next || next.document !== sentence.document) return;
    const firstWord = next.tokens.find((token) => token.kind === 'word');
    if (!firstWord || !ROLE_WORDS.has(wordKey(firstWord.text))) return;
    const nameOnly = (byPassage.get(sentence.id) ?? []).find(
      ({ node, mention }) =>
        node.type === 'person' && mention.start === 0 && mention.end >= sentence.text.replace(/[.\s]+$/u, '').length
    );
    if (!nameOnly) return;
    const person = nameOnly.node;
    for (const organization of placeMentions(next, byPassage).filter((p) => p.node.type === 'organization')) {
      const phrase = rolePhrase(next, 0, organization.first);
      if (phrase) {
        relations.push({ source: person.id, target: organization.node.id, kind: 'affiliation', relation: phrase, evidence: [sentence.id, next.id] });
      }
    }
  });
  return relations;
}
