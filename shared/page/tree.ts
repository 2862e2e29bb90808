import type { Snapshot } from './snapshot-schema';

// The snapshot's container tree, indexed once so that "is this box inside that one" is O(1) and no
// walk up the tree is capped (a page nested thousands deep) or endless (a crafted loop: a parent
// index that does not come before its child is treated as a root, as the schema would reject it).

export interface BoxTree {
  parent: Int32Array;
  depth: Int32Array;
  /** Pre-order entry index and the last pre-order index of the subtree. */
  tin: Int32Array;
  tout: Int32Array;
}

const cache = new WeakMap<number[], BoxTree>();

export function boxTree(s: Pick<Snapshot, 'boxes'>): BoxTree {
  const hit = cache.get(s.boxes);
  if (hit && hit.parent.length === s.boxes.length) return hit;
  const n = s.boxes.length;
  const parent = new Int32Array(n);
  const depth = new Int32Array(n);
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = s.boxes[i];
    parent[i] = Number.isInteger(p) && p >= 0 && p < i ? p : -1;
    depth[i] = parent[i] >= 0 ? depth[parent[i]] + 1 : 0;
    childCount[parent[i] + 1]++;
  }
  // Children lists in one flat array (CSR), in index order; -1's children are the roots.
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) start[i + 1] = start[i] + childCount[i];
  const fill = start.slice(0, n + 1);
  const kids = new Int32Array(n);
  for (let i = 0; i < n; i++) kids[fill[parent[i] + 1]++] = i;
  const tin = new Int32Array(n);
  const tout = new Int32Array(n);
  // Iterative DFS: stack of (node, next child position).
  const stack = new Int32Array(n + 1);
  const pos = new Int32Array(n + 1);
  let top = 0;
  let clock = 0;
  stack[0] = -1;
  pos[0] = start[0];
  while (top >= 0) {
    const v = stack[top];
    const end = start[v + 2];
    if (pos[top] < end) {
      const c = kids[pos[top]++];
      tin[c] = clock++;
      top++;
      stack[top] = c;
      pos[top] = start[c + 1];
    } else {
      if (v >= 0) tout[v] = clock - 1;
      top--;
    }
  }
  const t = { parent, depth, tin, tout };
  cache.set(s.boxes, t);
  return t;
}

/** Whether `box` is `container` or lies inside it. */
export function isInside(t: BoxTree, box: number, container: number): boolean {
  if (container < 0) return true;
  if (box < 0 || box >= t.tin.length || container >= t.tin.length) return false;
  return t.tin[box] >= t.tin[container] && t.tin[box] <= t.tout[container];
}

/** Ancestor chain of a box, nearest first (the box itself included), up to `limit` entries. */
export function ancestorsOf(t: BoxTree, box: number, limit = Infinity): number[] {
  const out: number[] = [];
  for (let b = box; b >= 0 && b < t.parent.length && out.length < limit; b = t.parent[b]) out.push(b);
  return out;
}
