import { mentionsIn } from '../articleMentions';
import type { EntityIndex } from '../entities/entityIndex';
import { halfAfter } from '../numbers/numberMentions';
import { timeAt } from '../numbers/timesOfDay';
import { countriesIn, countryMentionsOf } from './countries';
import { EXONYMS } from './exonyms';
import type { Article, Paragraph, Span } from '../types';
import { charClass, DIGIT, isLetterOrMark, LETTER, UPPER } from '../letterClass';

// Language-independent marks of content: numbers, proper names and the
// entities they refer to. Two versions of one story share most of them
// whatever their language; two different stories share few.

// The same names come back paragraph after paragraph: each is folded once.
const folded = new Map<string, string>();
const FOLDED_MEMO = 50000;

function foldWord(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    f = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size >= FOLDED_MEMO) folded.clear();
    folded.set(w, f);
  }
  return f;
}

const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g;
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr aug sep sept oct nov dec'.split(' '),
);
const ELIDED = /^(?:[ldjmnstc]|qu)['’]/i;
const SCALE_COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ...'a one two three four five six seven eight nine ten'.split(' ').map((w, i): [string, number] => [w, Math.max(1, i)]),
  ...'un deux trois quatre cinq six sept huit neuf dix'.split(' ').map((w, i): [string, number] => [w, i + 1]),
  ['une', 1],
]);
const SCALE_COUNT = /(?<![\p{L}\p{M}\d-])(?<!half[ \u00a0])(a|one|two|three|four|five|six|seven|eight|nine|ten|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)[ \u00a0\u202f]+(?:millions?|billions?|trillions?|milliards?)(?![\p{L}\p{M}])/giu;
const POSSESSIVE = /['’]s?$/i;

const RACE_EN = /(\d{1,2}):(\d{2})(?::(\d{2}))?\.(\d{1,2})|(\d{1,2}):(\d{2}):(\d{2})/y;
const RACE_FR = /(?:(\d{1,2})[ \u00a0\u202f]?h[ \u00a0\u202f]?)?(\d{1,2})[ \u00a0\u202f]?min[ \u00a0\u202f]?(\d{2})[ \u00a0\u202f]?s(?:[ \u00a0\u202f]?(\d{1,2}))?/y;

const SPRINT_FR = /(\d{1,2})[ \u00a0\u202f]?s[ \u00a0\u202f]?(\d{2})(?!\d)/y;

/** A French sprint time at `at` (« 9 s 69 »): its digits as English writes the figure (9.69), and where it ends. */
function sprintTimeAt(text: string, at: number): { digits: string; end: number } | undefined {
  SPRINT_FR.lastIndex = at;
  const m = SPRINT_FR.exec(text);
  return m ? { digits: `${m[1] ?? ''}${m[2] ?? ''}`, end: at + m[0].length } : undefined;
}

/** The race time that starts at `at`: its figures, hours to hundredths, without leading zeros. */
function raceTimeAt(text: string, at: number, fr: boolean): { parts: string[]; end: number } | undefined {
  const re = fr ? RACE_FR : RACE_EN;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).filter((g): g is string => g !== undefined).map((g) => String(Number(g)));
  return parts.length >= 2 ? { parts, end: at + m[0].length } : undefined;
}

export function spanFingerprints(article: Article, span: Span, entities: EntityIndex | undefined): ReadonlySet<string> {
  return fingerprinted(article, span, entities).marks;
}

/**
 * Where the span's proper names are (capitalised words that do not start a
 * sentence), as [start, end, start, end, …] in the article: found by the same
 * walk as the fingerprints, so comparing names costs no second pass.
 */
export function spanProperNames(article: Article, span: Span, entities: EntityIndex | undefined): readonly number[] {
  return fingerprinted(article, span, entities).names;
}

interface Fingerprinted {
  marks: ReadonlySet<string>;
  names: readonly number[];
}

function fingerprinted(article: Article, span: Span, entities: EntityIndex | undefined): Fingerprinted {
  // Pairing, alignment and the missing-paragraph rule all ask for the same
  // paragraphs: remember them per (immutable) article and entity index.
  let cache = spanCache.get(article);
  if (!cache || cache.entities !== entities) {
    cache = { entities, marks: new Map() };
    spanCache.set(article, cache);
  }
  const key = `${span.start}:${span.end}`;
  let marks = cache.marks.get(key);
  if (!marks) {
    marks = computeFingerprints(article, span, entities);
    cache.marks.set(key, marks);
  }
  return marks;
}

