import { describe, expect, it } from 'vitest';
import { createTranslator, pickLanguage } from '../../../../src/lib/explorer/i18n/messages';

describe('pickLanguage', () => {
  it.each([
    { preferred: ['fr-CA', 'en'], expected: 'fr' },
    { preferred: ['en-GB'], expected: 'en' },
    { preferred: ['de-DE', 'EN-us'], expected: 'en' },
    { preferred: ['de'], expected: 'fr' },
    { preferred: [], expected: 'fr' }
  ])('$preferred → $expected', ({ preferred, expected }) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});

describe('createTranslator', () => {
  it.each([
    { language: 'fr' as const, expected: 'Rechercher' },
    { language: 'en' as const, expected: 'Search' }
  ])('labels search in $language', ({ language, expected }) => {
    expect(createTranslator(language)('search.label')).toBe(expected);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    const t = createTranslator('fr');
    expect(t('search.none', { query: 'éléphant' })).toBe('Aucun résultat pour « éléphant »');
    expect(t('search.none')).toBe('Aucun résultat pour « {query} »');
  });
});
