import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  applyCuration,
  curatedTerms,
  curationJsonSchema,
  curationJsonSchemaText,
  excludedWords,
  parseCuration,
  type Curation
} from '../../../src/lib/pipeline/curation';
import type { ExtractedNode, MentionSpan, PipelineWarning } from '../../../src/lib/pipeline/types';

function mention(passage: string, start: number, surface: string): MentionSpan {
  return { passage, start, end: start + surface.length, surface };
}

function node(id: string, label: string, fields: Partial<ExtractedNode> = {}): ExtractedNode {
  const type = id.startsWith('person:') ? 'person' : id.startsWith('organization:') ? 'organization' : 'concept';
  return { id, label, type, aliases: [], mentions: [], typeConfidence: 0.5, salience: 1, ...fields };
}

/** A tiny hand-made extraction: accents, both apostrophes, a homonym pair, a document node. */
const NODES: ExtractedNode[] = [
  node('concept:transformation-digitale', 'transformation digitale', {
    mentions: [mention('d0/10', 4, 'transformation digitale'), mention('d0/2', 0, 'transformation digitale')],
    typeConfidence: 0.6,
    salience: 3
  }),
  node('concept:transformation-numerique', 'transformation numérique', {
    aliases: ['transformations numériques'],
    mentions: [mention('d0/9', 0, 'transformation numérique'), mention('d1/0', 5, 'transformations numériques')],
    typeConfidence: 0.9,
    salience: 2
  }),
  node('concept:digitalisation', 'digitalisation', { mentions: [mention('d0/0', 12, 'digitalisation')] }),
  node('concept:experience-client', 'l’expérience client', {
    aliases: ["l'expérience client"],
    mentions: [mention('d1/3', 0, 'l’expérience client')],
    salience: 4
  }),
  node('concept:velib', 'Vélib’', { mentions: [mention('d2/1', 7, 'Vélib’')] }),
  node('person:bertrand-duperrin', 'Bertrand Duperrin', { typeConfidence: 0.7 }),
  node('organization:orange', 'Orange', { typeConfidence: 0.4 }),
  node('concept:orange', 'orange'),
  node('concept:lire-la-suite', 'Lire la suite'),
  node('doc:d0', 'La révolution qui vient', { type: 'document' })
];

const curate = (input: Curation, nodes = NODES) => applyCuration(nodes, parseCuration(input));
const byId = (nodes: ExtractedNode[], id: string) => nodes.find((candidate) => candidate.id === id);
/** Warnings as the CLI prints them. */
const messages = (result: { warnings: PipelineWarning[] }) =>
  result.warnings.map((warning) => `${warning.source}: ${warning.message}`);

