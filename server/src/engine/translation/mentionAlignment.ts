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

/**
 * The in-order alignment, with what a translator put in another order
 * undone. In order, "to 840 francs, from 730" / « de 730 à 840 francs »
 * pairs 840 with 730 and 730 with 840; and a dateline moved to the end
 * ("BANGUI, 7 August 2023 – … on 30 July" / « le 30 juin … le lundi 7 août
 * 2023 ») pairs the two 7 Augusts and leaves 30 July and 30 June unpaired,
 * never compared. So where some pair disagrees (or, with `leftOver`, each
 * side has a mention left over), the mentions not paired with their equal
 * are paired with an equal the other side states anywhere in the paragraph
 * first, and the rest aligned again, in order, among themselves. Figures
 * pass a predicate for `leftOver`: a table's figures left over are as often
 * figures of different rows, so only a lone one on each side, of a kind
 * that says what it is (an amount, a percentage), is paired that way; a
 * paragraph states few dates.
 */
export function alignUndoingCrossings<T>(a: readonly T[], b: readonly T[], cost: (x: T, y: T) => number | undefined, gap: number, leftOver: boolean | ((x: T, y: T) => boolean)): Array<[T, T, number]> {
  const aligned = alignMentions(a, b, cost, gap);
  const agreed = aligned.filter(([, , c]) => c === 0);
  const settled = new Set(agreed.flatMap(([x, y]) => [x, y]));
  const xs = a.filter((n) => !settled.has(n));
  const ys = b.filter((n) => !settled.has(n));
  // With a predicate, only one mention left over on each side that it accepts.
  const over = typeof leftOver === 'function' ? xs.length === 1 && ys.length === 1 && leftOver(xs[0] as T, ys[0] as T) : leftOver;
  if (!aligned.some(([, , c]) => c > 0) && (!over || xs.length === 0 || ys.length === 0)) return aligned;
  const exact: Array<[T, T, number]> = [];
  for (const x of [...xs]) {
    const k = ys.findIndex((y) => cost(x, y) === 0);
    const y = ys[k];
    if (k < 0 || y === undefined) continue;
    exact.push([x, y, 0]);
    xs.splice(xs.indexOf(x), 1);
    ys.splice(k, 1);
  }
  // Figures with no equal moved are left in their order: a table's rows keep theirs.
  if (exact.length === 0 && !over) return aligned;
  return [...agreed, ...exact, ...alignMentions(xs, ys, cost, gap)];
}
