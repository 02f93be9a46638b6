import { mentionsOf } from '../articleMentions';
import { statesOwnDate } from '../articleDate';
import { datesIn } from '../articleDates';
import { describeDateForMessage } from '../dates/dateFormat';
import { extractDates } from '../dates/dateMentions';
import { dayNumber, fromDayNumber } from '../dates/weekday';
import type { EntityMention } from '../entities/entityIndex';
import { dateBounds } from '../entities/entityDates';
import type { EntityTitle } from '../entities/entityTypes';
import { canonicalName } from '../entities/entityTypes';
import { FOLD_DROP, FOLD_SPACE, foldKey, foldStep, foldText } from '../entities/fold';
import { abbreviationOf, plainTitleOf, FORMER_WORDS, mayEndTitleWord, senseOfTitle, titleWordEnding, type TitleSense, type TitleWord } from '../entities/titleVocabulary';
import { say } from '../messages';
import type { Article, DateValue, Fix, Lang, RawFinding, Span } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// "General Ibrahim Traoré": the entity list says he is a captain. A title
// is checked against the list at the date the sentence speaks of (any date or
// year written in it; else the article's date; else today), and only when
// the list knows a title of the same kind (a rank for a rank, an office for
// an office) at that date — and none of them fits. A plural title governs
// the names listed after it: "Generals Goïta (Mali), Tiani (Niger), and
// Traoré" calls Traoré a general too.

interface Governing {
  word: TitleWord;
  /** Where the title is written. */
  span: Span;
  written: string;
  /** The title sits right before this name (not inherited through a list). */
  direct: boolean;
  /** How many names it governs, shared by the names of one list. */
  shared: { count: number };
  /** "former General X": says nothing about the date. */
  former: boolean;
}

