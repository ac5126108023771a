import { describe, expect, it } from 'vitest';
import { findDate } from '../../../../src/lib/pipeline/ingest/dates';
import { detectLanguage } from '../../../../src/lib/pipeline/ingest/language';
import { findAuthor, findDocumentDate, findTitle } from '../../../../src/lib/pipeline/ingest/metadata';

const PROSE = 'Dans les métiers de service, le sujet de la « digitalisation » est dans tous les esprits, et rien n’indique que l’accélération que nous pouvons, tous, observer, soit freinée dans les mois et les années qui viennent.';

describe('findTitle', () => {
  it.each([
    { label: 'first line', paragraphs: ['Le client au coeur de la révolution numérique ?', PROSE], title: 'Le client au coeur de la révolution numérique ?' },
    { label: 'skips a long opening paragraph', paragraphs: [PROSE, 'La révolution qui vient (la nouvelle fracture digitale)[1]', PROSE], title: 'La révolution qui vient (la nouvelle fracture digitale)' },
    { label: 'skips slug, date and address', paragraphs: ['mon-article-sur-le-digital', '7 Juil 2015', 'https://example.org/a', 'Le vrai titre', PROSE], title: 'Le vrai titre' },
    { label: 'skips a sentence', paragraphs: ['Il pleut.', 'Titre', PROSE], title: 'Titre' },
    { label: 'keeps « guillemets » and brackets', paragraphs: ['[Transformation digitale] « il n’y aura pas d’expérience client sans expérience employé »'], title: '[Transformation digitale] « il n’y aura pas d’expérience client sans expérience employé »' },
    { label: 'falls back to the start of the text', paragraphs: [PROSE], title: 'Dans les métiers de service, le sujet de la « digitalisation » est dans tous…' },
    { label: 'nothing', paragraphs: [], title: null }
  ])('$label', ({ paragraphs, title }) => {
    expect(findTitle(paragraphs)).toBe(title);
  });
});

describe('findAuthor', () => {
  it.each([
    { label: 'French byline', paragraphs: ['Titre', 'Par Jean Dupont, le 7 juillet 2015', PROSE], author: 'Jean Dupont' },
    { label: 'byline with a particle', paragraphs: ['Titre', 'Écrit par Jean de La Fontaine', PROSE], author: 'Jean de La Fontaine' },
    { label: 'labelled author', paragraphs: ['Auteur : Marie-Claire Lefèvre', PROSE], author: 'Marie-Claire Lefèvre' },
    { label: 'English byline', paragraphs: ['by Jane Smith | 3 min read', PROSE], author: 'Jane Smith' },
    { label: '"Par" opening a sentence', paragraphs: ['Par ailleurs, les entreprises changent.', PROSE], author: null },
    {
      label: 'signature followed by a role line',
      paragraphs: [PROSE, '[9] Cf. le quotidien Le Monde du mardi 12 février 2013, p. 6.', 'Benoît Meyronin', 'Directeur R&D de l’Académie du Service et Professeur à Grenoble E.M'],
      author: 'Benoît Meyronin'
    },
    { label: 'signature and role on one line', paragraphs: [PROSE, 'Claire Martin, consultante chez Hardis'], author: 'Claire Martin' },
    { label: 'a name without a role is not a signature', paragraphs: [PROSE, 'Merci Bertrand', 'Pour ceux qui souhaitent lire le manifesto c’est ici !'], author: null },
    { label: 'none', paragraphs: [PROSE], author: null }
  ])('$label', ({ paragraphs, author }) => {
    expect(findAuthor(paragraphs)).toBe(author);
  });
});

describe('findDocumentDate', () => {
  it.each([
    { label: 'dateline', paragraphs: ['Titre', 'Titre', '7 Juil 2015', PROSE], date: '2015-07-07' },
    { label: 'byline with a date', paragraphs: ['Titre', 'Par Jean Dupont, le 1er mai 2015', PROSE], date: '2015-05-01' },
    { label: 'date in a title is not the date', paragraphs: ['Les élections du 7 mai 2017', PROSE], date: null },
    { label: 'date far down is not the date', paragraphs: ['T', 'a', 'b', 'c', 'd', 'e', '7 Juil 2015'], date: null },
    { label: 'none', paragraphs: ['Titre', PROSE], date: null }
  ])('$label', ({ paragraphs, date }) => {
    expect(findDocumentDate(paragraphs)).toBe(date);
  });
});

describe('findDate', () => {
  it.each([
    { text: '7 Juil 2015', iso: '2015-07-07' },
    { text: '1er mai 2015', iso: '2015-05-01' },
    { text: '12 février 2013', iso: '2013-02-12' },
    { text: '3 déc. 2019', iso: '2019-12-03' },
    { text: '15 août 2020', iso: '2020-08-15' },
    { text: '07/07/2015', iso: '2015-07-07' },
    { text: '12.02.2013', iso: '2013-02-12' },
    { text: '2015-07-07T09:30:00+02:00', iso: '2015-07-07' },
    { text: 'July 7, 2015', iso: '2015-07-07' },
    { text: 'posted on 29 February 2016', iso: '2016-02-29' },
    { text: '31 février 2015', iso: null },
    { text: '29 février 2015', iso: null },
    { text: '13/13/2015', iso: null },
    { text: 'en 2015', iso: null },
    { text: 'mai 2015', iso: null }
  ])('"$text" → $iso', ({ text, iso }) => {
    expect(findDate(text)?.iso ?? null).toBe(iso);
  });
});

describe('detectLanguage', () => {
  it.each([
    { label: 'French', text: PROSE.repeat(3), language: 'fr' },
    { label: 'English', text: 'The customer is at the heart of the digital revolution, and it is the employee who makes it work for the company. '.repeat(5), language: 'en' },
    { label: 'French with English terms', text: `${PROSE} Le « customer centricity » and the « test & learn » approach. `.repeat(3), language: 'fr' },
    { label: 'too little to tell', text: 'the and of', language: 'fr' },
    { label: 'Russian', text: 'Яндекс — российская транснациональная компания в отрасли информационных технологий.', language: 'ru' },
    { label: 'Japanese', text: '日本語のテキストです。東京は日本の首都であり、経済の中心です。トヨタ自動車は愛知県にあります。', language: 'ja' },
    { label: 'German', text: 'Die digitale Transformation verändert das Kundenerlebnis und die Arbeit der Mitarbeiter in den Unternehmen.', language: 'de' }
  ])('$label → $language', ({ text, language }) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
