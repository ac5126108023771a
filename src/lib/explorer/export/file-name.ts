/** Download names from titles: a slide deck's files should say what they show, not `graph.svg`. */

/** ASCII file-name fragment: accents dropped (é → e), œ/æ spelled out, anything else becomes a dash. */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'etape';
}
