import { dateNames, fold } from '../dates/dateNames';
import { say } from '../messages';
import { isProse } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// A day its month does not have: "February 31", « 31 avril », "Feb. 29, 2025".
// The date readers turn such a date down, so no other rule sees it, and a
// copy editor would stop at it. Only dates that read as dates are flagged:
// a year after them, or a word that introduces a date before them ("on",
// "by", a weekday; « le », « du »). "In February 31 people died" is a count.

const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const EN_DATE = /(?<![\p{L}\p{M}])([A-Z][a-z]{2,8})\.?[ \u00A0](\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}])(,?[ \u00A0](\d{4})(?!\d))?/gu;
const FR_DATE = /(?<![\p{L}\p{M}\d])(\d{1,2})(?:er)?[ \u00A0\u202F]([\p{L}]{3,9})\.?(?![\p{L}])([ \u00A0\u202F](\d{4})(?!\d))?/gu;
const EN_LEAD = /(?:^|[^\p{L}])(?:on|by|for|until|till|from|since|before|after|through|to|of|between|and|(?:sun|mon|tues|wednes|thurs|fri|satur)day,?)[ \u00A0]$/iu;
const FR_LEAD = /(?:^|[^\p{L}])(?:le|du|au|dès|depuis|jusqu['’]au|avant|après|entre|et|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)[ \u00A0\u202F]$/iu;

export const dateImpossible: DocumentRule = {
  id: 'date.impossible',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A date whose month has no such day (“February 31”, “April 31”, “February 29, 2025”).',
    fr: 'Une date dont le mois n’a pas ce jour (« 31 février », « 31 avril », « 29 février 2025 »).',
  },
  examples: [{ lang: 'en', bad: 'The vote is set for February 31, 2025.', good: 'The vote is set for February 28, 2025.' }],
  check(ctx: DocumentContext): RawFinding[] {
    const { article } = ctx;
    const names = dateNames(article.language);
    if (!names) return [];
    const fr = !names.capitalised;
    const re = fr ? FR_DATE : EN_DATE;
    const out: RawFinding[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(article.prose); m !== null; m = re.exec(article.prose)) {
      const [dayText, monthText] = fr ? [m[1] ?? '', m[2] ?? ''] : [m[2] ?? '', m[1] ?? ''];
      const hit = names.monthLookup.get(fold(monthText));
      const month = hit?.month;
      const day = Number(dayText);
      const year = m[4] === undefined ? undefined : Number(m[4]);
      if (month === undefined || day < 1 || day > 31) continue;
      const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
      const max = month === 2 && !leap ? 28 : (MAX_DAY[month - 1] ?? 31);
      if (day <= max) continue;
      const lead = (fr ? FR_LEAD : EN_LEAD).test(article.prose.slice(Math.max(0, m.index - 14), m.index));
      if (year === undefined && !lead) continue;
      const start = m.index;
      // The date as written, without a sentence's full stop after a French month (« le 31 avril. »).
      const end = m.index + m[0].length - (fr && m[3] === undefined && m[0].endsWith('.') && hit?.abbrev !== true ? 1 : 0);
      if (!isProse(article, start, end)) continue;
      const monthName = names.months[month - 1] ?? monthText;
      out.push({
        rule: 'date.impossible',
        message: say(ctx.locale, {
          en: `There is no ${capital(monthName)} ${day}${month === 2 && year !== undefined && day === 29 ? ` in ${year}` : ''}: check the day.`,
          fr: `Il n’y a pas de ${day} ${monthName}${month === 2 && year !== undefined && day === 29 ? ` en ${year}` : ''}\u00a0: vérifiez le jour.`,
        }),
        path: article.path,
        start,
        end,
        related: [],
        fixes: [],
      });
    }
    return out;
  },
};

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
