import { describe, expect, it } from 'vitest';
import { findTrailingCut, isDateLine, removeBoilerplate } from '../../../../src/lib/pipeline/ingest/boilerplate';
import { isBoilerplateLine, isUrlSlug } from '../../../../src/lib/pipeline/ingest/boilerplate-patterns';
import { splitCaptions } from '../../../../src/lib/pipeline/ingest/captions';

const PROSE = 'Les entreprises ont compris qu’il fallait bouger, car il n’était plus question de performance sur leur marché mais de survie de leur métier.';

describe('boilerplate lines', () => {
  it.each([
    'Laisser un commentaire',
    'Leave a Reply',
    'Votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    'Your email address will not be published. Required fields are marked *',
    'Réagissez et partagez votre avis !',
    'Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter:',
    'Vous commentez à l’aide de votre compte WordPress.com. Déconnexion / Changer )',
    'Connexion à %s',
    'Logo WordPress.com',
    'Image Twitter',
    'Photo Facebook',
    'Photo Google+',
    '9 réflexions sur “[Transformation digitale] « il n’y aura pas »',
    'Une réflexion sur « Le titre »',
    '12 comments',
    'No comments',
    'Aucun commentaire',
    'Trackbacks/Pingbacks',
    'Pingback: [Transformation digitale] « il n’y ...',
    'Billets similaires :',
    'Sur le même thème',
    'SUR LE MÊME THÈME',
    'Related posts',
    'À lire aussi :',
    'Partager :',
    'Share this:',
    'J’aime chargement…',
    'Retour haut de page',
    'Back to top',
    'banniere de fond article',
    'Bannière de fond',
    'Tags : numérique, client'
  ])('"%s" is boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    PROSE,
    'Une réponse à la crise',
    'Un avis partagé par beaucoup de dirigeants.',
    'Partager des convictions que nous avions depuis longtemps.',
    'Commentaires des clients et notation',
    'Image de marque et expérience client',
    'Le digital, le service & la ville',
    'Merci Bertrand'
  ])('"%s" is article text', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    { line: 'industrie-energie-esn-lille-ssii-grenoble-paris-lyon-nantes-bordeaux-hardis-group', slug: true },
    { line: 'la-revolution-qui-vient.html', slug: true },
    { line: 'cross-canal', slug: false },
    { line: 'Une phrase avec des mots-clés', slug: false }
  ])('slug "$line": $slug', ({ line, slug }) => {
    expect(isUrlSlug(line)).toBe(slug);
  });

  it.each([
    { line: '7 Juil 2015', date: true },
    { line: 'Publié le 12 février 2013', date: true },
    { line: '07/07/2015', date: true },
    { line: 'Le Monde du mardi 12 février 2013, p. 6.', date: false },
    { line: 'Depuis 2015', date: false }
  ])('date line "$line": $date', ({ line, date }) => {
    expect(isDateLine(line)).toBe(date);
  });
});

describe('splitCaptions', () => {
  it.each([
    {
      label: 'screen capture glued to text',
      input: 'Capture d’écran 2015-04-20 à 15.17.00Je trouve ce type d’initiative plutôt courageuse',
      expected: ['Je trouve ce type d’initiative plutôt courageuse']
    },
    { label: 'English screenshot name', input: 'Screenshot 2021-03-04 at 10.11.12 AM.png', expected: [] },
    { label: 'upper-case label glued to a word', input: 'BERTRAND_DUPERRINIl y a dans ce manifeste', expected: ['Il y a dans ce manifeste'] },
    { label: 'label mid-paragraph starts a new one', input: 'Fin de phrase. PHOTO_2015_01Le texte suit', expected: ['Fin de phrase.', 'Le texte suit'] },
    { label: 'lone label', input: 'IMG_2041', expected: [] },
    { label: 'lone image file', input: 'schema-general.png', expected: [] },
    { label: 'acronyms are not captions', input: 'La DRH et la DSI de la SNCF', expected: ['La DRH et la DSI de la SNCF'] },
    { label: 'a date in a sentence stays', input: 'Le 2015-04-20 à 15.17 nous avons publié', expected: ['Le 2015-04-20 à 15.17 nous avons publié'] }
  ])('$label', ({ input, expected }) => {
    expect(splitCaptions(input)).toEqual(expected);
  });
});

describe('removeBoilerplate', () => {
  it('drops the slug first line and a repeated title', () => {
    expect(removeBoilerplate(['mon-article-sur-le-digital-2015', 'Le titre ?', 'Le titre ?', '7 Juil 2015', PROSE])).toEqual(['Le titre ?', PROSE]);
  });

  it('cuts a comment section with its comments', () => {
    const page = [PROSE, 'Pour peu qu’elles veuillent changer.', 'Merci Bertrand', '9 réflexions sur “Le titre”', `Un lecteur : ${PROSE}`, 'Pingback: Autre blog', 'Réagissez et partagez votre avis !', 'Image Twitter'];
    expect(removeBoilerplate(page)).toEqual(page.slice(0, 3));
  });

  it('cuts related posts made of short link lines', () => {
    const page = [PROSE, 'Benoît Meyronin', 'SUR LE MÊME THÈME', 'banniere de fond article', '7 idées reçues sur Salesforce – DEBUNKED', 'Quelle drone d’idée ?!', 'Leave a Reply'];
    expect(removeBoilerplate(page)).toEqual([PROSE, 'Benoît Meyronin']);
  });

  it('keeps the article after a related-links box in its middle, dropping the box heading only', () => {
    const page = [PROSE, 'À lire aussi :', 'Un autre article', PROSE.replace('bouger', 'changer'), 'Conclusion'];
    expect(findTrailingCut(page)).toBe(page.length);
    expect(removeBoilerplate(page)).toEqual([PROSE, 'Un autre article', PROSE.replace('bouger', 'changer'), 'Conclusion']);
  });

  it('keeps footnotes and signatures', () => {
    const page = [PROSE, '[1] Pour parodier le titre du dernier livre de l’économiste Laurent Davezies, Le Seuil, 2012.', 'Benoît Meyronin', 'Directeur R&D de l’Académie du Service', 'Laisser un commentaire'];
    expect(removeBoilerplate(page)).toEqual(page.slice(0, 4));
  });

  it('never cuts the first paragraph', () => {
    expect(removeBoilerplate(['Commentaires', PROSE])).toEqual([PROSE]);
  });
});
