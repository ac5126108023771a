/**
 * Passage ids are `${documentId}/${index}` (see the graph schema); document ids may not contain "/" but the
 * index never does, so the document is everything before the last slash. The one place that parses them.
 */
export function documentOfPassage(passage: string): string {
  return passage.slice(0, passage.lastIndexOf('/'));
}

/** The passage's index within its document (sentences counted from 0). */
export function indexOfPassage(passage: string): number {
  return Number(passage.slice(passage.lastIndexOf('/') + 1));
}
