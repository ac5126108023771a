/** Graphs the export tests share: the tiny fixture, and the same with labels that break naive writers. */
import { parseGraphData, type GraphData } from '../../../../src/lib/graph/schema';
import tiny from '../../../fixtures/tiny-graph.json';

export function loadTinyGraph(): GraphData {
  return parseGraphData(structuredClone(tiny));
}

/** Commas, double quotes, « guillemets », typographic apostrophes, ampersands and angle brackets, accents. */
export const TRICKY_LABELS: Record<string, string> = {
  'person:marie-dupont': 'Dupont, Marie "la Verte"',
  'organization:relation-et-cie': '<Relation & Cie>',
  'concept:experience-client': '« expérience client », d’abord',
  'concept:eolien': 'éolien; l’énergie du vent'
};

export function loadTrickyGraph(): GraphData {
  const graph = loadTinyGraph();
  for (const node of graph.nodes) node.label = TRICKY_LABELS[node.id] ?? node.label;
  graph.clusters[0].label = 'R&D, « test » "quoted"';
  const affiliation = graph.edges.find((edge) => edge.kind === 'affiliation')!;
  affiliation.relation = 'consultant chez, "associé"';
  return graph;
}
