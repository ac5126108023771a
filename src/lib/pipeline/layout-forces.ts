/**
 * d3-force's many-body (Barnes–Hut) and collision forces, rewritten over a quadtree held in typed arrays.
 *
 * d3's own forces build a quadtree of objects every tick and allocate an object for every quad they visit:
 * at 3,000 nodes that is most of the layout's time and a third of it garbage collection. These compute the
 * same thing with the same floating-point operations in the same order (the tree is split, summed and walked
 * as d3-quadtree does, coincident points chain newest first, the jiggle draws the same random numbers), so a
 * layout gives the very positions d3's forces gave, only without the allocation.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

type Random = () => number;

function jiggle(random: Random): number {
  return (random() - 0.5) * 1e-6;
}

/**
 * A point quadtree in typed arrays, built like d3-quadtree's `quadtree(points)`: the same extent (integer
 * origin, doubled until it covers every point), the same splits, leaves that chain coincident points.
 * Quad q is a leaf when `point[q] >= 0`; an internal quad's children are `child[4q .. 4q+3]` (-1 when empty).
 */
class FlatQuadtree {
  size = 0;
  root = -1;
  x0 = 0;
  y0 = 0;
  x1 = 0;
  y1 = 0;
  point = new Int32Array(0);
  next = new Int32Array(0);
  child = new Int32Array(0);
  /** Quads in pre-order (a parent before its children), for sums that need children first: read it backwards. */
  order = new Int32Array(0);
  /** Per quad, x0 y0 x1 y1. */
  bounds = new Float64Array(0);
  private stack = new Int32Array(0);

  private grow(needed: number): void {
    if (needed <= this.point.length) return;
    const capacity = Math.max(needed, this.point.length * 2, 64);
    const point = new Int32Array(capacity);
    point.set(this.point);
    const next = new Int32Array(capacity);
    next.set(this.next);
    const child = new Int32Array(capacity * 4);
    child.set(this.child);
    this.point = point;
    this.next = next;
    this.child = child;
  }

  private allocate(point: number): number {
    this.grow(this.size + 1);
    const quad = this.size++;
    this.point[quad] = point;
    this.next[quad] = -1;
    this.child.fill(-1, quad * 4, quad * 4 + 4);
    return quad;
  }

  build(xs: Float64Array, ys: Float64Array, count: number): void {
    this.size = 0;
    this.root = -1;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < count; ++i) {
      const x = xs[i];
      const y = ys[i];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (!(minX <= maxX && minY <= maxY)) return;
    // d3-quadtree's cover(): an integer origin, so doubling the extent never moves a boundary.
    let x0 = Math.floor(minX);
    let y0 = Math.floor(minY);
    let x1 = x0 + 1;
    let y1 = y0 + 1;
    let z = 1;
    while (x0 > maxX || maxX >= x1 || y0 > maxY || maxY >= y1) {
      z *= 2;
      x1 = x0 + z;
      y1 = y0 + z;
    }
    this.x0 = x0;
    this.y0 = y0;
    this.x1 = x1;
    this.y1 = y1;
    for (let i = 0; i < count; ++i) this.add(xs, ys, i);
    this.preorder();
  }

  private add(xs: Float64Array, ys: Float64Array, index: number): void {
    const x = xs[index];
    const y = ys[index];
    if (Number.isNaN(x) || Number.isNaN(y)) return;
    const leaf = this.allocate(index);
    if (this.root < 0) {
      this.root = leaf;
      return;
    }
    let x0 = this.x0;
    let y0 = this.y0;
    let x1 = this.x1;
    let y1 = this.y1;
    let parent = -1;
    let node = this.root;
    let slot = 0;
    let xm = 0;
    let ym = 0;
    while (this.point[node] < 0) {
      const right = x >= (xm = (x0 + x1) / 2);
      if (right) x0 = xm;
      else x1 = xm;
      const bottom = y >= (ym = (y0 + y1) / 2);
      if (bottom) y0 = ym;
      else y1 = ym;
      slot = ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
      parent = node;
      node = this.child[parent * 4 + slot];
      if (node < 0) {
        this.child[parent * 4 + slot] = leaf;
        return;
      }
    }
    const xp = xs[this.point[node]];
    const yp = ys[this.point[node]];
    if (x === xp && y === yp) {
      this.next[leaf] = node;
      if (parent >= 0) this.child[parent * 4 + slot] = leaf;
      else this.root = leaf;
      return;
    }
    let other: number;
    do {
      const split = this.allocate(-1);
      if (parent >= 0) this.child[parent * 4 + slot] = split;
      else this.root = split;
      parent = split;
      const right = x >= (xm = (x0 + x1) / 2);
      if (right) x0 = xm;
      else x1 = xm;
      const bottom = y >= (ym = (y0 + y1) / 2);
      if (bottom) y0 = ym;
      else y1 = ym;
      slot = ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
      other = ((yp >= ym ? 1 : 0) << 1) | (xp >= xm ? 1 : 0);
    } while (slot === other);
    this.child[parent * 4 + other] = node;
    this.child[parent * 4 + slot] = leaf;
  }

