import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../src/lib/pipeline/ingest/markdown';

describe('markdownToText: inline syntax', () => {
  it.each([
    { label: 'strong and emphasis', input: 'Le **client** et *l’employé* et __tous__ et _chacun_', expected: 'Le client et l’employé et tous et chacun' },
    { label: 'links keep their text', input: 'Voir [le manifeste](https://example.org/m) et [ceci][ref].', expected: 'Voir le manifeste et ceci.' },
    { label: 'images dropped', input: 'Avant ![schéma](s.png) après', expected: 'Avant  après' },
    { label: 'inline code', input: 'la commande `npm run graph`', expected: 'la commande npm run graph' },
    { label: 'footnote references', input: 'Davezies[^1] écrit', expected: 'Davezies[1] écrit' },
    { label: 'underscores inside words stay', input: 'BERTRAND_DUPERRIN et snake_case_name', expected: 'BERTRAND_DUPERRIN et snake_case_name' },
    { label: 'lone asterisk stays', input: 'champs obligatoires * et 2 * 3', expected: 'champs obligatoires * et 2 * 3' }
  ])('$label', ({ input, expected }) => {
    expect(markdownToText(input).text).toBe(expected);
  });
});

describe('markdownToText: blocks and title', () => {
  it('reads the fixture', () => {
    const markdown = readFileSync(new URL('../../../fixtures/ingest/manifeste.md', import.meta.url), 'utf8');
    const { text, title } = markdownToText(markdown);
    expect(title).toBe('La révolution numérique est d\'abord humaine');
    expect(text).not.toMatch(/[#*>]|\]\(|https:\/\/example\.org$/m);
    expect(text).toContain('\n- Écouter les clients\n- Former les équipes\n1. Mesurer');
    expect(text).toContain('Une citation de Michel Serres');
  });

  it.each([
    { label: 'first level-1 heading wins', input: '## Chapô\n\n# Titre\n\n# Autre', title: 'Titre' },
    { label: 'else first heading', input: '### A\n\n## B\n\n## C', title: 'B' },
    { label: 'setext heading', input: 'Le titre\n========\n\ntexte', title: 'Le titre' },
    { label: 'closing hashes', input: '# Titre ##', title: 'Titre' },
    { label: 'no heading', input: 'du texte', title: null }
  ])('$label', ({ input, title }) => {
    expect(markdownToText(input).title).toBe(title);
  });

  it('reads YAML front matter and keeps it out of the text', () => {
    const extract = markdownToText('---\ntitle: "Le titre"\nauthor: Jeanne Martin\ndate: 2015-07-07\n---\n# Autre\n\nTexte.');
    expect(extract).toEqual({ text: '\nAutre\n\n\nTexte.', title: 'Le titre', author: 'Jeanne Martin', date: '2015-07-07' });
  });

  it('drops rules, fences and link definitions but keeps code', () => {
    expect(markdownToText('a\n\n---\n\n```js\nx = 1\n```\n\n[r]: https://x.org').text.split('\n').filter(Boolean)).toEqual(['a', 'x = 1']);
  });
});
