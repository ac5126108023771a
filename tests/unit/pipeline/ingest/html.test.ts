import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../src/lib/pipeline/ingest/html';

const page = readFileSync(new URL('../../../fixtures/ingest/article.html', import.meta.url), 'utf8');
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);

describe('htmlToText: the fixture page', () => {
  const extract = htmlToText(page);

  it('keeps the article text, block by block', () => {
    expect(paragraphsOf(extract.text)).toEqual([
      'L’expérience\u00a0client & employé',
      'Pour l\'entreprise, l’expérience client commence chez les employés\u202f!',
      'Écouter',
      'Agir',
      '« Ça marche » dit-elle.\nDeuxième ligne.'
    ]);
  });

  it.each(['tracking', 'color: red', 'Accueil', 'Activez JavaScript', 'Billets similaires', '© 2016', 'Le Blog'])(
    'drops furniture: no "%s"',
    (furniture) => {
      expect(extract.text).not.toContain(furniture);
    }
  );

  it('reads the declared metadata', () => {
    expect(extract).toMatchObject({
      title: 'L’expérience\u00a0client & employé',
      author: 'Marie Curie',
      date: '2016-03-08T09:30:00+01:00',
      url: 'https://example.org/experience-client',
      language: 'fr'
    });
  });
});

describe('htmlToText: edge cases', () => {
  it.each([
    { label: 'title without h1, site name cut', html: '<title>Le numérique &amp; nous – Mon Blog</title><p>x</p>', title: 'Le numérique & nous' },
    { label: 'h1 preferred to title', html: '<title>Site</title><h1>L&rsquo;<b>essentiel</b></h1>', title: 'L’essentiel' },
    { label: 'no title at all', html: '<p>Texte</p>', title: null }
  ])('$label', ({ html, title }) => {
    expect(htmlToText(html).title).toBe(title);
  });

  it.each([
    { label: 'unclosed tags', html: '<p>Un <b>deux <i>trois', text: 'Un deux trois' },
    { label: 'entities in text', html: '<p>&laquo;&nbsp;Caf&eacute;&nbsp;&raquo; &#8211; &#x153;uvre</p>', text: '«\u00a0Café\u00a0» – œuvre' },
    { label: 'stray < and &', html: '<p>a < b & c</p>', text: 'a < b & c' },
    { label: 'comments dropped', html: '<p>avant<!-- Laisser un commentaire -->après</p>', text: 'avantaprès' },
    { label: 'pre keeps its lines', html: '<pre>ligne 1\nligne 2</pre>', text: 'ligne 1\nligne 2' },
    { label: 'empty document', html: '', text: '' }
  ])('$label', ({ html, text }) => {
    expect(htmlToText(html).text.trim()).toBe(text);
  });
});