  /**
   * Lists the quads in pre-order and gives each the bounds d3's visit() would hand it, halved from the root's
   * in the same operations, so the forces need carry no bounds while they walk.
   */
  private preorder(): void {
    if (this.order.length < this.size) {
      this.order = new Int32Array(this.point.length);
      this.stack = new Int32Array(this.point.length + 1);
      this.bounds = new Float64Array(this.point.length * 4);
    }
    const bounds = this.bounds;
    let top = 0;
    let length = 0;
    if (this.root < 0) return;
    this.stack[top++] = this.root;
    bounds[this.root * 4] = this.x0;
    bounds[this.root * 4 + 1] = this.y0;
    bounds[this.root * 4 + 2] = this.x1;
    bounds[this.root * 4 + 3] = this.y1;
    while (top > 0) {
      const quad = this.stack[--top];
      this.order[length++] = quad;
      if (this.point[quad] >= 0) continue;
      const b = quad * 4;
      const x0 = bounds[b];
      const y0 = bounds[b + 1];
      const x1 = bounds[b + 2];
      const y1 = bounds[b + 3];
      const xm = (x0 + x1) / 2;
      const ym = (y0 + y1) / 2;
      for (let slot = 3; slot >= 0; --slot) {
        const c = this.child[b + slot];
        if (c < 0) continue;
        this.stack[top++] = c;
        const cb = c * 4;
        bounds[cb] = slot & 1 ? xm : x0;
        bounds[cb + 1] = slot & 2 ? ym : y0;
        bounds[cb + 2] = slot & 1 ? x1 : xm;
        bounds[cb + 3] = slot & 2 ? y1 : ym;
      }
    }
  }

  /** Pushes a quad's children on a stack last-first, so they are visited first-last as by d3's visit(). */
  pushChildren(stack: Int32Array, top: number, quad: number): number {
    const base = quad * 4;
    let c;
    if ((c = this.child[base + 3]) >= 0) stack[top++] = c;
    if ((c = this.child[base + 2]) >= 0) stack[top++] = c;
    if ((c = this.child[base + 1]) >= 0) stack[top++] = c;
    if ((c = this.child[base]) >= 0) stack[top++] = c;
    return top;
  }
}

/** d3's forceManyBody() with a constant strength, a theta (d3's default 0.9) and d3's distance limits (1, ∞). */
export function flatManyBody<Node extends SimulationNodeDatum>(strength: number, theta = 0.9): Force<Node, never> {
  const theta2 = theta * theta;
  const distanceMin2 = 1;
  const distanceMax2 = Infinity;
  const tree = new FlatQuadtree();
  let stack = new Int32Array(0);
  let nodes: Node[] = [];
  let random: Random = Math.random;
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  // Per quad, side by side so a visit reads one cache line: summed strength, its strength-weighted centre,
  // and w² / θ², the squared distance beyond which the quad pulls as one body.
  let quads = new Float64Array(0);

  function accumulate(): void {
    if (quads.length < tree.size * 4) quads = new Float64Array(tree.point.length * 4);
    const data = quads;
    const { bounds } = tree;
    for (let k = tree.size - 1; k >= 0; --k) {
      const quad = tree.order[k];
      const at = quad * 4;
      let sum = 0;
      if (tree.point[quad] < 0) {
        let weight = 0;
        let x = 0;
        let y = 0;
        for (let slot = 0; slot < 4; ++slot) {
          const q = tree.child[quad * 4 + slot];
          let c;
          if (q >= 0 && (c = Math.abs(data[q * 4]))) {
            sum += data[q * 4];
            weight += c;
            x += c * data[q * 4 + 1];
            y += c * data[q * 4 + 2];
          }
        }
        data[at + 1] = x / weight;
        data[at + 2] = y / weight;
      } else {
        data[at + 1] = xs[tree.point[quad]];
        data[at + 2] = ys[tree.point[quad]];
        for (let leaf = quad; leaf >= 0; leaf = tree.next[leaf]) sum += strength;
      }
      data[at] = sum;
      const w = bounds[at + 2] - bounds[at];
      data[at + 3] = (w * w) / theta2;
    }
  }

  function force(alpha: number): void {
    const n = nodes.length;
    for (let i = 0; i < n; ++i) {
      xs[i] = nodes[i].x!;
      ys[i] = nodes[i].y!;
    }
    tree.build(xs, ys, n);
    if (tree.root < 0) return;
    accumulate();
    if (stack.length < tree.size + 1) stack = new Int32Array(tree.point.length + 1);
    // Locals, not the closure's variables, so the loop below reads registers rather than its context.
    const { point, next } = tree;
    const data = quads;
    const walk = stack;
    for (let i = 0; i < n; ++i) {
      const node = nodes[i];
      const nx = xs[i];
      const ny = ys[i];
      let vx = node.vx!;
      let vy = node.vy!;
      let top = 0;
      walk[top++] = tree.root;
      while (top > 0) {
        const quad = walk[--top];
        const at = quad * 4;
        const quadValue = data[at];
        if (!quadValue) continue;
        let x = data[at + 1] - nx;
        let y = data[at + 2] - ny;
        let l = x * x + y * y;
        if (data[at + 3] < l) {
          if (l < distanceMax2) {
            if (x === 0) (x = jiggle(random)), (l += x * x);
            if (y === 0) (y = jiggle(random)), (l += y * y);
            if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
            vx += (x * quadValue * alpha) / l;
            vy += (y * quadValue * alpha) / l;
          }
          continue;
        }
        const leafPoint = point[quad];
        if (leafPoint < 0) {
          top = tree.pushChildren(walk, top, quad);
          continue;
        }
        if (l >= distanceMax2) continue;
        if (leafPoint !== i || next[quad] >= 0) {
          if (x === 0) (x = jiggle(random)), (l += x * x);
          if (y === 0) (y = jiggle(random)), (l += y * y);
          if (l < distanceMin2) l = Math.sqrt(distanceMin2 * l);
        }
        for (let leaf = quad; leaf >= 0; leaf = next[leaf]) {
          if (point[leaf] === i) continue;
          const w = (strength * alpha) / l;
          vx += x * w;
          vy += y * w;
        }
      }
      node.vx = vx;
      node.vy = vy;
    }
  }

  force.initialize = (initial: Node[], source: Random) => {
    nodes = initial;
    random = source;
    xs = new Float64Array(nodes.length);
    ys = new Float64Array(nodes.length);
  };
  return force;
}