describe('parseCuration', () => {
  const valid: { name: string; input: unknown }[] = [
    { name: 'no sections', input: {} },
    { name: 'only the $schema key', input: { $schema: './curation.schema.json' } },
    { name: 'empty sections', input: { merge: [], rename: [], setType: [], add: [], drop: [], exclude: [] } },
    {
      name: 'every section with notes',
      input: {
        merge: [{ from: ['transformation numérique'], into: 'transformation digitale', note: 'même chose' }],
        rename: [{ node: 'velib', label: 'Vélib’' }],
        setType: [{ node: 'Orange', type: 'organization' }],
        add: [{ label: 'Vélib’', type: 'organization', aliases: ['Velib'] }, { label: 'Dassault', type: 'organization' }],
        drop: ['aujourd’hui'],
        exclude: ['lire la suite'],
        clusters: [{ member: 'expérience client', name: 'Expérience client', color: '#4e79a7', note: 'le thème' }]
      }
    }
  ];
  it.each(valid)('accepts $name as written', ({ input }) => {
    expect(parseCuration(input)).toEqual(input);
  });

  it('accepts the committed default curation', () => {
    const json: unknown = JSON.parse(readFileSync('graph-data/corpus/curation.json', 'utf8'));
    const curation = parseCuration(json);
    expect(curation.merge?.length).toBeGreaterThan(0);
    expect(curation.setType?.every((entry) => entry.node.length > 0)).toBe(true);
  });

  const wrong: { name: string; input: unknown; message: string }[] = [
    { name: 'an array', input: [], message: 'curation.json: must be a JSON object, not an array' },
    { name: 'a string', input: 'merge', message: 'curation.json: must be a JSON object' },
    {
      name: 'an unknown section',
      input: { merges: [] },
      message: 'curation.json: merges is not a section of a curation file (sections: merge, rename, setType, add, drop, exclude, clusters)'
    },
    { name: 'a section that is not a list', input: { drop: 'Orange' }, message: 'curation.json: drop must be an array' },
    {
      name: 'an empty target',
      input: { merge: [{}, {}, {}, { from: ['a'], into: '' }] },
      message: 'curation.json: merge[3].into must be a non-empty string'
    },
    {
      name: 'a blank target',
      input: { merge: [{ from: ['a'], into: '   ' }] },
      message: 'curation.json: merge[0].into must be a non-empty string'
    },
    {
      name: 'an empty from list',
      input: { merge: [{ from: [], into: 'a' }] },
      message: 'curation.json: merge[0].from must list at least one entry'
    },
    {
      name: 'a number among the merged nodes',
      input: { merge: [{ from: ['a', 2], into: 'b' }] },
      message: 'curation.json: merge[0].from[1] must be a non-empty string'
    },
    {
      name: 'a misspelt field',
      input: { merge: [{ form: ['a'], into: 'b' }] },
      message: 'curation.json: merge[0].form is not a field of a merge entry (fields: from, into, note)'
    },
    { name: 'a missing field', input: { rename: [{ node: 'a' }] }, message: 'curation.json: rename[0].label is required' },
    {
      name: 'an entry that is not an object',
      input: { rename: ['a'] },
      message: 'curation.json: rename[0] must be an object with node, label, note'
    },
    {
      name: 'an unknown type',
      input: { setType: [{ node: 'Paris', type: 'place' }] },
      message: 'curation.json: setType[0].type "place" is not one of concept, person, organization'
    },
    {
      name: 'the document type',
      input: { add: [{ label: 'Le Monde', type: 'document' }] },
      message: 'curation.json: add[0].type "document" is not one of concept, person, organization'
    },
    {
      name: 'an empty alias',
      input: { add: [{ label: 'Vélib’', type: 'organization', aliases: ['Velib', ''] }] },
      message: 'curation.json: add[0].aliases[1] must be a non-empty string'
    },
    { name: 'an empty drop', input: { drop: ['Orange', ''] }, message: 'curation.json: drop[1] must be a non-empty string' },
    { name: 'an empty exclusion', input: { exclude: [' '] }, message: 'curation.json: exclude[0] must be a non-empty string' }
  ];
  it.each(wrong)('rejects $name, naming the entry', ({ input, message }) => {
    expect(() => parseCuration(input)).toThrow(message);
  });

  it('names the file it was given and reports every fault, one per line', () => {
    const input = { merge: [{ from: [], into: '' }], setType: [{ node: 'x', type: 'lieu' }] };
    expect(() => parseCuration(input, 'graph-data/curation.json')).toThrow(
      [
        'graph-data/curation.json: merge[0].from must list at least one entry',
        'graph-data/curation.json: merge[0].into must be a non-empty string',
        'graph-data/curation.json: setType[0].type "lieu" is not one of concept, person, organization'
      ].join('\n')
    );
  });
});

describe('parseCuration: unknown keys', () => {
  it('reports every unknown key of every object, not only the first', () => {
    let message = '';
    try {
      parseCuration({ merges: [], drops: [], merge: [{ from: ['a'], into: 'b', nota: 'x', notes: 'y' }] }, 'c.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').sort()).toEqual([
      'c.json: drops is not a section of a curation file (sections: merge, rename, setType, add, drop, exclude, clusters)',
      'c.json: merge[0].nota is not a field of a merge entry (fields: from, into, note)',
      'c.json: merge[0].notes is not a field of a merge entry (fields: from, into, note)',
      'c.json: merges is not a section of a curation file (sections: merge, rename, setType, add, drop, exclude, clusters)'
    ]);
  });
});

describe('applyCuration: no curation', () => {
  it('returns the nodes unchanged for an empty curation', () => {
    expect(applyCuration(NODES, {})).toEqual({ nodes: NODES, warnings: [], mergedInto: {} });
  });
});

