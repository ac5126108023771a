/**
 * Types for iconv-lite's generated single-byte tables, which the package ships without declarations.
 * We read the tables directly because iconv-lite's codec API needs Node's `Buffer`, which the browser lacks.
 */
declare module 'iconv-lite/encodings/sbcs-data-generated.js' {
  /** An alias (another table's name) or a table: `chars[i]` is the character for byte `0x80 + i`. */
  const tables: Record<string, string | { type: string; chars: string }>;
  export default tables;
}
