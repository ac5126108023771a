/**
 * Screen boxes already taken (labels, node symbols, cluster names), bucketed in a uniform grid so a
 * candidate label is tested against its neighbours only: placement runs on every zoom frame, with several
 * candidate positions per label and one box per visible node.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** What took a box: the owner's id lets a label ignore its own node's symbol. */
export interface Occupant {
  box: Box;
  owner: string;
}

export class BoxGrid {
  readonly #cell: number;
  readonly #cells = new Map<number, Occupant[]>();

  constructor(cell = 48) {
    this.#cell = cell;
  }

  #keys(box: Box): number[] {
    const c = this.#cell;
    const keys: number[] = [];
    // Cell columns and rows are small signed integers on screen; packing them in one number avoids string keys.
    for (let i = Math.floor(box.x0 / c); i <= Math.floor(box.x1 / c); i++) {
      for (let j = Math.floor(box.y0 / c); j <= Math.floor(box.y1 / c); j++) keys.push((i + 2048) * 4096 + (j + 2048));
    }
    return keys;
  }

  add(box: Box, owner = ''): void {
    const occupant = { box, owner };
    for (const key of this.#keys(box)) {
      const list = this.#cells.get(key);
      if (list) list.push(occupant);
      else this.#cells.set(key, [occupant]);
    }
  }

  /** How many taken boxes `box` overlaps, not counting those of `ignore`; stops counting at `limit`. */
  count(box: Box, ignore = '', limit = Infinity): number {
    const seen = new Set<Occupant>();
    for (const key of this.#keys(box)) {
      for (const occupant of this.#cells.get(key) ?? []) {
        if (seen.has(occupant) || (ignore && occupant.owner === ignore) || !overlaps(box, occupant.box)) continue;
        seen.add(occupant);
        if (seen.size >= limit) return seen.size;
      }
    }
    return seen.size;
  }

  isFree(box: Box, ignore = ''): boolean {
    return this.count(box, ignore, 1) === 0;
  }
}
