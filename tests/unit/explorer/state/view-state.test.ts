import { describe, expect, it } from 'vitest';
import { decodeUrlView, encodeUrlView } from '../../../../src/lib/explorer/state/url-state';
import { ViewState } from '../../../../src/lib/explorer/state/view-state.svelte';
import { SAMPLE } from '../fixture';

describe('ViewState', () => {
  it('selects a node and drops an unknown id', () => {
    const view = new ViewState(SAMPLE);
    view.selectNode('person:satya-nadella');
    expect(view.selectedNode?.label).toBe('Satya Nadella');
    view.selectNode('person:inconnu');
    expect(view.selection).toBeNull();
  });

  it('searches accent-insensitively', () => {
    const view = new ViewState(SAMPLE);
    expect(view.search('experience')[0].node.label).toBe('expérience client');
  });

  it('derives what is visible from filters and focus', () => {
    const view = new ViewState(SAMPLE);
    view.toggleType('person');
    expect([...view.visibleNodes].some((id) => id.startsWith('person:'))).toBe(false);
    view.toggleType('person');
    view.setFocus('organization:emakina', 1);
    expect(view.visibleNodes.has('person:bertrand-duperrin')).toBe(true);
    expect(view.visibleNodes.has('person:satya-nadella')).toBe(false);
    view.resetFilters();
    expect(view.visibleNodes.size).toBe(SAMPLE.nodes.length);
  });

  it('opens with documents hidden, and a search pick shows a filtered-out node', () => {
    const view = new ViewState(SAMPLE);
    expect(view.hiddenTypes.has('document')).toBe(true);
    view.toggleType('person');
    view.setMinImportance(1);
    view.showNode('person:satya-nadella');
    expect(view.visibleNodes.has('person:satya-nadella')).toBe(true);
    expect(view.hiddenTypes.has('document')).toBe(true);
  });

  it('highlights the hovered node’s neighbourhood, else the selection’s', () => {
    const view = new ViewState(SAMPLE);
    expect(view.highlighted).toBeNull();
    view.selectNode('organization:emakina');
    expect(view.highlighted?.has('person:bertrand-duperrin')).toBe(true);
    view.setHover('person:satya-nadella');
    expect(view.highlighted?.has('organization:microsoft')).toBe(true);
    expect(view.highlighted?.has('organization:emakina')).toBe(false);
  });

  it('round-trips its URL part', () => {
    const view = new ViewState(SAMPLE);
    view.selectEdge(SAMPLE.edges[0].id);
    view.openDocument('002_amazon', '002_amazon/1');
    view.toggleCluster('c2');
    view.setMinWeight(1);
    view.commitViewport({ x: 10, y: 20, k: 1.5 });
    const copy = new ViewState(SAMPLE);
    copy.applyUrlView(decodeUrlView(new URLSearchParams(encodeUrlView(view.urlView))));
    expect(copy.urlView).toEqual(view.urlView);
    expect(copy.camera?.kind).toBe('viewport');
  });

  it('ignores URL ids the graph does not know', () => {
    const view = new ViewState(SAMPLE);
    view.applyUrlView(decodeUrlView(new URLSearchParams('node=concept:disparu&doc=nope&focus=ghost')));
    expect(view.selection).toBeNull();
    expect(view.reading).toBeNull();
    expect(view.focus).toBeNull();
  });

  it('translates in the chosen language', () => {
    const view = new ViewState(SAMPLE, { language: 'en' });
    expect(view.t('search.label')).toBe('Search');
    view.setLanguage('fr');
    expect(view.t('search.label')).toBe('Rechercher');
  });

  describe('replaceGraph (a correction rebuilt the graph)', () => {
    /** What a rebuild does to groups: renumbered by size, recoloured by their new rank, one node gone. */
    function rebuilt(drop: string) {
      const [c0, c1, ...rest] = SAMPLE.clusters;
      const clusters = [
        { ...c1, id: 'c0', color: c0.color },
        { ...c0, id: 'c1', color: c1.color, nodes: c0.nodes.filter((id) => id !== drop) },
        ...rest
      ];
      const renumber = new Map([['c0', 'c1'], ['c1', 'c0']]);
      return {
        ...SAMPLE,
        nodes: SAMPLE.nodes.filter((node) => node.id !== drop).map((node) => ({ ...node, cluster: node.cluster && (renumber.get(node.cluster) ?? node.cluster) })),
        edges: SAMPLE.edges.filter((edge) => edge.source !== drop && edge.target !== drop),
        clusters
      };
    }
    const colourOf = (view: ViewState, member: string) => view.index.clusters.get(view.index.nodes.get(member)!.cluster!)!.color;

    it('keeps the selection, the groups’ colours and which groups are hidden, and downloads the graph as rebuilt', () => {
      const view = new ViewState(SAMPLE);
      view.selectNode('person:satya-nadella');
      view.toggleCluster('c1');
      const before = { amazon: colourOf(view, 'organization:amazon'), duperrin: colourOf(view, 'person:bertrand-duperrin') };
      const next = rebuilt('concept:mobilite');
      view.replaceGraph(next);
      expect(view.selectedNode?.label).toBe('Satya Nadella');
      expect({ amazon: colourOf(view, 'organization:amazon'), duperrin: colourOf(view, 'person:bertrand-duperrin') }).toEqual(before);
      // Duperrin's group was hidden under its old number, c1; it is c0 now, and still hidden.
      expect(view.hiddenClusters).toEqual(new Set(['c0']));
      expect(view.visibleNodes.has('person:bertrand-duperrin')).toBe(false);
      expect(view.graph).toBe(next);
      expect(view.index.nodes.has('concept:mobilite')).toBe(false);
    });

    it('shows the node asked for, and lets go of a selection or focus the rebuild removed', () => {
      const view = new ViewState(SAMPLE);
      view.selectNode('concept:mobilite');
      view.setFocus('concept:mobilite');
      view.replaceGraph(rebuilt('concept:mobilite'));
      expect(view.selection).toBeNull();
      expect(view.focus).toBeNull();
      view.replaceGraph(rebuilt('concept:mobilite'), { select: 'organization:amazon' });
      expect(view.selectedNode?.label).toBe(SAMPLE.nodes.find((node) => node.id === 'organization:amazon')!.label);
      expect(view.search('mobilit').some((hit) => hit.node.id === 'concept:mobilite')).toBe(false);
    });

    it('leaves a group the person recoloured in their colour', () => {
      const view = new ViewState(SAMPLE);
      const next = rebuilt('concept:mobilite');
      next.clusters[1] = { ...next.clusters[1], color: '#123456' };
      view.replaceGraph(next, { chosenColors: new Set(['c1']) });
      expect(colourOf(view, 'organization:amazon')).toBe('#123456');
    });
  });
});
