/**
 * Screen boxes already taken (labels, node symbols, cluster names), bucketed in a uniform grid so a
 * candidate label is tested against its neighbours only: placement runs several times a second while the
 * picture moves, with several candidate positions per label and one box per visible node.
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

/** Which query last counted it: a box spanning several cells is counted once, with no set per query. */
interface CountedOccupant extends Occupant {
  countedBy: number;
}

export class BoxGrid {
  readonly #cell: number;
  readonly #cells = new Map<number, CountedOccupant[]>();
  #query = 0;

  constructor(cell = 48) {
    this.#cell = cell;
  }

  // Cell columns and rows are small signed integers on screen; packing them in one number avoids string keys.
  static #key = (column: number, row: number) => (column + 2048) * 4096 + (row + 2048);

  add(box: Box, owner = ''): void {
    const occupant = { box, owner, countedBy: 0 };
    const c = this.#cell;
    for (let i = Math.floor(box.x0 / c); i <= Math.floor(box.x1 / c); i++) {
      for (let j = Math.floor(box.y0 / c); j <= Math.floor(box.y1 / c); j++) {
        const key = BoxGrid.#key(i, j);
        const list = this.#cells.get(key);
        if (list) list.push(occupant);
        else this.#cells.set(key, [occupant]);
      }
    }
  }

  /** How many taken boxes `box` overlaps, not counting those of `ignore`; stops counting at `limit`. */
  count(box: Box, ignore = '', limit = Infinity): number {
    const c = this.#cell;
    const query = ++this.#query;
    let found = 0;
    for (let i = Math.floor(box.x0 / c); i <= Math.floor(box.x1 / c); i++) {
      for (let j = Math.floor(box.y0 / c); j <= Math.floor(box.y1 / c); j++) {
        const list = this.#cells.get(BoxGrid.#key(i, j));
        if (!list) continue;
        for (const occupant of list) {
          if ((ignore && occupant.owner === ignore) || !overlaps(box, occupant.box) || occupant.countedBy === query) continue;
          occupant.countedBy = query;
          if (++found >= limit) return found;
        }
      }
    }
    return found;
  }

  isFree(box: Box, ignore = ''): boolean {
    return this.count(box, ignore, 1) === 0;
  }
}
