import { describe, expect, it } from 'vitest';
import { findMojibakeSequences, repairMojibake } from '../../../../src/lib/pipeline/ingest/mojibake';

// Produced by encoding the right-hand text in UTF-8 and decoding it with the named code page (Python codecs).
describe('repairMojibake: sequences from several code pages', () => {
  it.each([
    { codePage: 'windows1252', broken: 'Les mÃ©tiers de lâ€™Ãªtre', expected: 'Les métiers de l’être' },
    { codePage: 'windows1252', broken: 'Ã‡a coÃ»te 20 â‚¬ : Â« dÃ©jÃ\u00a0 Â» â€“ finâ€¦', expected: 'Ça coûte 20 € : « déjà » – fin…' },
    { codePage: 'windows1252', broken: 'Lâ€™Å“uvre de lâ€™Ã©tÃ©', expected: 'L’œuvre de l’été' },
    { codePage: 'iso88591', broken: 'lâ\u0080\u0099Ãªtre et lâ\u0080\u0099Å\u0093uvre', expected: 'l’être et l’œuvre' },
    { codePage: 'iso885916', broken: 'mĂ©tiers, lâ\u0080\u0099ĂȘtre, Ă\u00a0 trĂšs haute', expected: 'métiers, l’être, à très haute' },
    { codePage: 'iso885916', broken: 'PĂąques, maĂźtriser, ambiguĂŻtĂ©, rĂŽle', expected: 'Pâques, maîtriser, ambiguïté, rôle' },
    { codePage: 'windows1250', broken: 'lâ€™ĂŞtre, Ĺ“uvre, Ă\u00a0 trĂ¨s haute', expected: 'l’être, œuvre, à très haute' },
    { codePage: 'iso88592', broken: 'mĂŠtiers, lâ\u0080\u0099ĂŞtre, coĂťte', expected: 'métiers, l’être, coûte' }
  ])('$codePage: "$broken"', ({ codePage, broken, expected }) => {
    expect(repairMojibake(broken)).toMatchObject({ text: expected, codePage });
  });

  it('repairs a partly broken text sequence by sequence, leaving the correct letters', () => {
    const mixed = 'Dans les mĂ©tiers de service, une rĂ©alité déjà là : l’ĂȘtre et l’œuvre';
    expect(repairMojibake(mixed).text).toBe('Dans les métiers de service, une réalité déjà là : l’être et l’œuvre');
  });

  it('repairs double mojibake', () => {
    expect(repairMojibake('dÃƒÂ©jÃƒÂ\u00a0 vu, lÃ¢â‚¬â„¢ÃƒÂ©tÃƒÂ©').text).toBe('déjà vu, l’été');
  });

  it.each([
    { broken: 'la mise en Ɠuvre de mĂ©thodes', expected: 'la mise en œuvre de méthodes' },
    { broken: 'cĂ©dĂ© Ă  temps', expected: 'cédé à temps' },
    { broken: 'Ã  cÃ©der', expected: 'à céder' }
  ])('uses the table for forms no code page explains: "$broken"', ({ broken, expected }) => {
    expect(repairMojibake(broken).text).toBe(expected);
  });
});

describe('repairMojibake: correct text is never changed', () => {
  it.each([
    'État, À bientôt, Ça va, Où ?',
    'L’été à Paris : « déjà vu » – c’est l’œuvre d’Éloïse… 20 € ; Œdipe',
    'CAFÉ… PRÉ» ÉTÉ’ — majuscules accentuées collées à la ponctuation',
    'Moyen Âge, Noël, naïf, Ÿ, ß, ñ, Łódź, Dvořák',
    'Ɠ seul dans un texte sans mojibake',
    'SUR LE MÊME THÈME',
    ''
  ])('"%s"', (text) => {
    expect(repairMojibake(text)).toEqual({ text, codePage: null, repaired: 0 });
  });

  it('rejects readings that would produce unlikely characters', () => {
    // "É…" is C9 85 in cp1252, a valid UTF-8 encoding of U+0245, which French text never contains.
    expect(findMojibakeSequences('CAFÉ…', 'windows1252')).toEqual([]);
  });
});

describe('repairMojibake: choosing the code page', () => {
  it('prefers the page that yields everyday French letters', () => {
    // "Ăš" is "è" in ISO-8859-16 but "Ú" in cp1250; "ĂȘ" only ISO-8859-16 explains.
    expect(repairMojibake('trĂšs, aprĂšs, ĂȘtre, mĂ©tier').codePage).toBe('iso885916');
  });

  it('counts what was repaired', () => {
    expect(repairMojibake('mÃ©tiers et Ã©tÃ©').repaired).toBe(3);
  });
});
