/**
 * The offline file's data slots: graph text is data, so whatever a passage holds comes back out of the page
 * unchanged and the HTML parser sees no script but the page's own.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { EMPTY_SLOTS, GRAPH_SLOT_ID, OfflineTemplateError, TOUR_SLOT_ID, embedOfflineData, jsonForScriptElement } from '../../../src/lib/offline/embed';

const ATTACK = '</script><script>alert(1)</script>';
const TEMPLATE = `<!doctype html><html><head><meta charset="utf-8" />${EMPTY_SLOTS}<title>t</title></head><body><script>start()</script></body></html>`;

/** Every script element the parser finds, with its attributes and text, as a browser would split the page. */
function scripts(html: string): { attributes: Record<string, string>; text: string }[] {
  const found: { attributes: Record<string, string>; text: string }[] = [];
  let current: (typeof found)[number] | null = null;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script') current = { attributes, text: '' };
    },
    ontext(text) {
      if (current) current.text += text;
    },
    onclosetag(name) {
      if (name === 'script' && current) found.push(current), (current = null);
    }
  });
  parser.write(html);
  parser.end();
  return found;
}

function graphWith(text: string) {
  return { meta: { title: 'x' }, nodes: [], edges: [], passages: [{ id: 'doc/0', text }] };
}

describe('embedOfflineData', () => {
  it('keeps a passage that closes the element and opens a script intact, and adds no script', () => {
    const graph = graphWith(`avant ${ATTACK} <!--<script> et $& $' fin \u2028`);
    const html = embedOfflineData(TEMPLATE, { graph, tour: null });
    const found = scripts(html);
    expect(found.map((script) => script.attributes.id ?? script.text)).toEqual([GRAPH_SLOT_ID, TOUR_SLOT_ID, 'start()']);
    expect(found.filter((script) => script.attributes.type !== 'application/json').map((script) => script.text)).toEqual(['start()']);
    expect(JSON.parse(found[0].text)).toEqual(graph);
    expect(JSON.parse(found[1].text)).toBeNull();
    expect(found[0].text).not.toMatch(/[<>&]/);
  });

  it('carries the tour when there is one', () => {
    const tour = { steps: [{ title: `<b>${ATTACK}</b>` }] };
    const found = scripts(embedOfflineData(TEMPLATE, { graph: graphWith('x'), tour }));
    expect(JSON.parse(found[1].text)).toEqual(tour);
  });

  it('fills only the page’s first script, not a look-alike in the bundle', () => {
    const template = TEMPLATE.replace('start()', `const s = '${EMPTY_SLOTS}'`);
    const html = embedOfflineData(template, { graph: graphWith('x'), tour: null });
    expect(html.split(EMPTY_SLOTS)).toHaveLength(2);
    expect(html.indexOf(EMPTY_SLOTS)).toBeGreaterThan(html.indexOf('<body>'));
  });

  it('refuses a page that is not a template', () => {
    expect(() => embedOfflineData('<html><head><script>x()</script></head></html>', { graph: {}, tour: null })).toThrow(OfflineTemplateError);
    const late = `<html><head><script>x()</script>${EMPTY_SLOTS}</head></html>`;
    expect(() => embedOfflineData(late, { graph: {}, tour: null })).toThrow(OfflineTemplateError);
  });
});

describe('jsonForScriptElement', () => {
  it('parses back to the same value and holds no character HTML reads', () => {
    const value = { text: `${ATTACK} & <!-- > \u2028\u2029 é` };
    const json = jsonForScriptElement(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps the real graph byte for byte once parsed', () => {
    const graph = JSON.parse(readFileSync('tests/e2e/fixtures/sample-graph.json', 'utf8'));
    expect(JSON.parse(jsonForScriptElement(graph))).toEqual(graph);
  });
});
