/**
 * Cluster colours: Tableau 10 first (distinct hues, readable on white and as text backgrounds), then Set 3
 * without its grey, which the explorer keeps for nodes without a cluster. Past those 21 the palette cycles:
 * clusters that far down the size order are small, and their labels tell them apart.
 */
import { schemeSet3, schemeTableau10 } from 'd3-scale-chromatic';

const GREY = '#d9d9d9';

export const CLUSTER_PALETTE: readonly string[] = [
  ...schemeTableau10,
  ...schemeSet3.filter((color) => color !== GREY)
].map((color) => color.toLowerCase());

export function pickClusterColor(index: number): string {
  return CLUSTER_PALETTE[index % CLUSTER_PALETTE.length];
}
