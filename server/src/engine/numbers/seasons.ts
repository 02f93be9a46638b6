import type { NumberMention } from './numberMentions';

// Spans of years written as one: fiscal years and seasons ("2024-25",
// « l’exercice 2024-2025 », "the 2023/24 season", "2019–2023"). Each is one
// mention whose value holds both ends (start × 10 000 + end), so "2024-25"
// and « 2024-2025 » agree, and "2024-25" against « 2025-2026 » is one
// difference with a fix that keeps its form, not "2025-25".

const SEASON = /(?<![\d.,/-])((?:19|20)\d\d)[-–/]((?:19|20)\d\d|\d\d)(?![\d])(?![.,]\d)/y;

/** The span of years at `at`, or undefined. */
export function seasonAt(s: string, at: number): NumberMention | undefined {
  SEASON.lastIndex = at;
  const m = SEASON.exec(s);
  if (!m) return undefined;
  const start = Number(m[1]);
  const written = m[2] ?? '';
  // "1999-00" crosses a century.
  const short = Math.floor(start / 100) * 100 + Number(written);
  const end = written.length === 2 ? (short <= start ? short + 100 : short) : Number(written);
  // "2019-2023" is a span; "2024-12" is a month, "1998-2024" a life or a reign: up to a decade.
  if (end <= start || end - start > 10) return undefined;
  return { start: at, end: at + m[0].length, text: m[0], value: start * 10000 + end, kind: 'season', numeralStart: at, numeralEnd: at + m[0].length };
}

/** `mention` (a span of years) stating `value` instead, in its own form ("2025-26", « 2025-2026 »). */
export function rewriteSeason(mention: NumberMention, value: number): string | undefined {
  const start = Math.floor(value / 10000);
  const end = value % 10000;
  if (!Number.isInteger(value) || start < 1000 || end <= start) return undefined;
  const m = /^(\d{4})([-–/])(\d+)$/u.exec(mention.text);
  if (!m) return undefined;
  const short = (m[3] ?? '').length === 2;
  if (short && Math.floor(end / 100) !== Math.floor(start / 100)) return `${start}${m[2]}${end}`;
  return `${start}${m[2]}${short ? String(end % 100).padStart(2, '0') : end}`;
}
