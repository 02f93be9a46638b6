// An Aho-Corasick automaton over folded keys: one pass over an article finds
// every name and alias of every entity, however many entities there are.
// Built from sorted keys so the trie is laid out without any lookups, then
// packed into typed arrays (children sorted by label, found by binary search;
// the root gets a direct table because most steps of a scan fall back to it).

export interface AutomatonHit {
  keyId: number;
  /** Offsets into the folded text, end exclusive. */
  start: number;
  end: number;
}

export class NameAutomaton {
  private constructor(
    private readonly edgeStart: Int32Array,
    private readonly edgeLabel: Uint16Array,
    private readonly edgeTarget: Int32Array,
    private readonly rootNext: Int32Array,
    private readonly fail: Int32Array,
    private readonly out: Int32Array,
    private readonly dictLink: Int32Array,
    private readonly depth: Int32Array,
  ) {}

  /** `keys` must be distinct; a hit reports the index of its key in this array. */
  static build(keys: readonly string[]): NameAutomaton {
    const order = keys.map((_, i) => i).sort((a, b) => {
      const x = keys[a] ?? '';
      const y = keys[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const label: number[] = [0];
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const lastChild: number[] = [-1];
    const terminal: number[] = [-1];
    const depth: number[] = [0];
    const path: number[] = [0];
    let prev = '';
    for (const keyId of order) {
      const key = keys[keyId] ?? '';
      if (key.length === 0) continue;
      let lcp = 0;
      const max = Math.min(prev.length, key.length);
      while (lcp < max && prev.charCodeAt(lcp) === key.charCodeAt(lcp)) lcp++;
      // Sorted input: the node at the shared prefix never already has a child
      // for the next letter, so new nodes are appended in label order.
      for (let j = lcp; j < key.length; j++) {
        const parent = path[j] ?? 0;
        const node = label.length;
        label.push(key.charCodeAt(j));
        firstChild.push(-1);
        nextSibling.push(-1);
        lastChild.push(-1);
        terminal.push(-1);
        depth.push(j + 1);
        const last = lastChild[parent] ?? -1;
        if (last < 0) firstChild[parent] = node;
        else nextSibling[last] = node;
        lastChild[parent] = node;
        path[j + 1] = node;
      }
      terminal[path[key.length] ?? 0] = keyId;
      prev = key;
    }

    const nodeCount = label.length;
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

    const rootNext = new Int32Array(65536).fill(0);
    for (let e = edgeStart[0] ?? 0; e < (edgeStart[1] ?? 0); e++) rootNext[edgeLabel[e] ?? 0] = edgeTarget[e] ?? 0;

    const fail = new Int32Array(nodeCount);
    const out = Int32Array.from(terminal);
    const dictLink = new Int32Array(nodeCount);
    const automaton = new NameAutomaton(edgeStart, edgeLabel, edgeTarget, rootNext, fail, out, dictLink, Int32Array.from(depth));
    const queue = new Int32Array(nodeCount);
    let head = 0;
    let tail = 0;
    for (let e = edgeStart[0] ?? 0; e < (edgeStart[1] ?? 0); e++) queue[tail++] = edgeTarget[e] ?? 0;
    while (head < tail) {
      const u = queue[head++] ?? 0;
      for (let e = edgeStart[u] ?? 0; e < (edgeStart[u + 1] ?? 0); e++) {
        const v = edgeTarget[e] ?? 0;
        const c = edgeLabel[e] ?? 0;
        fail[v] = automaton.step(fail[u] ?? 0, c);
        const f = fail[v] ?? 0;
        dictLink[v] = (out[f] ?? -1) >= 0 ? f : dictLink[f] ?? 0;
        queue[tail++] = v;
      }
    }
    return automaton;
  }

  get nodeCount(): number {
    return this.fail.length;
  }

  private child(node: number, c: number): number {
    if (node === 0) return this.rootNext[c] ?? 0;
    let lo = this.edgeStart[node] ?? 0;
    let hi = (this.edgeStart[node + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = this.edgeLabel[mid] ?? 0;
      if (l === c) return this.edgeTarget[mid] ?? 0;
      if (l < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private step(state: number, c: number): number {
    let s = state;
    for (;;) {
      const next = this.child(s, c);
      if (next > 0) return next;
      if (s === 0) return 0;
      s = this.fail[s] ?? 0;
    }
  }

  /** Every occurrence of every key in `folded`, word boundaries not checked. */
  scan(folded: string, onHit: (keyId: number, start: number, end: number) => void): void {
    let state = 0;
    const out = this.out;
    const dictLink = this.dictLink;
    const depth = this.depth;
    for (let i = 0; i < folded.length; i++) {
      state = this.step(state, folded.charCodeAt(i));
      if (state === 0) continue;
      let t = (out[state] ?? -1) >= 0 ? state : dictLink[state] ?? 0;
      while (t > 0) {
        onHit(out[t] ?? -1, i + 1 - (depth[t] ?? 0), i + 1);
        t = dictLink[t] ?? 0;
      }
    }
  }
}