describe('applyCuration: merge', () => {
  const { nodes, warnings } = curate({
    merge: [{ from: ['Transformation numerique'], into: 'transformation digitale' }]
  });
  const target = byId(nodes, 'concept:transformation-digitale')!;

  it('removes the merged node and keeps the target id, label and type', () => {
    expect(byId(nodes, 'concept:transformation-numerique')).toBeUndefined();
    expect(target).toMatchObject({ label: 'transformation digitale', type: 'concept' });
    expect(nodes).toHaveLength(NODES.length - 1);
    expect(warnings).toEqual([]);
  });

  it('unites mentions in reading order (d0/9 before d0/10)', () => {
    expect(target.mentions.map((m) => `${m.passage}@${m.start}`)).toEqual(['d0/2@0', 'd0/9@0', 'd0/10@4', 'd1/0@5']);
  });

  it('unites names, sums salience and keeps the larger type confidence', () => {
    expect(target.aliases).toEqual(['transformation numérique', 'transformations numériques']);
    expect(target.salience).toBe(5);
    expect(target.typeConfidence).toBe(0.9);
  });

  it('keeps digitalisation separate', () => {
    expect(byId(nodes, 'concept:digitalisation')).toEqual(NODES[2]);
  });

  it('does not change its input', () => {
    expect(NODES[0].mentions).toHaveLength(2);
    expect(NODES[0].aliases).toEqual([]);
  });

  it('deduplicates mentions both nodes claim', () => {
    const shared = mention('d0/1', 0, 'CX');
    const a = node('concept:a', 'expérience client', { mentions: [shared] });
    const b = node('concept:b', 'CX', { mentions: [shared, mention('d0/1', 20, 'CX')] });
    const merged = curate({ merge: [{ from: ['CX'], into: 'expérience client' }] }, [a, b]).nodes;
    expect(merged).toHaveLength(1);
    expect(merged[0].mentions).toEqual([shared, mention('d0/1', 20, 'CX')]);
  });

  it('says where each merged node went, following chains', () => {
    const result = curate({
      merge: [
        { from: ['transformation numérique'], into: 'transformation digitale' },
        { from: ['transformation digitale'], into: 'digitalisation' }
      ]
    });
    expect(result.mergedInto).toEqual({
      'concept:transformation-numerique': 'concept:digitalisation',
      'concept:transformation-digitale': 'concept:digitalisation'
    });
    expect(byId(result.nodes, 'concept:digitalisation')!.salience).toBe(6);
  });

  it('forgets merges into a node dropped later', () => {
    const result = curate({ merge: [{ from: ['digitalisation'], into: 'Vélib’' }], drop: ['velib'] });
    expect(result.mergedInto).toEqual({});
    expect(result.nodes).toHaveLength(NODES.length - 2);
  });

  it('lets later entries use a merged name', () => {
    const result = curate({
      merge: [{ from: ['transformation numérique'], into: 'transformation digitale' }],
      rename: [{ node: 'Transformations numériques', label: 'transformation numérique' }]
    });
    expect(byId(result.nodes, 'concept:transformation-digitale')!.label).toBe('transformation numérique');
  });
});

describe('applyCuration: node references', () => {
  const references: { reference: string; id: string }[] = [
    { reference: "l'expérience client", id: 'concept:experience-client' },
    { reference: 'L’EXPERIENCE CLIENT', id: 'concept:experience-client' },
    { reference: "velib'", id: 'concept:velib' },
    { reference: 'Vélib’', id: 'concept:velib' },
    { reference: 'bertrand-duperrin', id: 'person:bertrand-duperrin' },
    { reference: 'person:bertrand-duperrin', id: 'person:bertrand-duperrin' },
    { reference: 'organization:orange', id: 'organization:orange' }
  ];
  it.each(references)('"$reference" names $id', ({ reference, id }) => {
    const { nodes, warnings } = curate({ drop: [reference] });
    expect(warnings).toEqual([]);
    expect(byId(nodes, id)).toBeUndefined();
    expect(nodes).toHaveLength(NODES.length - 1);
  });
});

describe('applyCuration: rename, setType, drop, exclude', () => {
  it('renames without changing the id, keeping the old label as an alias', () => {
    const { nodes } = curate({ rename: [{ node: 'velib', label: 'Vélib’ Métropole' }] });
    expect(byId(nodes, 'concept:velib')).toMatchObject({ label: 'Vélib’ Métropole', aliases: ['Vélib’'] });
  });

  it('sets the type with full confidence, keeping the id', () => {
    const { nodes } = curate({ setType: [{ node: 'Vélib’', type: 'organization' }] });
    expect(byId(nodes, 'concept:velib')).toMatchObject({ type: 'organization', typeConfidence: 1 });
  });

  it('applies merge, rename, setType then drop', () => {
    const { nodes, warnings } = curate({
      drop: ['Vélib’ Métropole'],
      setType: [{ node: 'Vélib’ Métropole', type: 'organization' }],
      rename: [{ node: 'Vélib’', label: 'Vélib’ Métropole' }]
    });
    expect(warnings).toEqual([]);
    expect(byId(nodes, 'concept:velib')).toBeUndefined();
  });

  it('removes a node extraction still made under an excluded phrase', () => {
    const { nodes } = curate({ exclude: ['lire la suite'] });
    expect(byId(nodes, 'concept:lire-la-suite')).toBeUndefined();
    expect(nodes).toHaveLength(NODES.length - 1);
  });

  it('is deterministic', () => {
    const input: Curation = {
      merge: [{ from: ["l'expérience client", 'digitalisation'], into: 'Vélib’' }],
      drop: ['Orange']
    };
    expect(JSON.stringify(curate(input))).toBe(JSON.stringify(curate(input)));
  });
});

