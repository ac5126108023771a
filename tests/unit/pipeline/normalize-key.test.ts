import { describe, it, expect } from 'vitest';
import { normalizeKey } from '../../../src/lib/pipeline/normalize-key';

describe('normalizeKey', () => {
  const same: { a: string; b: string; why: string }[] = [
    { a: 'l’expérience client', b: "l'experience client", why: 'typographic apostrophe and accents' },
    { a: 'Vélib’', b: "velib'", why: 'typographic and straight trailing apostrophe' },
    { a: 'Vélib’', b: 'Velib', why: 'a trailing apostrophe is often omitted' },
    { a: 'L‘Oréal', b: "l'oreal", why: 'left single quote used as apostrophe' },
    { a: 'aujourdʼhui', b: "aujourd'hui", why: 'modifier letter apostrophe' },
    { a: 'ÉCOLE', b: 'ecole', why: 'capital accent' },
    { a: 'Saint-Exupéry', b: 'saint exupery', why: 'hyphen joins like a space' },
    { a: 'e–commerce', b: 'e-commerce', why: 'en dash' },
    { a: 'cœur de métier', b: 'coeur de metier', why: 'œ ligature' },
    { a: 'Lætitia', b: 'laetitia', why: 'æ ligature' },
    { a: '  transformation \t\n digitale ', b: 'transformation digitale', why: 'whitespace collapsed and trimmed' },
    { a: 'transformation\u00a0digitale', b: 'transformation digitale', why: 'no-break space' },
    { a: 'Amazon\u202f!', b: 'amazon !', why: 'narrow no-break space before French punctuation' },
    { a: 'trans\u00adformation', b: 'transformation', why: 'soft hyphen is invisible' },
    { a: 'e\u0301conomie', b: 'économie', why: 'decomposed and composed accents' },
    { a: 'Ça', b: 'ca', why: 'cedilla' }
  ];
  it.each(same)('$a ≡ $b ($why)', ({ a, b }) => {
    expect(normalizeKey(a)).toBe(normalizeKey(b));
  });

  const cases: { input: string; expected: string }[] = [
    { input: 'L’Expérience Client', expected: "l'experience client" },
    { input: 'Saint-Étienne', expected: 'saint etienne' },
    { input: 'Œuvre', expected: 'oeuvre' },
    { input: '', expected: '' },
    { input: 'concept:experience-client', expected: 'concept:experience client' }
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(normalizeKey(input)).toBe(expected);
  });

  const different: { a: string; b: string }[] = [
    { a: 'digitalisation', b: 'transformation digitale' },
    { a: 'marche', b: 'marché noir' },
    { a: "l'expérience", b: 'lexpérience' },
    { a: "l'expérience", b: 'l expérience' }
  ];
  it.each(different)('$a ≢ $b', ({ a, b }) => {
    expect(normalizeKey(a)).not.toBe(normalizeKey(b));
  });

  it('is idempotent', () => {
    for (const { a } of same) expect(normalizeKey(normalizeKey(a))).toBe(normalizeKey(a));
  });
});
