// A trie of folded keys, packed into typed arrays. A name only counts on a
// word boundary, so a scan needs no Aho-Corasick failure links: it walks the
// trie from each word start and stops at the first letter no key continues
// with — two or three steps for most words, however many names there are.
// Built from sorted keys, so nodes are laid out in one pass with no lookups;
// children are sorted by label and found by binary search, and the root gets
// a direct table because every walk starts there.

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
    let total = 1;
    for (const k of sorted) total += k.length;
    // At most one node per key letter: size the arrays once.
    const label = new Uint16Array(total);
    const firstChild = new Int32Array(total).fill(-1);
    const nextSibling = new Int32Array(total).fill(-1);
    const lastChild = new Int32Array(total).fill(-1);
    const terminal = new Int32Array(total).fill(-1);
    const path = new Int32Array(maxLength(sorted) + 1);
    let nodeCount = 1;
    let prev = '';
    for (let keyId = 0; keyId < sorted.length; keyId++) {
      const key = sorted[keyId] ?? '';
      if (key.length === 0) continue;
      let lcp = 0;
      const max = Math.min(prev.length, key.length);
      while (lcp < max && prev.charCodeAt(lcp) === key.charCodeAt(lcp)) lcp++;
      // Sorted input: the node at the shared prefix never already has a child
      // for the next letter, so new nodes are appended in label order.
      for (let j = lcp; j < key.length; j++) {
        const parent = path[j] ?? 0;
        const node = nodeCount++;
        label[node] = key.charCodeAt(j);
        const last = lastChild[parent] ?? -1;
        if (last < 0) firstChild[parent] = node;
        else nextSibling[last] = node;
        lastChild[parent] = node;
        path[j + 1] = node;
      }
      terminal[path[key.length] ?? 0] = keyId;
      prev = key;
    }

    const edgeStart = new Int32Array(nodeCount + 1);
    const edgeLabel = new Uint16Array(Math.max(0, nodeCount - 1));
    const edgeTarget = new Int32Array(Math.max(0, nodeCount - 1));
    let cursor = 0;
    for (let n = 0; n < nodeCount; n++) {
      edgeStart[n] = cursor;
      for (let c = firstChild[n] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
        edgeLabel[cursor] = label[c] ?? 0;
        edgeTarget[cursor] = c;
        cursor++;
      }
    }
    edgeStart[nodeCount] = cursor;
    const rootNext = new Int32Array(65536);
    for (let e = edgeStart[0] ?? 0; e < (edgeStart[1] ?? 0); e++) rootNext[edgeLabel[e] ?? 0] = edgeTarget[e] ?? 0;
    return new NameTrie(edgeStart, edgeLabel, edgeTarget, rootNext, terminal.slice(0, nodeCount));
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

function maxLength(keys: readonly string[]): number {
  let m = 0;
  for (const k of keys) if (k.length > m) m = k.length;
  return m;
}
