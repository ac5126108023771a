// The saved tour draft: versioned, checked step by step on load, guarded against another tab's newer save,
// and honest when the browser refuses to store it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_VIEW } from '../../../src/lib/explorer/state/url-state';
import { DRAFT_KEY, draftKeyFor, DraftStore, loadDraftTour } from '../../../src/lib/tour/draft-store';
import { viewToStep } from '../../../src/lib/tour/tour-draft';
import { SAMPLE } from '../explorer/fixture';

/** localStorage as two tabs of one origin share it. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  refuse = false;
  get length() { return this.#items.size; }
  clear() { this.#items.clear(); }
  getItem(key: string) { return this.#items.get(key) ?? null; }
  key(index: number) { return [...this.#items.keys()][index] ?? null; }
  removeItem(key: string) { this.#items.delete(key); }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('quota', 'QuotaExceededError');
    this.#items.set(key, value);
  }
}

const nadella = viewToStep({ ...DEFAULT_URL_VIEW, node: 'person:satya-nadella' }, 'Le patron');
const overview = viewToStep(DEFAULT_URL_VIEW, 'Vue d’ensemble');

describe('DraftStore', () => {
  it('keeps a draft per graph: opening one of "my graphs" leaves the built-in graph\'s draft as it was', () => {
    const storage = new MemoryStorage();
    new DraftStore(SAMPLE, storage).save([nadella, overview]);
    const mine = new DraftStore(SAMPLE, storage, draftKeyFor('g-1'));
    expect(mine.load()).toEqual({ steps: [], dropped: [] });
    expect(mine.save([overview])).toBe('saved');
    expect(new DraftStore(SAMPLE, storage, draftKeyFor(null)).load().steps).toEqual([nadella, overview]);
    expect(loadDraftTour(SAMPLE, storage, draftKeyFor('g-1')).tour?.steps).toEqual([overview]);
  });

  it('round-trips the steps in a versioned record', () => {
    const storage = new MemoryStorage();
    expect(new DraftStore(SAMPLE, storage).save([nadella, overview])).toBe('saved');
    expect(JSON.parse(storage.getItem(DRAFT_KEY)!)).toMatchObject({ version: 1, revision: 1 });
    expect(new DraftStore(SAMPLE, storage).load()).toEqual({ steps: [nadella, overview], dropped: [] });
  });

  it.each([
    { name: 'not JSON', stored: '{"steps": [', dropped: ['the saved draft is not valid JSON'] },
    { name: 'a newer version', stored: JSON.stringify({ version: 9, steps: [] }), dropped: ['the saved draft has version 9, not 1'] },
    { name: 'no steps', stored: JSON.stringify({ version: 1 }), dropped: ['the saved draft has no list of steps'] }
  ])('reads $name as an empty draft, saying why', ({ stored, dropped }) => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, stored);
    expect(new DraftStore(SAMPLE, storage).load()).toEqual({ steps: [], dropped });
  });

  it('keeps the good steps of a damaged draft and names each one dropped (old bare-array drafts read too)', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify([nadella, 1, 1, { caption: 'x', node: 'person:inconnu' }, { ...overview, evidence: ['001_microsoft/0', '001_microsoft/0'] }]));
    const loaded = new DraftStore(SAMPLE, storage).load();
    expect(loaded.steps).toEqual([nadella]);
    expect(loaded.dropped).toHaveLength(4);
    expect(loaded.dropped[2]).toBe('tour draft: step 4.node names unknown node "person:inconnu"');
    expect(loaded.dropped[3]).toBe('tour draft: step 5.evidence[1] "001_microsoft/0" is listed twice');
  });

  it('stores the draft without its bad entries at the next save, so the notice is given once', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify([nadella, 1]));
    const store = new DraftStore(SAMPLE, storage);
    expect(store.save(store.load().steps)).toBe('saved');
    expect(new DraftStore(SAMPLE, storage).load()).toEqual({ steps: [nadella], dropped: [] });
  });

  it('will not overwrite a draft another tab saved after this one read, and hands that draft back', () => {
    const storage = new MemoryStorage();
    const tabA = new DraftStore(SAMPLE, storage);
    const tabB = new DraftStore(SAMPLE, storage);
    tabA.load();
    tabB.load();
    expect(tabA.save([nadella, overview])).toBe('saved');
    expect(tabB.save([overview])).toBe('conflict');
    expect(tabB.load().steps).toEqual([nadella, overview]);
    expect(tabB.save([nadella, overview, overview])).toBe('saved');
    expect(new DraftStore(SAMPLE, storage).load().steps).toHaveLength(3);
  });

  it('does not write back what it has just read, so two tabs do not echo each other', () => {
    const storage = new MemoryStorage();
    new DraftStore(SAMPLE, storage).save([nadella]);
    const store = new DraftStore(SAMPLE, storage);
    expect(store.save(store.load().steps)).toBe('unchanged');
  });

  it('says when the browser refuses to store the draft, or has no storage at all', () => {
    const storage = new MemoryStorage();
    storage.refuse = true;
    expect(new DraftStore(SAMPLE, storage).save([nadella])).toBe('unavailable');
    expect(new DraftStore(SAMPLE, null).save([nadella])).toBe('unavailable');
  });
});

describe('loadDraftTour', () => {
  it('names the step a broken draft gets wrong, for the presentation to show', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, revision: 1, steps: [overview, { caption: 'x', focus: 'foo' }] }));
    expect(loadDraftTour(SAMPLE, storage)).toEqual({ tour: null, error: 'tour draft: steps[1].focus names unknown node "foo"' });
  });
});
