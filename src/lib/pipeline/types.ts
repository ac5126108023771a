/**
 * The data passed between pipeline stages. Each stage is a pure function from some of these to others;
 * only `scripts/` touch files. The graph file's own shape lives in `../graph/schema.ts`.
 */
import type { EdgeKind, NodeType } from '../graph/schema';
import type { Encoding } from './ingest/encodings';

/** A file as the CLI read it: the stages decode bytes themselves so encoding detection stays testable. */
export interface SourceFile {
  /**
   * Path relative to the corpus folder with "/" between folders, e.g. `000_7e725fe639988700.txt` or
   * `2019/article.txt`; without its extension it becomes the document id.
   */
  name: string;
  bytes: Uint8Array;
  /** What `readBinaryFiles` read from a PDF or DOCX file; text formats leave it out. */
  extracted?: ExtractedText;
}

/**
 * A binary document's text, one paragraph per block separated by a blank line, with the title and author
 * its own metadata gives; or why it could not be read.
 */
export type ExtractedText =
  | { ok: true; text: string; title: string | null; author: string | null }
  | { ok: false; reason: string };

/** Something the pipeline could not use, named so a person can fix it; the rest of the corpus still builds. */
export interface PipelineWarning {
  /** The file or config entry concerned. */
  source: string;
  message: string;
}

export interface DocumentMetadata {
  title: string;
  author: string | null;
  url: string | null;
  date: string | null;
  language: string;
}

/** A `corpus.json` entry: metadata overrides, and the encoding to read the file in when detection gets it wrong. */
export type CorpusEntry = Partial<DocumentMetadata> & { encoding?: Encoding };

/** Per-file entries from `corpus.json`, keyed by file name (its path in the corpus folder). */
export type CorpusMetadata = Record<string, CorpusEntry>;

/** A decoded, repaired, cleaned article: NFC, one paragraph per block separated by a blank line ("\n\n"). */
export interface IngestedDocument extends DocumentMetadata {
  id: string;
  file: string;
  text: string;
  /** Set when ingest repaired mojibake: only then may letters no code page explains remain (see respell.ts). */
  mojibakeRepaired?: true;
}

export const TOKEN_KINDS = ['word', 'number', 'punct'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** A token with offsets into its sentence's `text`. Elisions are their own token ("l’", "entreprise"). */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** A sentence: the unit of passages, mentions and co-occurrence. */
export interface Sentence {
  /** `${documentId}/${index}`, index counting sentences in the document from 0. */
  id: string;
  document: string;
  paragraph: number;
  /** Offset of `text` in the document's text. */
  start: number;
  text: string;
  tokens: Token[];
}

export const PARTS_OF_SPEECH = [
  'noun',
  'properNoun',
  'adjective',
  'verb',
  'adverb',
  'preposition',
  'determiner',
  'pronoun',
  'conjunction',
  'other'
] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

export interface LexicalEntry {
  pos: PartOfSpeech;
  lemma: string;
  /** 's', 'p', or null when the lexicon does not say. */
  number: 's' | 'p' | null;
  /** 'm', 'f', or null when the lexicon does not say. */
  gender: 'm' | 'f' | null;
}

/** Word knowledge the extractor needs; built from data (Lefff, stopwords-iso, first-name lists) by the CLI. */
export interface Lexicon {
  /** Entries for a word form, looked up as written, then lower-cased; empty when unknown. */
  entries(form: string): readonly LexicalEntry[];
  isStopword(word: string): boolean;
  isFirstName(word: string): boolean;
  /** Relative frequency of a word (a lemma or a form) in general French, for keyness; tiny when unlisted. */
  generalFrequency(word: string): number;
  /** A common English word ("customer", "according"): capitalised at a sentence start, no name for that. */
  isEnglishWord(word: string): boolean;
  /** A place a gazetteer knows: country, region, département, town or city ("Lyon", "Hauts-de-France"). */
  isPlaceName(name: string): boolean;
  /** A French nationality word, any gender and number, lower case or not ("américain", "Allemandes"). */
  isDemonym(word: string): boolean;
}

/** Where a node occurs: offsets into the passage (sentence) text, `surface` being exactly that slice. */
export interface MentionSpan {
  passage: string;
  start: number;
  end: number;
  surface: string;
}

/** A node as extraction and resolution produce it, before linking, clustering and layout. */
export interface ExtractedNode {
  /** Stable, readable id: `concept:experience-client`, `person:bertrand-duperrin`, `doc:000_7e…`. */
  id: string;
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: MentionSpan[];
  typeConfidence: number;
  /** Corpus salience used for ranking and pruning (higher is more salient). */
  salience: number;
  /** Added by a person in curation: kept by pruning whatever its links, since someone asked for it. */
  curated?: boolean;
}

/** A relation the text states (person–organisation, authorship), with the passages that state it. */
export interface StatedRelation {
  source: string;
  target: string;
  kind: EdgeKind;
  relation: string;
  evidence: string[];
}

export interface LinkedEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
  relation: string | null;
  /** Best first: a passage id, or the consecutive passages of one paragraph from one end to the other. */
  evidence: (string | string[])[];
}
