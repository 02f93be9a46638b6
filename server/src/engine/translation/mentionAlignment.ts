// Pairs the mentions of one paragraph with those of its counterpart, in
// order, as an edit-distance alignment: a pair costs how much the two differ
// (undefined when they cannot be the same thing said twice), skipping a
// mention costs `gap`. Ties go to skipping, so a mention is only paired with
// a different one when that is clearly the better reading.

export function alignMentions<T>(a: readonly T[], b: readonly T[], cost: (x: T, y: T) => number | undefined, gap: number): Array<[T, T, number]> {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i + j) * gap));
  const how: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= m; j++) {
      let best = (d[i - 1]?.[j] ?? 0) + gap;
      let move = 2;
      const left = (row[j - 1] ?? 0) + gap;
      if (left < best) {
        best = left;
        move = 3;
      }
      const x = a[i - 1];
      const y = b[j - 1];
      const c = x !== undefined && y !== undefined ? cost(x, y) : undefined;
      const diagonal = c === undefined ? Infinity : (d[i - 1]?.[j - 1] ?? 0) + c;
      if (diagonal < best) {
        best = diagonal;
        move = 1;
      }
      row[j] = best;
      (how[i] ?? [])[j] = move;
    }
    for (let j = 1; j <= m && i === 0; j++) (how[0] ?? [])[j] = 3;
  }
  const pairs: Array<[T, T, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const move = how[i]?.[j] ?? 0;
    if (move === 1) {
      const x = a[i - 1];
      const y = b[j - 1];
      if (x !== undefined && y !== undefined) pairs.push([x, y, cost(x, y) ?? 0]);
      i--;
      j--;
    } else if (move === 2) i--;
    else j--;
  }
  return pairs.reverse();
}