/** d3's forceCollide() with one radius for every node, strength 1 and one iteration. */
export function flatCollide<Node extends SimulationNodeDatum>(radius: number): Force<Node, never> {
  const tree = new FlatQuadtree();
  let stack = new Int32Array(0);
  let nodes: Node[] = [];
  let random: Random = Math.random;
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let vxs = new Float64Array(0);
  let vys = new Float64Array(0);

  function force(): void {
    const n = nodes.length;
    for (let i = 0; i < n; ++i) {
      const node = nodes[i];
      px[i] = node.x!;
      py[i] = node.y!;
      vxs[i] = node.vx!;
      vys[i] = node.vy!;
      xs[i] = px[i] + vxs[i];
      ys[i] = py[i] + vys[i];
    }
    tree.build(xs, ys, n);
    if (tree.root < 0) return;
    if (stack.length < tree.size + 1) stack = new Int32Array(tree.point.length + 1);
    const { point, bounds } = tree;
    const walk = stack;
    const x0s = px;
    const y0s = py;
    const dxs = vxs;
    const dys = vys;
    // Every quad's radius is the one radius, so d3's per-quad maximum needs no pass of its own.
    const ri = radius;
    const ri2 = ri * ri;
    for (let i = 0; i < n; ++i) {
      // d3 reads the node's velocity as earlier nodes' collisions left it.
      const xi = x0s[i] + dxs[i];
      const yi = y0s[i] + dys[i];
      let top = 0;
      walk[top++] = tree.root;
      while (top > 0) {
        const quad = walk[--top];
        let rj = radius;
        let r = ri + rj;
        const data = point[quad];
        if (data >= 0) {
          // Only the leaf's newest point: d3 skips the points coincident with it.
          if (data > i) {
            let x = xi - x0s[data] - dxs[data];
            let y = yi - y0s[data] - dys[data];
            let l = x * x + y * y;
            if (l < r * r) {
              if (x === 0) (x = jiggle(random)), (l += x * x);
              if (y === 0) (y = jiggle(random)), (l += y * y);
              l = (r - (l = Math.sqrt(l))) / l;
              dxs[i] += (x *= l) * (r = (rj *= rj) / (ri2 + rj));
              dys[i] += (y *= l) * r;
              dxs[data] -= x * (r = 1 - r);
              dys[data] -= y * r;
            }
          }
          continue;
        }
        const b = quad * 4;
        if (bounds[b] > xi + r || bounds[b + 2] < xi - r || bounds[b + 1] > yi + r || bounds[b + 3] < yi - r) continue;
        top = tree.pushChildren(walk, top, quad);
      }
    }
    for (let i = 0; i < n; ++i) {
      nodes[i].vx = vxs[i];
      nodes[i].vy = vys[i];
    }
  }

  force.initialize = (initial: Node[], source: Random) => {
    nodes = initial;
    random = source;
    const n = nodes.length;
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    px = new Float64Array(n);
    py = new Float64Array(n);
    vxs = new Float64Array(n);
    vys = new Float64Array(n);
  };
  return force;
}