const spanCache = new WeakMap<Article, { entities: EntityIndex | undefined; marks: Map<string, Fingerprinted> }>();

function computeFingerprints(article: Article, span: Span, entities: EntityIndex | undefined): Fingerprinted {
  const text = article.prose.slice(span.start, span.end);
  const out = new Set<string>();
  const names: number[] = [];
  const fr = article.language.toLowerCase().startsWith('fr');
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    // A time of day is one mark however it is written ("8.11pm", « 20 h 11 »), and no figure.
    // A race time is one mark however it is written ("1:51.21", « 1 min 51 s 21 », "2:00:35", « 2 h 00 min 35 s »).
    const race = raceTimeAt(text, m.index, fr);
    if (race) {
      out.add(`~${race.parts.join('|')}`);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, race.end);
      continue;
    }
    // A sprint time is one figure however it is written ("10.61", « 10 s 61 »).
    const sprint = fr ? sprintTimeAt(text, m.index) : undefined;
    if (sprint) {
      out.add(`#${sprint.digits}`);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, sprint.end);
      continue;
    }
    const time = timeAt(text, m.index, fr);
    if (time) {
      out.add(`%${time.value}`);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, time.end);
    } else {
      // « 25 jours et demi » is "25.5 days": the same digits.
      const half = /^\d+$/u.test(m[0]) && halfAfter(text, m.index + m[0].length) > 0;
      out.add(`#${m[0].replace(/[^\d]/g, '')}${half ? '5' : ''}`);
    }
  }
  // A count in words before a scale is its figure: "1 million euros" is « un million d'euros », "2 billion" "two billion".
  // (Only before a scale: "two days" and « deux jours » are no mark of one story in particular.)
  SCALE_COUNT.lastIndex = 0;
  for (let m = SCALE_COUNT.exec(text); m !== null; m = SCALE_COUNT.exec(text)) {
    const n = SCALE_COUNT_WORDS.get((m[1] ?? '').toLowerCase());
    if (n !== undefined) out.add(`#${n}`);
  }
  forEachProperName(text, (start, end) => {
    names.push(span.start + start, span.start + end);
    let w = text.slice(start, end);
    // Elided articles ("l’AES") and possessives ("Traoré’s") would hide the name.
    if (w.includes('’') || w.includes("'")) w = w.replace(ELIDED, '').replace(POSSESSIVE, '');
    if (w.length >= 2) {
      const f = foldWord(w);
      // English capitalises its days and months, French does not: they are no mark of the story.
      if (!CALENDAR_WORDS.has(f)) out.add(EXONYMS.get(f) ?? f);
    }
  });
  // A country is one mark however it is said: "Norway", "Norwegian", « norvégien », « les Norvégiens ». A merged
  // paragraph's half may share nothing else with the whole ("Jagland, a former Norwegian prime minister" / « ancien
  // Premier ministre norvégien »). Not a language ("in Norwegian"), nor a country named in passing ("Mali Airways").
  // A paragraph's countries are read once, for translation.country too; a sentence's here only.
  const paragraph = 'index' in span && article.paragraphs[(span as Paragraph).index] === span ? (span as Paragraph) : undefined;
  const countries = paragraph ? countryMentionsOf(article, paragraph) : countriesIn(article.prose, { index: -1, kind: 'paragraph', start: span.start, end: span.end }, article.language);
  for (const c of countries) {
    if (c.language === true || c.weak) continue;
    const w = foldWord(c.text.replace(ELIDED, '').replace(POSSESSIVE, ''));
    out.delete(EXONYMS.get(w) ?? w);
    out.add(`~${c.code}`);
  }
  if (entities) {
    for (const mention of mentionsIn(article, entities, span)) out.add(`@${mention.entity.id}`);
  }
  return { marks: out, names };
}

const articleCache = new WeakMap<Article, { entities: EntityIndex | undefined; marks: ReadonlySet<string> }>();

/** All marks of an article; cached per (immutable) article and entity index, since pairing asks on every check. */
export function articleFingerprints(article: Article, entities: EntityIndex | undefined): ReadonlySet<string> {
  const cached = articleCache.get(article);
  if (cached && cached.entities === entities) return cached.marks;
  const out = new Set<string>();
  for (const p of article.paragraphs) for (const f of spanFingerprints(article, p, entities)) out.add(f);
  articleCache.set(article, { entities, marks: out });
  return out;
}

