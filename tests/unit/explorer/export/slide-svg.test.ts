import { describe, expect, it } from 'vitest';
import { buildSlideScene } from '../../../../src/lib/explorer/export/slide-scene';
import { escapeXml, layoutSlide, renderSlideSvg, SLIDE_SIZES, wrapText } from '../../../../src/lib/explorer/export/slide-svg';
import { ViewState } from '../../../../src/lib/explorer/state/view-state.svelte';
import { SAMPLE } from '../fixture';

const PALETTE = { bg: '#000000', text: '#ffffff', muted: '#d0d4da', edge: '#b9c2cf', edgeActive: '#ffd84d', nodeStroke: '#000000', accent: '#ffd84d' };

function slide(view: ViewState, text: { title: string; caption: string; quotes: { text: string; source: string }[] }, aspect: '16:9' | '4:3' = '16:9') {
  const { width, height } = SLIDE_SIZES[aspect];
  const layout = layoutSlide(width, height, text);
  const scene = buildSlideScene(view, { width: layout.graph.width, height: layout.graph.height, subject: view.highlighted ? [...view.highlighted] : [], scale: 1.8 });
  return { svg: renderSlideSvg(scene, layout, text, PALETTE, 1.8), scene, layout };
}

describe('wrapText', () => {
  it.each([
    { text: 'La transformation digitale est d’abord humaine', width: 1000, lines: ['La transformation digitale est d’abord humaine'] },
    { text: 'un deux trois quatre cinq six', width: 60, lines: ['un deux', 'trois…'] }
  ])('"$text" in $width px', ({ text, width, lines }) => {
    expect(wrapText(text, width, 10, 2)).toEqual(lines);
  });

  it('never doubles punctuation where it cuts', () => {
    const [, last] = wrapText('Il faut du temps. Beaucoup de temps, vraiment, et encore', 110, 10, 2);
    expect(last.endsWith('…')).toBe(true);
    expect(last).not.toMatch(/[.,]…$/);
  });
});

describe('slides', () => {
  it('are 1920×1080 or 1440×1080 with the title, caption and quote drawn, corpus text escaped', () => {
    const view = new ViewState(SAMPLE);
    const text = { title: 'Le patron de « Microsoft » & <co>', caption: 'Satya Nadella dirige Microsoft.', quotes: [{ text: 'Le cloud d’abord.', source: 'Article' }] };
    const { svg } = slide(view, text);
    expect(svg).toContain('width="1920" height="1080"');
    expect(svg).toContain('Le patron de « Microsoft » &amp; &lt;co&gt;');
    expect(svg).toContain('>Satya Nadella dirige Microsoft.</text>');
    expect(svg).toContain('« Le cloud d’abord. »');
    expect(svg).toContain('— Article');
    expect(slide(view, text, '4:3').svg).toContain('width="1440" height="1080"');
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });

  it('show the view’s own emphasis: the selection and its neighbours, the rest dimmed', () => {
    const view = new ViewState(SAMPLE);
    view.selectNode('person:satya-nadella');
    const { scene } = slide(view, { title: 'Satya Nadella', caption: '', quotes: [] });
    const bright = new Set(scene.nodes.filter((node) => !node.dim).map((node) => node.id));
    expect(bright).toEqual(view.highlighted);
    expect(scene.labels.filter((label) => !label.dim).map((label) => label.id)).toEqual(expect.arrayContaining(['person:satya-nadella', 'organization:microsoft']));
    expect(scene.nodes.find((node) => node.selected)?.id).toBe('person:satya-nadella');
  });

  it('give the same bytes for the same view', () => {
    const text = { title: 'Vue d’ensemble', caption: '', quotes: [] };
    expect(slide(new ViewState(SAMPLE), text).svg).toBe(slide(new ViewState(SAMPLE), text).svg);
  });

  it('draw the cluster legend when there is no caption', () => {
    const { svg } = slide(new ViewState(SAMPLE), { title: 'Vue d’ensemble', caption: '', quotes: [] });
    expect(svg).toContain('>Cloud et IA</text>');
  });
});
