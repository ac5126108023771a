/**
 * An xml-writer document taken a piece at a time. A large corpus's GEXF or GraphML runs to hundreds of
 * megabytes; built as one string, its millions of fragments cost several times that in memory before the
 * file is written. The writers yield pieces of about CHUNK_CHARS as they go, and the CLI streams them.
 */
import XMLWriter from 'xml-writer';

const CHUNK_CHARS = 1 << 16;

export class XmlChunks {
  readonly writer: XMLWriter;
  #pending: string[] = [];
  #size = 0;

  constructor(indent: string) {
    this.writer = new XMLWriter(indent, (text) => {
      this.#pending.push(text);
      this.#size += text.length;
    });
  }

  /** What was written since the last piece, once there is enough of it to be worth a write; else null. */
  take(): string | null {
    return this.#size >= CHUNK_CHARS ? this.rest() : null;
  }

  /** Everything not yet taken. */
  rest(): string {
    const text = this.#pending.join('');
    this.#pending = [];
    this.#size = 0;
    return text;
  }
}

/** All of a generator's pieces as one string: what tests and small graphs want. */
export function joinChunks(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