/** Overlap coefficient: shared marks over the smaller set. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

/**
 * Each capitalised word that does not start its sentence, and each acronym:
 * what `/(?<=[\p{L}\p{N},;:)»"”’'] +)\p{Lu}[\p{L}\p{M}’'-]{2,}|\b\p{Lu}{2,}\d*\b/gu`
 * matches (a unit test holds the two together), found by one walk over the
 * character codes: the regular expression's look-behind was the slowest part
 * of comparing two versions.
 */
export function forEachProperName(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (isUpper(cp)) {
      const end = capitalAfterSpace(text, i, width) ?? acronymEnd(text, i);
      if (end !== undefined) {
        visit(i, end);
        i = end;
        continue;
      }
    }
    i += width;
  }
}

const ASTRAL_UPPER = /^\p{Lu}$/u;
const ASTRAL_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isUpper(cp: number): boolean {
  return cp > 0xffff ? ASTRAL_UPPER.test(String.fromCodePoint(cp)) : (charClass(cp) & UPPER) !== 0;
}

/** `(?<=[\p{L}\p{N},;:)»"”’'] +)\p{Lu}[\p{L}\p{M}’'-]{2,}` at `i`: where the match ends, or undefined. */
function capitalAfterSpace(text: string, i: number, width: number): number | undefined {
  if (!elidedBefore(text, i)) {
    let k = i - 1;
    if (k < 0 || text.charCodeAt(k) !== 0x20) return undefined;
    while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
    if (k < 0) return undefined;
    const low = text.charCodeAt(k);
    const high = k > 0 ? text.charCodeAt(k - 1) : 0;
    const before = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? (text.codePointAt(k - 1) ?? 0) : low;
    const ok =
      before > 0xffff ? ASTRAL_LETTER_OR_DIGIT.test(String.fromCodePoint(before)) : (charClass(before) & (LETTER | DIGIT)) !== 0 || SET_BEFORE.has(before) || honorificBefore(text, k);
    if (!ok) return undefined;
  }
  let j = i + width;
  let count = 0;
  while (j < text.length) {
    const c = text.codePointAt(j) ?? 0;
    if (!(isLetterOrMark(c) || c === 0x2019 || c === 0x27 || c === 0x2d)) break;
    j += c > 0xffff ? 2 : 1;
    count++;
  }
  return count >= 2 ? j : undefined;
}

const SET_BEFORE = new Set([...',;:)»"”’\''].map((c) => c.charCodeAt(0)));

/** A French article or word elided before `i` in small letters: « d’Alep », « l’Iran », « qu’Emmanuel ». */
const ELISION = /(?<![\p{L}\p{M}])(?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu|quoiqu)['’]$/u;
function elidedBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return (c === 0x2019 || c === 0x27) && ELISION.test(text.slice(Math.max(0, i - 8), i));
}

/** "M. Infantino", "Mr. Biden", "Dr. Tedros": the stop at `k` ends an honorific, not a sentence. */
const HONORIFIC = /(?<![\p{L}\p{M}])(?:M|Mr|Mrs|Ms|Dr|Pr|Mgr|Me)$/u;
function honorificBefore(text: string, k: number): boolean {
  return text.charCodeAt(k) === 0x2e && HONORIFIC.test(text.slice(Math.max(0, k - 4), k));
}

/** JavaScript's \w without the i flag: ASCII letters, digits and "_". */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function isBoundary(text: string, at: number): boolean {
  const before = at > 0 && isWordUnit(text.charCodeAt(at - 1));
  const after = at < text.length && isWordUnit(text.charCodeAt(at));
  return before !== after;
}

/** `\b\p{Lu}{2,}\d*\b` at `i`, backtracking as the regular expression would: where it ends, or undefined. */
function acronymEnd(text: string, i: number): number | undefined {
  if (!isBoundary(text, i)) return undefined;
  // Ends of the capitals read so far: ends[k] is where the (k+1)-th ends.
  const ends: number[] = [];
  for (let j = i; j < text.length; ) {
    const c = text.codePointAt(j) ?? 0;
    if (!isUpper(c)) break;
    j += c > 0xffff ? 2 : 1;
    ends.push(j);
  }
  if (ends.length < 2) return undefined;
  const last = ends[ends.length - 1] ?? i;
  let digitsEnd = last;
  while (digitsEnd < text.length && text.charCodeAt(digitsEnd) >= 0x30 && text.charCodeAt(digitsEnd) <= 0x39) digitsEnd++;
  for (let e = digitsEnd; e >= last; e--) if (isBoundary(text, e)) return e;
  for (let k = ends.length - 2; k >= 1; k--) {
    const e = ends[k] ?? i;
    if (isBoundary(text, e)) return e;
  }
  return undefined;
}
