import { mentionsIn } from '../engine/articleMentions';
import { datesIn } from '../engine/articleDates';
import { describeDate } from '../engine/dates/dateFormat';
import { weekdayOf } from '../engine/dates/weekday';
import type { EntityIndex } from '../engine/entities/entityIndex';
import { entityHoverMarkdown } from '../engine/entities/hoverCard';
import { versionName } from '../engine/messages';
import { alignParagraphs } from '../engine/translation/alignment';
import { alignMentions } from '../engine/translation/mentionAlignment';
import type { Article, Locale } from '../engine/types';

// What hovering shows: the entity card for a name, or for a date its weekday
// and what the other versions say at the same place.

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

const WEEKDAYS: Record<Locale, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};

export function hoverAt(article: Article, offset: number, entities: EntityIndex, locale: Locale, versions: readonly Article[]): HoverResult | undefined {
  const paragraph = article.paragraphs.find((p) => offset >= p.start && offset <= p.end);
  if (!paragraph) return undefined;
  const mention = mentionsIn(article, entities, paragraph).find((m) => offset >= m.start && offset <= m.end);
  const dates = datesIn(article, paragraph.index);
  const date = dates.find((d) => offset >= d.start && offset <= d.end);
  if (mention) {
    const at = date?.from.value ?? undefined;
    return { markdown: entityHoverMarkdown(mention.entity, article.language, locale, at), start: mention.start, end: mention.end };
  }
  if (!date) return undefined;
  const lines: string[] = [];
  const v = date.from.value;
  if (v.year !== undefined && v.month !== undefined && v.day !== undefined) {
    const weekday = WEEKDAYS[locale][weekdayOf(v.year, v.month, v.day)] ?? '';
    lines.push(`**${weekday} ${describeDate(v, locale)}**`);
  } else lines.push(`**${describeDate(v, locale)}**`);
  for (const other of versions) {
    if (other.language === article.language) continue;
    const pair = alignParagraphs(article, other, entities).find((p) => p.a.index === paragraph.index);
    if (!pair) continue;
    const aligned = alignMentions(dates, datesIn(other, pair.b.index), () => 0.5, 1).find(([x]) => x === date);
    if (aligned) lines.push(`${capitalize(versionName(locale, other.language))}: ${aligned[1].text}`);
  }
  return { markdown: lines.join('\n\n'), start: date.start, end: date.end };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