describe('applyCuration: warnings', () => {
  const cases: { name: string; input: Curation; warnings: string[] }[] = [
    {
      name: 'an unknown merged node',
      input: { merge: [{ from: ['transformation numérique', 'foo'], into: 'transformation digitale' }] },
      warnings: ['curation.json: merge[0].from[1] "foo" names no node']
    },
    {
      name: 'an unknown merge target',
      input: { merge: [{ from: ['digitalisation'], into: 'numérisation' }] },
      warnings: ['curation.json: merge[0].into "numérisation" names no node; nothing merged']
    },
    {
      name: 'a merge of the target into itself',
      input: { merge: [{ from: ['Transformation Digitale'], into: 'concept:transformation-digitale' }] },
      warnings: ['curation.json: merge[0].from[0] "Transformation Digitale" is the target itself']
    },
    {
      name: 'an ambiguous name',
      input: { drop: ['ORANGE'] },
      warnings: ['curation.json: drop[0] "ORANGE" is ambiguous (concept:orange, organization:orange); name it by id']
    },
    {
      name: 'a document',
      input: { setType: [{ node: 'doc:d0', type: 'concept' }] },
      warnings: ['curation.json: setType[0].node "doc:d0" names a document, which curation cannot change']
    },
    {
      name: 'an unknown renamed node',
      input: { rename: [{ node: 'Navigo', label: 'passe Navigo' }] },
      warnings: ['curation.json: rename[0].node "Navigo" names no node']
    },
    {
      name: 'a rename onto another label',
      input: { rename: [{ node: 'digitalisation', label: 'Transformation digitale' }] },
      warnings: [
        'curation.json: rename[0].label "Transformation digitale" is already the label of concept:transformation-digitale; merge them instead'
      ]
    },
    {
      name: 'a dropped node used afterwards',
      input: { drop: ['Vélib’', 'velib'] },
      warnings: ['curation.json: drop[1] "velib" names no node']
    },
    {
      name: 'an added term extraction did not find',
      input: { add: [{ label: 'Vélib’', type: 'organization' }, { label: 'Autolib’', type: 'organization' }] },
      warnings: ['curation.json: add[1] "Autolib’" was not found in the text']
    }
  ];
  it.each(cases)('warns about $name and applies the rest', ({ input, warnings }) => {
    const result = curate(input);
    expect(messages(result)).toEqual(warnings);
    expect(result.warnings.every((warning) => warning.source === 'curation.json')).toBe(true);
  });

  it('still applies the valid entries beside a stale one', () => {
    const result = curate({ drop: ['foo', 'digitalisation'] });
    expect(messages(result)).toEqual(['curation.json: drop[0] "foo" names no node']);
    expect(byId(result.nodes, 'concept:digitalisation')).toBeUndefined();
  });

  it('names the source it was given', () => {
    const result = applyCuration(NODES, parseCuration({ drop: ['foo'] }), 'graph-data/curation.json');
    expect(result.warnings).toEqual([{ source: 'graph-data/curation.json', message: 'drop[0] "foo" names no node' }]);
  });
});

describe('curatedTerms and excludedWords', () => {
  it('gives extraction each added term with its forms, label first, each once', () => {
    const curation = parseCuration({
      add: [
        { label: 'Vélib’', type: 'organization', aliases: ["Velib'", 'Vélib', ' Vélib’ ', 'vélos en libre-service'] },
        { label: 'expérience collaborateur', type: 'concept' }
      ]
    });
    expect(curatedTerms(curation)).toEqual([
      { label: 'Vélib’', type: 'organization', forms: ['Vélib’', "Velib'", 'Vélib', 'vélos en libre-service'] },
      { label: 'expérience collaborateur', type: 'concept', forms: ['expérience collaborateur'] }
    ]);
  });

  it('gives extraction the excluded words once each, as written', () => {
    const curation = parseCuration({ exclude: ['Lire la suite', 'Lire la suite ', 'Partager l’article', "partager l'article"] });
    expect(excludedWords(curation)).toEqual(['Lire la suite', 'Partager l’article', "partager l'article"]);
  });
});

describe('curation JSON Schema', () => {
  it('matches the committed graph-data/curation.schema.json (run `npm run curation:schema` if not)', () => {
    expect(readFileSync('graph-data/curation.schema.json', 'utf8')).toBe(curationJsonSchemaText());
  });

  it('is draft-07 with a title and description on every field', () => {
    const schema = curationJsonSchema() as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const untitled: string[] = [];
    const visit = (node: Record<string, unknown>, path: string) => {
      if (!node.title || !node.description) untitled.push(path);
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, child] of Object.entries(properties)) visit(child, `${path}.${key}`);
      if (node.items) visit(node.items as Record<string, unknown>, `${path}[]`);
    };
    visit(schema, '$');
    expect(untitled).toEqual([]);
  });

  it('lets the curation file point at it and rejects unknown keys for editors too', () => {
    const schema = curationJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'merge', 'rename', 'setType', 'add', 'drop', 'exclude', 'clusters']);
    expect(schema.additionalProperties).toBe(false);
  });
});
