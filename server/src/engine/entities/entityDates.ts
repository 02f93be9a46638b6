// Dates in an entity list ("from: 2020", "to: 2024-10") have any precision;
// comparisons need the first and last day each one covers.

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day an ISO date of any precision covers, as comparable strings. */
export function dateBounds(iso: string): [string, string] {
  const [y = '0000', m, d] = iso.split('-');
  if (d !== undefined && m !== undefined) return [`${y}-${m}-${d}`, `${y}-${m}-${d}`];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-${String(daysIn(Number(y), Number(m))).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}
