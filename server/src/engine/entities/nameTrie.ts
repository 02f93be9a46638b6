// A trie of folded keys, packed into typed arrays. A name only counts on a
// word boundary, so a scan needs no Aho-Corasick failure links: it walks the
// trie from each word start and stops at the first letter no key continues
// with — two or three steps for most words, however many names there are.
// Built from sorted keys, so nodes are laid out in one pass with no lookups;
// children are sorted by label and found by binary search, and the root gets
// a direct table because every walk starts there.

/** The arrays a trie is made of, for a compiled snapshot. */
export interface NameTrieParts {
  edgeStart: Int32Array;
  edgeLabel: Uint16Array;
  edgeTarget: Int32Array;
  terminal: Int32Array;
}

export class NameTrie {
  private constructor(
    private readonly edgeStart: Int32Array,
    private readonly edgeLabel: Uint16Array,
    private readonly edgeTarget: Int32Array,
    private readonly rootNext: Int32Array,
    /** The key ending at each node, or -1. */
    private readonly terminal: Int32Array,
  ) {}

  /**
   * `sorted` must be distinct and in code-unit order (`Array.prototype.sort`
   * with no comparator); a hit reports the index of its key in that array.
   */
  static build(sorted: readonly string[]): NameTrie {
    // First pass: how many nodes (each key adds the letters past the prefix
    // it shares with the previous one), so every array is allocated once, exactly.
    let nodeCount = 1;
    let maxLength = 0;
    for (let k = 0; k < sorted.length; k++) {
      const key = sorted[k] ?? '';
      nodeCount += key.length - sharedPrefix(sorted[k - 1] ?? '', key);
      if (key.length > maxLength) maxLength = key.length;
    }
    // Second pass: nodes in depth-first order, each with its parent and label.
    // A node's children are therefore created in label order.
    const parent = new Int32Array(nodeCount);
    const label = new Uint16Array(nodeCount);
    const terminal = new Int32Array(nodeCount).fill(-1);
    const path = new Int32Array(maxLength + 1);
    let next = 1;
    for (let keyId = 0; keyId < sorted.length; keyId++) {
      const key = sorted[keyId] ?? '';
      if (key.length === 0) continue;
      for (let j = sharedPrefix(sorted[keyId - 1] ?? '', key); j < key.length; j++) {
        const node = next++;
        parent[node] = path[j] ?? 0;
        label[node] = key.charCodeAt(j);
        path[j + 1] = node;
      }
      terminal[path[key.length] ?? 0] = keyId;
    }
    // Edges grouped by parent (a counting sort that keeps creation order, so
    // each node's children stay sorted by label).
    const edgeStart = new Int32Array(nodeCount + 1);
    for (let n = 1; n < nodeCount; n++) {
      const slot = (parent[n] ?? 0) + 1;
      edgeStart[slot] = (edgeStart[slot] ?? 0) + 1;
    }
    for (let n = 0; n < nodeCount; n++) edgeStart[n + 1] = (edgeStart[n + 1] ?? 0) + (edgeStart[n] ?? 0);
    const edgeLabel = new Uint16Array(Math.max(0, nodeCount - 1));
    const edgeTarget = new Int32Array(Math.max(0, nodeCount - 1));
    const fill = edgeStart.slice(0, nodeCount);
    for (let n = 1; n < nodeCount; n++) {
      const p = parent[n] ?? 0;
      const at = fill[p] ?? 0;
      fill[p] = at + 1;
      edgeLabel[at] = label[n] ?? 0;
      edgeTarget[at] = n;
    }
    return NameTrie.fromParts({ edgeStart, edgeLabel, edgeTarget, terminal });
  }

  /** A trie from its arrays (the root's table is derived: it is mostly zeros). */
  static fromParts(p: NameTrieParts): NameTrie {
    const rootNext = new Int32Array(65536);
    for (let e = p.edgeStart[0] ?? 0; e < (p.edgeStart[1] ?? 0); e++) rootNext[p.edgeLabel[e] ?? 0] = p.edgeTarget[e] ?? 0;
    return new NameTrie(p.edgeStart, p.edgeLabel, p.edgeTarget, rootNext, p.terminal);
  }

  parts(): NameTrieParts {
    return { edgeStart: this.edgeStart, edgeLabel: this.edgeLabel, edgeTarget: this.edgeTarget, terminal: this.terminal };
  }

  get nodeCount(): number {
    return this.terminal.length;
  }

  /** The node after `node` reads `code` (the root is 0), or 0 when no key goes on so. */
  next(node: number, code: number): number {
    if (node === 0) return this.rootNext[code] ?? 0;
    let lo = this.edgeStart[node] ?? 0;
    let hi = (this.edgeStart[node + 1] ?? 0) - 1;
    const edgeLabel = this.edgeLabel;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = edgeLabel[mid] ?? 0;
      if (l === code) return this.edgeTarget[mid] ?? 0;
      if (l < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The key that ends at `node`, or -1. */
  keyAt(node: number): number {
    return this.terminal[node] ?? -1;
  }

  /** Whether some key starts with this code unit: the cheapest test before a walk. */
  startsKey(code: number): boolean {
    return (this.rootNext[code] ?? 0) > 0;
  }

  /**
   * Every key that starts at `from` in `codes` (up to `to`), shortest first:
   * `onKey(keyId, end)` with `end` exclusive.
   */
  walk(codes: Uint16Array, from: number, to: number, onKey: (keyId: number, end: number) => void): void {
    let node = this.rootNext[codes[from] ?? 0] ?? 0;
    let i = from + 1;
    const edgeStart = this.edgeStart;
    const edgeLabel = this.edgeLabel;
    const edgeTarget = this.edgeTarget;
    const terminal = this.terminal;
    while (node > 0) {
      const key = terminal[node] ?? -1;
      if (key >= 0) onKey(key, i);
      if (i >= to) return;
      const c = codes[i++] ?? 0;
      let lo = edgeStart[node] ?? 0;
      let hi = (edgeStart[node + 1] ?? 0) - 1;
      node = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const l = edgeLabel[mid] ?? 0;
        if (l === c) {
          node = edgeTarget[mid] ?? 0;
          break;
        }
        if (l < c) lo = mid + 1;
        else hi = mid - 1;
      }
    }
  }
}

function sharedPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
