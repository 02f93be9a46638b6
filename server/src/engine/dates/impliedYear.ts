import type { DateValue } from '../types';
import { dayNumber, daysInMonth } from './weekday';

/**
 * The year a day and month without a year most likely refer to: the one
 * closest to the reference date ("December 30" in an article of 2 January
 * 2025 is 30 December 2024).
 */
export function impliedYear(month: number, day: number, reference: DateValue | undefined): number | undefined {
  if (reference?.year === undefined) return undefined;
  if (reference.month === undefined) return reference.year;
  const ref = dayNumber(reference.year, reference.month, reference.day ?? 15);
  let best = reference.year;
  let bestGap = Infinity;
  for (const y of [reference.year - 1, reference.year, reference.year + 1]) {
    const gap = Math.abs(dayNumber(y, month, Math.min(day, daysInMonth(month, y))) - ref);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}
