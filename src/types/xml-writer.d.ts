/**
 * Types for xml-writer (the XML writer graphology-gexf itself uses), covering the calls the exports make.
 */
declare module 'xml-writer' {
  export default class XMLWriter {
    /** With `write`, the document is handed over piece by piece instead of being kept for `toString`. */
    constructor(indent?: boolean | string, write?: (text: string, encoding: string) => void);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    startElementNS(prefix: string, name: string): this;
    endElement(): this;
    writeElement(name: string, content: string): this;
    writeAttribute(name: string, content: string | number): this;
    text(content: string): this;
    toString(): string;
  }
}