const LIST_GAP = /^\s*(?:\([^()\n]{0,60}\)\s*)?(?:,\s*(?:(?:and|et|or|ou)\s+)?|(?:and|et|or|ou)\s+)$/u;
const ABBREVIATIONS = /(?:^|[\s(])(?:Gen|Gén|Col|Capt|Cne|Lt|Maj|Brig|Sgt|Mr|Mrs|Ms|Dr|St|Jr|M|Mme|Mgr|Pr|Gov|Sen|Rep|Prof|No|Jan|Feb|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|avr|juil|sept|oct|nov|déc|[A-Z])$/u;
const YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

export const entityTitle: DocumentRule = {
  id: 'entity.title',
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A rank or title before a name matches the entity list at the date the sentence speaks of.',
    fr: 'Le grade ou le titre placé devant un nom correspond à la liste des entités à la date dont parle la phrase.',
  },
  examples: [
    { lang: 'en', bad: 'On December 22, 2025, General Ibrahim Traoré arrived.', good: 'On December 22, 2025, Captain Ibrahim Traoré arrived.' },
    { lang: 'en', good: 'In August 2020, Colonel Assimi Goïta seized power.' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article, entities } = ctx;
    if (entities.size === 0) return [];
    const lang = article.language;
    const prose = article.prose;
    const out: RawFinding[] = [];
    const governed: Array<{ mention: EntityMention; governing: Governing; sentence: Span }> = [];
    let previous: { mention: EntityMention; governing: Governing | undefined } | undefined;
    for (const m of mentionsOf(article, entities)) {
      if (m.entity.type !== 'person' || m.form === 'nearMiss') continue;
      const sentence = sentenceAround(article, m.start);
      let governing = directTitle(prose, lang, sentence.start, m.start);
      const prev = previous?.governing;
      if (!governing && prev?.word.plural && previous && LIST_GAP.test(prose.slice(previous.mention.end, m.start))) {
        governing = { ...prev, direct: false };
        governing.shared.count++;
      }
      previous = { mention: m, governing };
      if (governing && !governing.former) governed.push({ mention: m, governing, sentence });
    }
    // Checked once every list is complete: a plural title over several names is not rewritten.
    for (const { mention, governing, sentence } of governed) {
      const finding = checkTitle(ctx, lang, mention, governing, sentence);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function checkTitle(ctx: DocumentContext, lang: Lang, m: EntityMention, g: Governing, sentence: Span): RawFinding | undefined {
  const dates = sentenceDates(ctx, lang, sentence);
  // Writers give people the title they hold now when recalling the past
  // ("Army General Abdourahamane Tiani, who overthrew Mohamed Bazoum on
  // July 26, 2023"): a title that fits at the article's own date fits too.
  // A date the front matter does not state is only the latest the text
  // writes: the story may come any time after it, up to today. With no date
  // at all, a title fits if it was ever held (a captain is never a general).
  const own = articleOwnDate(ctx);
  const intervals = [...dates.map(intervalOf), own].filter((x): x is [string, string] => x !== undefined);
  if (intervals.length === 0) intervals.push(['0000-01-01', '9999-12-31']);
  const held = m.entity.titles
    .map((t) => ({ title: t, sense: senseOfTitle(titleName(t, lang), lang) }))
    .filter((t): t is { title: EntityTitle; sense: TitleSense } => t.sense !== undefined && t.sense.category === g.word.category)
    .filter((t) => intervals.some((iv) => overlaps(t.title, iv)));
  // The list knows no title of this kind at that date: nothing to compare.
  if (held.length === 0) return undefined;
  if (held.some((t) => fits(g.word, t.sense))) return undefined;
  // In a story with no date of its own, a title held since the sentence's date fits too.
  const later = own === undefined ? undatedStory(ctx, dates) : undefined;
  if (
    later &&
    m.entity.titles.some((t) => {
      const sense = senseOfTitle(titleName(t, lang), lang);
      return sense !== undefined && sense.category === g.word.category && overlaps(t, later) && fits(g.word, sense);
    })
  )
    return undefined;
  const first = held[0];
  if (!first) return undefined;
  const expected = titleName(first.title, lang);
  const date = dates[0];
  const locale = ctx.locale;
  const name = canonicalName(m.entity, lang);
  const when = date ? describeDateForMessage(date, locale) : '';
  // "On December 22, 2025" but "In August 2023"; « Le 22 décembre 2025 » but « En août 2023 ».
  const on = date?.day !== undefined ? { en: 'On', fr: 'Le' } : { en: 'In', fr: 'En' };
  const message = g.direct
    ? say(locale, {
        en: `${when ? `${on.en} ${when}, the` : 'The'} entity list gives ${name} the title "${expected}", not "${g.written}".`,
        fr: `${when ? `${on.fr} ${when}, la` : 'La'} liste des entités donne à ${name} le titre « ${expected} », pas « ${g.written} ».`,
      })
    : say(locale, {
        en: `"${g.written}" also covers ${name}, who ${when ? `${on.en.toLowerCase()} ${when} was` : 'is'} "${expected}" in the entity list.`,
        fr: `« ${g.written} » s’applique aussi à ${name}, qui ${when ? `${on.fr.toLowerCase()} ${when} était` : 'est'} « ${expected} » selon la liste des entités.`,
      });
  const path = ctx.article.path;
  const fixes: Fix[] = [];
  let span: Span = g.span;
  if (g.direct && !(g.word.plural && g.shared.count > 1)) {
    // French copy takes the typographic apostrophe the list may not ("général d’armée").
    // A writer who abbreviates ranks ("Col.", AP style) gets the abbreviation ("Capt.", "Gen.").
    const abbreviated = g.written.endsWith('.') ? abbreviationOf(expected, lang) : undefined;
    // A writer who named no grade ("Colonel Goïta") gets none ("General", not "Army General").
    const plain = g.word.grade === undefined ? plainTitleOf(expected, lang) : undefined;
    const typed = abbreviated ?? plain ?? (lang.toLowerCase().startsWith('fr') ? expected.replace(/'/g, '’') : expected);
    const text = matchCase(g.word.plural ? pluralOf(typed, lang) : typed, g.written);
    fixes.push({
      title: say(locale, { en: `Change to "${text}"`, fr: `Remplacer par « ${text} »` }),
      preferred: true,
      edits: [{ path, start: g.span.start, end: g.span.end, newText: text }],
    });
  } else if (!g.direct) {
    // The shared plural title is right for the others: name this one's title at the name.
    span = { start: m.start, end: m.end };
    const lead = lang === 'fr' && /\bles\s*$/iu.test(ctx.article.prose.slice(Math.max(0, g.span.start - 6), g.span.start)) ? 'le ' : '';
    const title = lang === 'en' ? capitalise(expected) : expected;
    const text = `${lead}${title} `;
    fixes.push({
      title: say(locale, { en: `Write "${text}${m.text}"`, fr: `Écrire « ${text}${m.text} »` }),
      preferred: false,
      edits: [{ path, start: m.start, end: m.start, newText: text }],
    });
  } else {
    span = { start: m.start, end: m.end };
  }
  return { rule: 'entity.title', message, path, start: span.start, end: span.end, related: [], fixes };
}

/** A title word written right before the name (only spaces between), in the same sentence. */
function directTitle(prose: string, lang: Lang, sentenceStart: number, nameStart: number): Governing | undefined {
  const from = Math.max(sentenceStart, nameStart - 60);
  if (!wordBeforeMayBeTitle(prose, lang, from, nameStart)) return undefined;
  const f = foldText(prose, from, nameStart);
  let n = f.folded.length;
  if (n === 0 || f.folded.charCodeAt(n - 1) !== 32) return undefined; // the name must follow a space
  n--;
  const folded = f.folded.slice(0, n);
  const word = titleWordEnding(folded, lang);
  if (!word) return undefined;
  const first = n - word.key.length;
  const start = f.starts[first] ?? 0;
  const end = f.ends[n - 1] ?? 0;
  const before = folded.slice(0, first);
  const former = (FORMER_WORDS[lang] ?? []).some((w) => before.endsWith(`${w} `) || before.endsWith(`${w}-`));
  return { word, span: { start, end }, written: prose.slice(start, end), direct: true, shared: { count: 1 }, former };
}

/**
 * Folding sixty characters before every name was the rule's main cost; most
 * names follow a word that ends no title. This folds that one word: the same
 * letters the window's fold ends with, so a title the window would find
 * always passes.
 */
function wordBeforeMayBeTitle(prose: string, lang: Lang, from: number, nameStart: number): boolean {
  let i = nameStart;
  let space = false;
  for (; i > from; i--) {
    const unit = foldStep(prose.charCodeAt(i - 1));
    if (unit === FOLD_DROP) continue;
    if (unit !== FOLD_SPACE) break;
    space = true;
  }
  // No white space right before the name: no title can govern it (directTitle says the same).
  if (!space) return false;
  let j = i;
  while (j > from && foldStep(prose.charCodeAt(j - 1)) !== FOLD_SPACE) j--;
  // A word with no space in it folds by foldKey to the letters foldText gives it; the same words recur.
  const word = prose.slice(j, i);
  const memoKey = `${lang}\u0000${word}`;
  let may = titleEnds.get(memoKey);
  if (may === undefined) {
    may = mayEndTitleWord(foldKey(word), lang);
    if (titleEnds.size >= 10000) titleEnds.clear();
    titleEnds.set(memoKey, may);
  }
  return may;
}

const titleEnds = new Map<string, boolean>();

function sentenceAround(article: Article, offset: number): Span {
  const para = article.paragraphs.find((p) => p.start <= offset && offset < p.end);
  const pStart = para?.start ?? 0;
  const pEnd = para?.end ?? article.prose.length;
  const prose = article.prose;
  let start = pStart;
  const endRe = /[.!?…]+["»”’)]*\s+/gu;
  endRe.lastIndex = pStart;
  let end = pEnd;
  for (let e = endRe.exec(prose); e && e.index < pEnd; e = endRe.exec(prose)) {
    if (ABBREVIATIONS.test(prose.slice(Math.max(pStart, e.index - 6), e.index))) continue;
    // "on Aug. 18, 2020", "3 p.m. on Friday": a sentence does not go on in small letters or figures.
    if (/^[\p{Ll}\d]/u.test(prose.charAt(e.index + e[0].length))) continue;
    const after = e.index + e[0].length;
    if (after <= offset) start = after;
    else {
      end = Math.min(pEnd, e.index + 1);
      break;
    }
  }
  return { start, end };
}

/** The span of days the article may be from: its declared date, or from the latest date it writes up to today. */
function articleOwnDate(ctx: DocumentContext): [string, string] | undefined {
  const d = ctx.articleDate;
  if (d?.year === undefined) return undefined;
  const at = intervalOf(d);
  if (!at) return undefined;
  if (statesOwnDate(ctx.article, d)) return at;
  const today = isoToday(ctx);
  // The latest date a story writes may be one it looks ahead to ("a transition running until July 29,
  // 2025" in a story of Dec. 15, 2024): the story may come from as early as the first full date of its lead.
  const lead = leadDate(ctx);
  const from = lead !== undefined && lead < at[0] ? lead : at[0];
  return [from, today > at[1] ? today : at[1]];
}

/**
 * A story with no date of its own may come from any day between the
 * sentence's date and today, and name people by the title they hold then:
 * "headed by General Assimi Goïta" beside "a mining code introduced in 2023",
 * in a story of January 2025 whose dateline gives no year.
 */
function undatedStory(ctx: DocumentContext, dates: readonly DateValue[]): [string, string] | undefined {
  if (ctx.articleDate?.year !== undefined || dates.length === 0) return undefined;
  const starts = dates.map(intervalOf).filter((x): x is [string, string] => x !== undefined).map(([start]) => start);
  if (starts.length === 0) return undefined;
  const today = isoToday(ctx);
  const from = starts.sort()[0] ?? today;
  return from <= today ? [from, today] : undefined;
}

/** Today as an ISO day. */
function isoToday(ctx: DocumentContext): string {
  const t = ctx.today;
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** The first full date the first paragraphs write, as an ISO day. */
function leadDate(ctx: DocumentContext): string | undefined {
  for (const p of ctx.article.paragraphs.slice(0, 4)) {
    const v = datesIn(ctx.article, p.index).find((x) => x.from.written.year !== undefined && x.from.value.month !== undefined && x.from.value.day !== undefined)?.from.value;
    if (v?.year !== undefined && v.month !== undefined && v.day !== undefined) return `${String(v.year).padStart(4, '0')}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
  }
  return undefined;
}


/** Dates the sentence speaks of: full dates, months, bare years; else those of earlier sentences in its paragraph; else none. */
function sentenceDates(ctx: DocumentContext, lang: Lang, sentence: Span): DateValue[] {
  const prose = ctx.article.prose;
  const out: DateValue[] = [];
  // The paragraph's dates are read once for every rule; keep those inside the sentence.
  const paragraph = ctx.article.paragraphs.find((p) => sentence.start >= p.start && sentence.start <= p.end);
  const mentions = paragraph
    ? datesIn(ctx.article, paragraph.index).filter((d) => d.start >= sentence.start && d.end <= sentence.end)
    : extractDates(prose, sentence, lang, ctx.articleDate);
  for (const d of mentions) {
    if (d.from.value.year !== undefined) out.push(d.from.value);
    if (d.to?.value.year !== undefined) out.push(d.to.value);
  }
  const text = prose.slice(sentence.start, sentence.end);
  for (const y of text.matchAll(YEAR)) {
    const at = sentence.start + (y.index ?? 0);
    if (mentions.some((d) => d.start <= at && at < d.end)) continue;
    out.push({ year: Number(y[1]) });
  }
  if (out.length > 0) return out;
  // A sentence with no date of its own goes on from the ones before it in the paragraph
  // ("He led the coup of July 26, 2023… Brigadier General Tiani then chaired the CNSP").
  if (paragraph) {
    const earlier = datesIn(ctx.article, paragraph.index).filter((d) => d.end <= sentence.start && d.from.value.year !== undefined);
    if (earlier.length > 0) return earlier.map((d) => d.from.value);
  }
  return [];
}

function intervalOf(d: DateValue): [string, string] | undefined {
  if (d.year === undefined) return undefined;
  const y = String(d.year).padStart(4, '0');
  if (d.month === undefined) return dateBounds(y);
  const m = String(d.month).padStart(2, '0');
  if (d.day === undefined) return dateBounds(`${y}-${m}`);
  return dateBounds(`${y}-${m}-${String(d.day).padStart(2, '0')}`);
}

function overlaps(t: EntityTitle, [start, end]: [string, string]): boolean {
  if (t.from && dateBounds(t.from)[0] > end) return false;
  // The day a title ends, its successor's first day, may still be told with it:
  // "On October 16, 2024, Colonel Assimi Goïta was promoted to army general."
  if (t.to && nextDay(dateBounds(t.to)[1]) < start) return false;
  return true;
}

function nextDay(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const { year, month, day } = fromDayNumber(dayNumber(y, m, d) + 1);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Same family; a grade only matters when both sides name one ("général de brigade" vs "général d'armée"). */
function fits(word: TitleSense, held: TitleSense): boolean {
  if (word.family !== held.family) return false;
  return word.grade === undefined || held.grade === undefined || word.grade === held.grade;
}

function titleName(t: EntityTitle, lang: Lang): string {
  return t.names[lang] ?? t.names['default'] ?? t.names['en'] ?? Object.values(t.names)[0] ?? '';
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The replacement in the writer's capitals: "General" → "Captain", "général" → "capitaine", "GENERAL" → "CAPTAIN". */
function matchCase(text: string, written: string): string {
  if (written.length > 1 && written === written.toLocaleUpperCase() && written !== written.toLocaleLowerCase()) return text.toLocaleUpperCase();
  const first = written.charAt(0);
  if (first === first.toLocaleUpperCase() && first !== first.toLocaleLowerCase()) return capitalise(text);
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

function pluralOf(title: string, lang: Lang): string {
  const words = title.split(' ');
  const head = lang === 'fr' ? 0 : words.length - 1; // "général de brigade" → "généraux de brigade"; "Army General" → "Army Generals"
  const w = words[head] ?? '';
  words[head] = lang === 'fr' && w.endsWith('al') ? `${w.slice(0, -2)}aux` : /s$/.test(w) ? w : `${w}s`;
  return words.join(' ');
}

