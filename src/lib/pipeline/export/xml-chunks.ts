/**
 * An xml-writer document taken a piece at a time. A large corpus's GEXF or GraphML runs to hundreds of
 * megabytes; built as one string, its millions of fragments cost several times that in memory before the
 * file is written. The writers yield pieces of about CHUNK_CHARS as they go, and the CLI streams them.
 */
import XMLWriter from 'xml-writer';

const CHUNK_CHARS = 1 << 16;

export class XmlChunks {
  readonly writer: XMLWriter;
  // Appended to, not pushed: xml-writer hands over a fragment per bracket, name and quote, and V8 joins strings
  // appended one to another without copying until the piece is written; an array of them cost more than the
  // writing (2 s of a 16 MB corpus's GEXF and GraphML).
  #pending = '';

  constructor(indent: string) {
    this.writer = new XMLWriter(indent, (text) => {
      this.#pending += text;
    });
  }

  /** What was written since the last piece, once there is enough of it to be worth a write; else null. */
  take(): string | null {
    return this.#pending.length >= CHUNK_CHARS ? this.rest() : null;
  }

  /** Everything not yet taken. */
  rest(): string {
    const text = this.#pending;
    this.#pending = '';
    return text;
  }
}

/** All of a generator's pieces as one string: what tests and small graphs want. */
export function joinChunks(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
