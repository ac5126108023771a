/**
 * Name typing on sentences of the kinds the issue lists, written for this test: each asserts what a French
 * reader would call the name, through the whole pipeline with the real lexicon and gazetteers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../../src/lib/graph/schema';
import { buildFrom, nodeByLabel } from '../../helpers/corpus';

const TEXT = `Les banques face au numérique

La Société Générale et la Caisse d’Épargne ferment des agences, selon Le Monde. Chez Orange, l’opérateur prépare une offre avec Carrefour.
Le Conseil constitutionnel a rendu sa décision mardi. La Banque mondiale et l’OCDE publient leurs prévisions.
Le général Henri Marchand a rencontré le ministre Narendra Modi à Lyon. Le président chinois Xi Jinping était attendu à Strasbourg.
Mme Aminata Touré explique que la croissance ralentit. Selon Marchand, la Bretagne et la Normandie en profitent.
According to the report, growth slows. Customer experience matters.
Nous contribuons à des sites comme Trip Advisor ou Allo Ciné, et à des services comme Autolib, Vélib, BlaBla Car.
Écrivez à contact@banques-demain.fr ou lisez https://banques-demain.fr/lettre pour en savoir plus.`;

let graph: GraphData;

beforeAll(async () => {
  graph = (await buildFrom([{ name: 'banques.txt', bytes: new TextEncoder().encode(TEXT) }])).graph;
});

describe('typing names from their cues over the corpus', () => {
  it.each([
    { name: 'Société Générale', type: 'organization' },
    { name: 'Caisse d’Épargne', type: 'organization' },
    { name: 'Le Monde', type: 'organization' },
    { name: 'Orange', type: 'organization' },
    { name: 'Conseil constitutionnel', type: 'organization' },
    { name: 'Banque mondiale', type: 'organization' },
    { name: 'OCDE', type: 'organization' },
    { name: 'Trip Advisor', type: 'organization' },
    { name: 'Allo Ciné', type: 'organization' },
    { name: 'BlaBla Car', type: 'organization' },
    { name: 'Henri Marchand', type: 'person' },
    { name: 'Narendra Modi', type: 'person' },
    { name: 'Xi Jinping', type: 'person' },
    { name: 'Aminata Touré', type: 'person' }
  ])('$name is a $type', ({ name, type }) => {
    expect(nodeByLabel(graph, name)?.type).toBe(type);
  });

  it.each(['Lyon', 'Strasbourg', 'Bretagne', 'Normandie', 'According', 'Customer'])('%s is no node of its own', (name) => {
    expect(nodeByLabel(graph, name)).toBeUndefined();
  });

  it('folds the bare surname into the person, and gives no node to e-mail addresses or URLs', () => {
    expect(nodeByLabel(graph, 'Henri Marchand')!.frequency).toBe(2);
    expect(graph.nodes.find((node) => node.label === 'Marchand')).toBeUndefined();
    const labels = graph.nodes.map((node) => node.label).join(' ');
    expect(labels).not.toMatch(/@|https?:|banques-demain/u);
  });
});

describe('institutions written the French way, and places named as such', () => {
  const INSTITUTIONS = `Chronique

Le diplomate travaille au ministère des Affaires étrangères depuis 1990. Le musée du Temps rouvre ses salles.
La chambre de commerce de Lyon proteste, et le Sénat vote la loi. Elle publie au National Bureau of Economic Research.
Le vicomte de Vogüé et le général de Négrier assistaient à la séance, avec Mme veuve Duclos et MM. Blin et Bloch.
Le président de la région Occitanie arrive de Madrid et de Vesoul, puis repart vers Le Havre et l’Europe.
Le SAV répond vite, la R&D innove. Les RH recrutent des DRH pour les PME, et la CGT défend les salariés de la CGT.
Comme le titrait La Tribune12, les PME attendent13.
Airbus, qui vend des avions à EgyptAir, attend. Le député RN Frédéric Maury et le Rassemblement national votent contre, sous la direction de Jeanne Vidal.`;
  let built: GraphData;

  beforeAll(async () => {
    built = (await buildFrom([{ name: 'chronique.txt', bytes: new TextEncoder().encode(INSTITUTIONS) }])).graph;
  });

  it.each([
    { name: 'ministère des Affaires étrangères', type: 'organization' },
    { name: 'musée du Temps', type: 'organization' },
    { name: 'chambre de commerce de Lyon', type: 'organization' },
    { name: 'Sénat', type: 'organization' },
    { name: 'National Bureau of Economic Research', type: 'organization' },
    { name: 'Vogüé', type: 'person' },
    { name: 'Négrier', type: 'person' },
    { name: 'Duclos', type: 'person' },
    { name: 'Bloch', type: 'person' },
    // A name the lexicon knows, bare at a sentence start before a relative clause; a brand's inner capital.
    { name: 'Airbus', type: 'organization' },
    { name: 'EgyptAir', type: 'organization' },
    // A party's acronym before a person is a name of its own, and no person for the role before it.
    { name: 'RN', type: 'organization' },
    { name: 'Frédéric Maury', type: 'person' },
    { name: 'Rassemblement national', type: 'organization' },
    { name: 'Jeanne Vidal', type: 'person' }
  ])('$name is a $type', ({ name, type }) => {
    expect(nodeByLabel(built, name)?.type).toBe(type);
  });

  it.each(['SAV', 'R&D'])('%s, an abbreviation the lexicon spells out as a common noun, is no organisation', (name) => {
    expect(nodeByLabel(built, name)?.type).not.toBe('organization');
  });

  it.each(['RH', 'DRH', 'PME'])('%s, an acronym the text puts after a plural determiner only, is no organisation', (name) => {
    expect(nodeByLabel(built, name)?.type).not.toBe('organization');
  });

  it('an acronym used with a singular determiner stays a body, and a footnote call leaves the name whole', () => {
    expect(nodeByLabel(built, 'CGT')?.type).toBe('organization');
    expect(nodeByLabel(built, 'La Tribune')?.type).toBe('organization');
    expect(built.nodes.map((node) => node.label).join(' ')).not.toMatch(/Tribune\s?12|attendre\s?13/u);
  });

  it.each(['Occitanie', 'Madrid', 'Vesoul', 'Le Havre', 'Europe'])('%s is a place, so no node of its own', (name) => {
    expect(nodeByLabel(built, name)).toBeUndefined();
  });
});

describe('long institution names, compound names and the places French calls by its own names', () => {
  const DISPATCH = `Dépêche

Il entre à l’École polytechnique en 1820. Le musée des Beaux-Arts et d’Archéologie expose ses plans.
La Compagnie des chemins de fer de Paris à Orléans l’emploie. Selon Météo-France, les pluies continuent. Météo-France prévoit du vent.
La chambre de commerce et d’industrie de Nantes proteste. L’Organisation des Nations unies condamne l’attaque.
Le ministère de l’Agriculture et de la Souveraineté alimentaire répond. Elle écrit dans la Revue française de gestion et chez Prentice-Hall.
Ministère de l’Intérieur (2021). Rapport annuel. National Bureau of Economic Research (2020). Working papers.
Martin, J. (1999). Learning in Work Teams. Administrative Science Quarterly, 44(2), 350-383.
Le Journal de Rouen le rappelle. Pour la Banque mondiale, la croissance ralentit.
Le sommet réunit Bruxelles et Le Caire ; la délégation arrive à Pékin, passe par Francfort, Nimègue et Aix-la-Chapelle, puis par le Congo.`;
  let built: GraphData;

  beforeAll(async () => {
    built = (await buildFrom([{ name: 'depeche.txt', bytes: new TextEncoder().encode(DISPATCH) }])).graph;
  });

  it.each([
    'École polytechnique',
    'musée des Beaux-Arts et d’Archéologie',
    'Compagnie des chemins de fer de Paris à Orléans',
    'Météo-France',
    'chambre de commerce et d’industrie de Nantes',
    'Organisation des Nations unies',
    'ministère de l’Agriculture et de la Souveraineté alimentaire',
    'Revue française de gestion',
    'Prentice-Hall',
    // At a sentence start, as reference lists open their entries; the article before a name stays out of it.
    'Ministère de l’Intérieur',
    'National Bureau of Economic Research',
    'Journal de Rouen',
    'Banque mondiale',
    // A reference's journal, before its volume and issue.
    'Administrative Science Quarterly'
  ])('%s is one organisation, whole', (name) => {
    expect(nodeByLabel(built, name)?.type).toBe('organization');
  });

  it.each(['Pékin', 'Bruxelles', 'Caire', 'Le Caire', 'Francfort', 'Nimègue', 'Aix-la-Chapelle', 'Congo'])('%s is a place, so no node of its own', (name) => {
    expect(nodeByLabel(built, name)).toBeUndefined();
  });
});

describe('rivers and regions by their article, English titles in references', () => {
  const ESSAY = `Le fleuve et l’atelier

La Seine déborde à Rouen, et le Tage à Lisbonne. Les usines du Wurtemberg et de la Franche-Comté exportent.
Les crues de la Seine et du Tage reviennent. Les ateliers de Sotteville ferment, ceux de Neuilly aussi, écrit La Croix. Le Wurtemberg investit, la Franche-Comté aussi.
Selon l’Insee, l’emploi industriel recule. L’ONU, par la voix de son secrétaire général, s’inquiète. Nous remercions Coop de France pour son aide. Le président égyptien Abdel Fattah al-Sissi reçoit. Le tour réunit Bpifrance et l’américain General Catalyst. France Travail ouvre une permanence ; FO et la CFE-CGC appellent à la grève. Son mari travaille chez un sous-traitant, les Transports Mangin. Même tonalité chez Outscale, la filiale de Dassault Systèmes. Dominique Faucher, le maire, se félicite. Le recours est déposé devant le tribunal administratif de Bordeaux. Fondée par deux anciens ingénieurs de Safran, la jeune pousse grandit. Selon al-Sissi, la dette pèse. Paru aux éditions du Pommier en 2012.
Ostrom, E. (1990). Governing the Commons: The Evolution of Institutions. Cambridge University Press.
Edmondson, A. (1999). Psychological Safety and Learning Behavior. Work Teams, 35(3), 393-411.`;
  let built: GraphData;

  beforeAll(async () => {
    built = (await buildFrom([{ name: 'essai.txt', bytes: new TextEncoder().encode(ESSAY) }])).graph;
  });

  // Sotteville(-lès-Rouen), Neuilly(-sur-Seine): communes by their short names.
  it.each(['Seine', 'Tage', 'Wurtemberg', 'Franche-Comté', 'Sotteville', 'Neuilly'])('%s is a place, so no node of its own', (name) => {
    expect(nodeByLabel(built, name)).toBeUndefined();
  });

  // ONU is also the lexicon's common noun "O.N.U.", yet a proper noun too: the body.
  it.each(['Insee', 'ONU', 'Coop de France', 'Pommier', 'Cambridge University Press', 'La Croix'])('%s is an organisation', (name) => {
    expect(nodeByLabel(built, name)?.type).toBe('organization');
  });

  it.each(['General Catalyst', 'France Travail', 'CFE-CGC', 'Transports Mangin', 'Dassault Systèmes', 'tribunal administratif de Bordeaux', 'Safran'])('%s, named as the press names it, is an organisation', (name) => {
    expect(nodeByLabel(built, name)?.type).toBe('organization');
  });

  it('reads a role after a comma and its article as the person’s', () => {
    expect(nodeByLabel(built, 'Dominique Faucher')?.type).toBe('person');
  });

  it('reads the Arabic article as part of a surname, and a role with its adjective as a cue', () => {
    expect(nodeByLabel(built, 'Abdel Fattah al-Sissi')?.type).toBe('person');
    expect(nodeByLabel(built, 'Abdel Fattah al-Sissi')?.aliases).toContain('al-Sissi');
  });

  it.each(['Governing', 'Commons', 'Safety', 'Learning Behavior'])('%s, a word of an English title, names nothing', (name) => {
    expect(['person', 'organization']).not.toContain(nodeByLabel(built, name)?.type);
  });
});
