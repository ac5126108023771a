/**
 * The curation file (`<corpus>/curation.json`, `graph-data/corpus/curation.json` for the default corpus): how a
 * person corrects the graph without code, defined once.
 *
 * `parseCuration` checks files against it and `curationJsonSchema` turns it into the JSON Schema editors use,
 * so titles and descriptions here are what a person reads while typing. Messages are phrased to follow a
 * field path (`merge[3].into must be a non-empty string`).
 */
import * as v from 'valibot';
import { closedObject } from '../../validation/closed-object';

/** Types a person may give a node; documents come from the corpus, not from curation. */
export const CURATED_TYPES = ['concept', 'person', 'organization'] as const;
export type CuratedType = (typeof CURATED_TYPES)[number];

export const CURATION_SECTIONS = ['merge', 'rename', 'setType', 'add', 'drop', 'exclude', 'clusters'] as const;

const NON_EMPTY = 'must be a non-empty string';

/** A string with something other than spaces in it: a blank name would match nothing and hide a typo. */
function text(title: string, description: string) {
  return v.pipe(
    v.string(NON_EMPTY),
    v.regex(/\S/, NON_EMPTY),
    v.title(title),
    v.description(description)
  );
}

function nodeReference(title: string, description: string) {
  return text(
    title,
    `${description} A label or alias (case, accents and apostrophes do not matter) or an id such as "concept:experience-client".`
  );
}

function list<const TItem extends v.GenericSchema>(item: TItem, title: string, description: string) {
  return v.pipe(v.array(item, 'must be an array'), v.title(title), v.description(description));
}

function nonEmptyList<const TItem extends v.GenericSchema>(item: TItem, title: string, description: string) {
  return v.pipe(
    v.array(item, 'must be an array'),
    v.minLength(1, 'must list at least one entry'),
    v.title(title),
    v.description(description)
  );
}

/**
 * Entries reject unknown fields: a misspelt key ("form" for "from") would otherwise be ignored silently and
 * the correction would just not happen.
 */
function entry<const TEntries extends v.ObjectEntries>(name: string, entries: TEntries, title: string, description: string) {
  const fields = Object.keys(entries).join(', ');
  return v.pipe(
    closedObject(entries, `is not a field of a ${name} entry (fields: ${fields})`, (issue) => {
      const key = issue.path?.at(-1)?.key;
      if (issue.input === undefined && typeof key === 'string') return 'is required';
      return `must be an object with ${fields}`;
    }),
    v.title(title),
    v.description(description)
  );
}

const typePicklist = v.pipe(
  v.picklist(CURATED_TYPES, (issue) => `${JSON.stringify(issue.input)} is not one of ${CURATED_TYPES.join(', ')}`),
  v.title('Type'),
  v.description('What the node is: a concept (topic, term), a person, or an organization (company, institution, brand).')
);

const note = v.optional(
  v.pipe(
    v.string('must be a string'),
    v.title('Note'),
    v.description('Why this correction exists, for the next person; ignored by the pipeline.')
  )
);

export const MergeEntrySchema = entry(
  'merge',
  {
    from: nonEmptyList(
      nodeReference('Node to merge', 'A node that is the same thing as the target.'),
      'Merged nodes',
      'Nodes that are the same thing as the target; they disappear into it.'
    ),
    into: nodeReference('Target', 'The node that absorbs the others; its id, label and type are kept.'),
    note
  },
  'Merge',
  'Nodes that are one thing under several names: mentions are united, their labels become aliases of the target, salience is summed.'
);

export const RenameEntrySchema = entry(
  'rename',
  {
    node: nodeReference('Node', 'The node to relabel.'),
    label: text('New label', 'The label to show; the old label stays an alias so references to it keep working.'),
    note
  },
  'Rename',
  'Gives a node a better label; its id does not change.'
);

export const SetTypeEntrySchema = entry(
  'setType',
  {
    node: nodeReference('Node', 'The node whose type is wrong.'),
    type: typePicklist,
    note
  },
  'Set type',
  'Settles a node type; its type confidence becomes 1 and its id does not change.'
);

export const AddEntrySchema = entry(
  'add',
  {
    label: text('Label', 'The name to look for in the text and to show.'),
    type: typePicklist,
    aliases: v.optional(
      list(
        text('Alias', 'Another way the text writes it.'),
        'Aliases',
        'Other spellings to look for: plural, abbreviation, "l’" form.'
      )
    ),
    note
  },
  'Add',
  'A term or name the extractor missed; extraction finds its mentions in the text.'
);

const hexColour = v.pipe(
  v.string('must be a string'),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. "#1f77b4"'),
  v.title('Colour'),
  v.description('The group\'s colour, as #rrggbb.')
);

export const ClusterEntrySchema = entry(
  'clusters',
  {
    member: nodeReference('Member', 'A node of the group, which names it: group ids change when the texts do, its members mostly do not.'),
    name: v.optional(text('Name', 'The group\'s name, as the legend and the tour show it: one to three words read best.')),
    color: v.optional(hexColour),
    note
  },
  'Group',
  'Names or colours the group a node belongs to (give a name, a color or both).'
);

export const CurationSchema = v.pipe(
  closedObject(
    {
      $schema: v.optional(
        v.pipe(
          v.string('must be a string'),
          v.title('JSON Schema'),
          v.description('Path of the JSON Schema, "../curation.schema.json" from a corpus folder, so editors validate and complete this file.')
        )
      ),
      merge: v.optional(list(MergeEntrySchema, 'Merges', 'Applied first (after extraction), in order.')),
      rename: v.optional(list(RenameEntrySchema, 'Renames', 'Applied after merges.')),
      setType: v.optional(list(SetTypeEntrySchema, 'Type corrections', 'Applied after renames.')),
      add: v.optional(
        list(AddEntrySchema, 'Additions', 'Terms and names the extractor missed; extraction looks for them in the text.')
      ),
      drop: v.optional(
        list(
          nodeReference('Node', 'A node to remove.'),
          'Drops',
          'Nodes to remove from the graph, applied last.'
        )
      ),
      exclude: v.optional(
        list(
          text('Word or phrase', 'Never a node, never part of a concept (e.g. web boilerplate such as "lire la suite").'),
          'Exclusions',
          'Words and phrases extraction must ignore.'
        )
      ),
      clusters: v.optional(
        list(ClusterEntrySchema, 'Groups', 'Names and colours of groups, each named by one of its members; applied once the graph is clustered.')
      )
    },
    `is not a section of a curation file (sections: ${CURATION_SECTIONS.join(', ')})`,
    'must be a JSON object'
  ),
  v.title('Curation'),
  v.description(
    'Corrections a person makes to the concept graph. Applied in this order: add and exclude (during extraction), then merge, rename, setType, drop, and clusters once the graph is clustered.'
  )
);

/** Every section is optional: `{}` is no curation, as is a missing file. */
export type Curation = v.InferOutput<typeof CurationSchema>;
