import { describe, expect, it } from 'vitest';
import { joinLines, layoutParagraphs, pageLines, type PdfTextPiece } from '../../../../../src/lib/pipeline/ingest/read-binary/pdf-layout';

const SIZE = 11;
const LEADING = 14;

/** A page whose lines are set from the top, LEADING apart, with a blank line ('') widening the gap. */
function page(lines: string[], options: { header?: string; footer?: string } = {}): PdfTextPiece[] {
  const pieces: PdfTextPiece[] = [];
  const piece = (text: string, y: number, size = SIZE, x = 72): PdfTextPiece => ({ text, x, y, width: text.length * size * 0.5, size });
  if (options.header !== undefined) pieces.push(piece(options.header, 800, 9));
  let y = 760;
  for (const line of lines) {
    if (line === '') y -= LEADING;
    else {
      const heading = line.startsWith('# ');
      pieces.push(piece(heading ? line.slice(2) : line, y, heading ? 16 : SIZE));
      y -= LEADING;
    }
  }
  if (options.footer !== undefined) pieces.push(piece(options.footer, 40, 9));
  return pieces;
}

describe('joinLines', () => {
  it.each([
    { previous: 'la transformation numé-', next: 'rique des entreprises', expected: 'la transformation numérique des entreprises' },
    { previous: 'l’expé\u00ADrience', next: 'x', expected: 'l’expé\u00ADrience x' },
    { previous: 'l’expé\u00AD', next: 'rience client', expected: 'l’expérience client' },
    // A capital after the hyphen is a compound's second part, not a cut word.
    { previous: 'les relations franco-', next: 'Allemandes', expected: 'les relations franco-Allemandes' },
    { previous: 'en 2015 -', next: 'une année', expected: 'en 2015 - une année' },
    { previous: 'la fin d’une ligne', next: 'et la suite', expected: 'la fin d’une ligne et la suite' }
  ])('"$previous" + "$next"', ({ previous, next, expected }) => {
    expect(joinLines(previous, next)).toBe(expected);
  });
});

describe('pageLines', () => {
  it('reads pieces on one baseline as a line, left to right, with the spaces the PDF left out', () => {
    const pieces: PdfTextPiece[] = [
      { text: 'client', x: 150, y: 700, width: 30, size: SIZE },
      { text: 'L’expérience', x: 72, y: 700.4, width: 70, size: SIZE },
      { text: 'Une autre ligne', x: 72, y: 686, width: 80, size: SIZE }
    ];
    expect(pageLines(pieces).map((line) => line.text)).toEqual(['L’expérience client', 'Une autre ligne']);
  });
});

describe('layoutParagraphs', () => {
  it('starts a paragraph at a wider gap and at a heading, and joins the lines of each', () => {
    const paragraphs = layoutParagraphs([
      page(['# L’expérience client', 'La transformation numérique change', 'la relation client.', '', 'Un second para-', 'graphe suit.'])
    ]);
    expect(paragraphs).toEqual(['L’expérience client', 'La transformation numérique change la relation client.', 'Un second paragraphe suit.']);
  });

  it('drops running headers, footers and page numbers, and mends a paragraph cut by a page break', () => {
    const options = (n: number) => ({ header: 'Revue de l’innovation — no 12', footer: `Éditions du Test · page ${n} sur 3` });
    const paragraphs = layoutParagraphs([
      page(['Le premier paragraphe.', '', 'Le deuxième paragraphe continue sur la page', 'suivante sans finir sa'], options(1)),
      page(['phrase ici.', '', 'Un autre paragraphe.'], options(2)),
      page(['La fin du texte.'], options(3))
    ]);
    expect(paragraphs).toEqual([
      'Le premier paragraphe.',
      'Le deuxième paragraphe continue sur la page suivante sans finir sa phrase ici.',
      'Un autre paragraphe.',
      'La fin du texte.'
    ]);
  });

  it('drops a lone page number even on a single page, and keeps a header that does not recur', () => {
    const single = [...page(['Rapport annuel', '', 'Le texte du rapport.']), { text: '- 1 -', x: 300, y: 40, width: 20, size: 9 }];
    expect(layoutParagraphs([single])).toEqual(['Rapport annuel', 'Le texte du rapport.']);
  });

  it('gives nothing for pages without text', () => {
    expect(layoutParagraphs([[], []])).toEqual([]);
  });
});

describe('layoutParagraphs: a page in two columns', () => {
  /** Lines of two columns drawn row by row, as many generators emit them, under a title across both. */
  function twoColumns(left: string[], right: string[]): PdfTextPiece[] {
    const pieces: PdfTextPiece[] = [{ text: 'Le titre de l’article sur toute la largeur de la page', x: 72, y: 780, width: 300, size: 16 }];
    for (let row = 0; row < Math.max(left.length, right.length); row++) {
      const y = 740 - row * LEADING;
      if (left[row]) pieces.push({ text: left[row], x: 72, y, width: 200, size: SIZE });
      if (right[row]) pieces.push({ text: right[row], x: 320, y, width: 200, size: SIZE });
    }
    return pieces;
  }

  it('reads the left column, then the right one, and mends a paragraph cut at the column break', () => {
    const paragraphs = layoutParagraphs([
      twoColumns(
        ['La colonne de gauche commence ici et', 'elle continue sur plusieurs lignes de', 'texte avant de passer à la colonne de', 'droite sans finir sa'],
        ['phrase, qui reprend ici et se termine.', 'Puis la colonne de droite continue', 'avec d’autres lignes de texte encore.', 'Fin.']
      )
    ]);
    expect(paragraphs).toEqual([
      'Le titre de l’article sur toute la largeur de la page',
      'La colonne de gauche commence ici et elle continue sur plusieurs lignes de texte avant de passer à la colonne de droite sans finir sa phrase, qui reprend ici et se termine. Puis la colonne de droite continue avec d’autres lignes de texte encore. Fin.'
    ]);
  });
});

describe('a line of 150,000 pieces (a PDF that sets each letter apart)', () => {
  it('becomes one line, without overflowing the call stack', () => {
    const pieces: PdfTextPiece[] = Array.from({ length: 150_000 }, (_, i) => ({ text: 'a', x: 72 + i * 5.5, y: 700, width: 5.5, size: i === 7 ? 12 : SIZE }));
    const lines = pageLines(pieces);
    expect(lines).toHaveLength(1);
    expect(lines[0].size).toBe(12);
    expect(lines[0].text).toHaveLength(150_000);
  });
});
