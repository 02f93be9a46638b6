import { foldKey } from '../entities/fold';
import { osaDistance } from '../entities/nearMissIndex';
import { say } from '../messages';
import type { DocumentContext, TranslationContext } from '../rules/rule';
import type { Article, Locale, Paragraph, RawFinding, TextEdit } from '../types';
import { alignedParagraphs, inLine, medianRatio, namedVersion, rewriteFixes, versionPairs } from './versionPairs';

// One place named for another between versions, for the rules that read a
// kind of place (translation.country, translation.place): "1.8% in Germany" /
// « 1,8 % en Autriche », "born in Istanbul" / « né à Ankara ». What each rule
// brings is how it finds its places in a paragraph and which two keys name one
// place; what makes a swap is the same for all, and strict, because an adapted
// translation names a place in one version only far more often than it swaps
// one: a paragraph pair the alignment is sure of (or in line with its
// neighbours), about as long as the article's translation makes it, where
// each version names one place the other's paragraph does not, one of the two
// is named nowhere in the other version, and both stand at about the same
// place in their paragraph.

export interface PlaceMention {
  /** One key per place, whatever the language calls it. */
  key: string;
  start: number;
  end: number;
  text: string;
  /** Named in passing ("the US Justice Department", "Real Madrid"): it counts as named, but is never taken for the place a version swapped. */
  weak: boolean;
  /**
   * Said by an adjective ("the Norwegian icebreaker", « le dirigeant chinois »): taken for the place swapped
   * only where the paragraph leaves no place named by its name unmatched, as translators add and drop them freely.
   */
  soft?: boolean;
}

export interface PlaceReader {
  /** The places `p` names, in the order written. */
  placesIn(article: Article, p: Paragraph): readonly PlaceMention[];
  /** Whether two keys name one place ("Congo" is either Congo). */
  same(a: string, b: string): boolean;
  /** The names of the place `key` in the article's language. */
  namesOf(lang: string, key: string): readonly string[];
}

export interface Swap {
  a: DocumentContext;
  b: DocumentContext;
  /** The place in `a`'s paragraph that `b`'s does not name, and the other way round. */
  x: PlaceMention;
  y: PlaceMention;
}

const MIN_CONFIDENCE = 0.6;
const MIN_IN_LINE = 0.4;
/** How far a paragraph's length may stray from what the article's translation makes it, as a share. */
const LENGTH_SLACK = 0.3;
/** The same, in characters, for a short paragraph: a clause's worth. */
const SHORT_SLACK = 40;
/** How far apart, as a share of their paragraphs, the two places may stand. */
const PLACE_SLACK = 0.35;
const POSSESSIVE_SLACK = 0.6;

export function swappedPlaces(ctx: TranslationContext, reader: PlaceReader): Swap[] {
  const out: Swap[] = [];
  for (const [a, b] of versionPairs(ctx)) {
    const pairs = alignedParagraphs(a, b);
    const median = medianRatio(pairs.map((p) => [p.a, p.b] as const));
    for (const [k, pair] of pairs.entries()) {
      // The swapped place was one of the names the pair's confidence rests on: a pair in line with its neighbours is sure enough.
      if (pair.merged || (pair.confidence < MIN_CONFIDENCE && !(pair.confidence >= MIN_IN_LINE && inLine(pairs, k)))) continue;
      // A paragraph much longer than its counterpart, as the article's translation runs, says something the other leaves out.
      // A short one may run a few words longer for nothing but the language's way (« s’étaient rencontrés pour la dernière fois »).
      const expected = length(pair.a) * median;
      if (Math.abs(length(pair.b) - expected) > Math.max(LENGTH_SLACK * expected, SHORT_SLACK)) continue;
      const pa = reader.placesIn(a.article, pair.a);
      if (pa.length === 0) continue;
      const pb = reader.placesIn(b.article, pair.b);
      if (pb.length === 0) continue;
      // A place named in passing counts as named, never as one swapped.
      const onlyA = firmest(unmatched(reader, pa, pb));
      const onlyB = firmest(unmatched(reader, pb, pa));
      const single = onlyA.length === 1 && onlyB.length === 1;
      const [x, y] = single ? [onlyA[0], onlyB[0]] : coordinatedPair(reader, a.article, pa, onlyA, b.article, pb, onlyB);
      if (x === undefined || y === undefined) continue;
      // One of the two places is named nowhere in the other version: two places both versions name are background
      // one version put elsewhere. The story's own city, named in every version, may still be the one swapped
      // for a city the other version never names ("in Belfort" / « à Besançon », Belfort in the next paragraph).
      // Not where each stands second beside the same place ("Swedish and Danish" / « suédois et norvégien »): a place
      // put for the other there is no background moved.
      const paired = !single || coordinatedAlike(reader, a.article, pa, x, b.article, pb, y);
      if (!paired && namesAnywhere(reader, b.article, x.key) && namesAnywhere(reader, a.article, y.key)) continue;
      // One place put for another stands where the other stood: one named at the start of a paragraph and
      // the other at its end are two things said, one of them in one version only (a sentence left out).
      // An English possessive stands before what it owns, where French names the place after it ("China's market
      // regulator" / « le régulateur des marchés, en Chine »): the two may stand further apart.
      const slack = possessive(a.article, x) || possessive(b.article, y) ? POSSESSIVE_SLACK : PLACE_SLACK;
      if (Math.abs(placeIn(pair.a, x) - placeIn(pair.b, y)) > slack && !sameNameBefore(a.article, pair.a, x, b.article, pair.b, y) && !sameNameAfter(a.article, pair.a, x, b.article, pair.b, y)) continue;
      // The other's place misspelt here ("Burkina Fasso") is a slip of its name, which translation.name reports.
      // Not the paragraph's own place, which may be one slip from the other's and still another place (Alès, Arles).
      if (nearlyNamed(reader, a.article, pair.a, y.key, pa) || nearlyNamed(reader, b.article, pair.b, x.key, pb)) continue;
      out.push({ a, b, x, y });
    }
  }
  return out;
}

/**
 * Where a version has more places left over than one, the pair that each stands second beside one place both versions
 * name ("the Swedish and Danish governments" / « les gouvernements suédois et norvégien », the French adding « la loi
 * américaine »): the one way to tell which of its places the other version put for which.
 */
function coordinatedPair(reader: PlaceReader, a: Article, pa: readonly PlaceMention[], onlyA: readonly PlaceMention[], b: Article, pb: readonly PlaceMention[], onlyB: readonly PlaceMention[]): [PlaceMention?, PlaceMention?] {
  if (onlyA.length === 0 || onlyB.length === 0) return [];
  const pairs: Array<[PlaceMention, PlaceMention]> = [];
  for (const x of onlyA) {
    for (const y of onlyB) if (coordinatedAlike(reader, a, pa, x, b, pb, y)) pairs.push([x, y]);
  }
  return pairs.length === 1 ? (pairs[0] ?? []) : [];
}

/** Whether `x` and `y` each stand second beside one place, the same in both versions. */
function coordinatedAlike(reader: PlaceReader, a: Article, pa: readonly PlaceMention[], x: PlaceMention, b: Article, pb: readonly PlaceMention[], y: PlaceMention): boolean {
  const kx = coordinatedWith(a, pa, x);
  const ky = kx === undefined ? undefined : coordinatedWith(b, pb, y);
  return kx !== undefined && ky !== undefined && reader.same(kx, ky);
}

/** The key of the place named just before `m` and joined to it by "and", « et », "or", « ou » or a comma. */
function coordinatedWith(article: Article, places: readonly PlaceMention[], m: PlaceMention): string | undefined {
  const before = places.filter((o) => o.end <= m.start).reduce<PlaceMention | undefined>((last, o) => (last === undefined || o.end > last.end ? o : last), undefined);
  if (before === undefined) return undefined;
  // French repeats the preposition or article (« au Royaume-Uni et au Brésil »).
  return /^(?:,?[ \u00A0]+(?:and|et|or|ou)[ \u00A0]+|,[ \u00A0]+)(?:(?:au|aux|en|à|le|la|les|du|de|des)[ \u00A0]+|l['’]|d['’])?$/u.test(article.prose.slice(before.end, m.start)) ? before.key : undefined;
}

/** The places that may have been swapped: those named by their names, else those said by an adjective; never those named in passing. */
function firmest(mentions: readonly PlaceMention[]): PlaceMention[] {
  const named = mentions.filter((m) => !m.weak && m.soft !== true);
  return named.length > 0 ? named : mentions.filter((m) => !m.weak);
}

/** "China's": a place that owns what follows it. */
const possessive = (article: Article, m: PlaceMention): boolean => /^['’]s(?![\p{L}\p{M}])/u.test(article.prose.slice(m.end, m.end + 3));

const length = (p: Paragraph): number => Math.max(1, p.end - p.start);

/** How far before a place the name that places it may stand ("in Zwickau, in the state of Saxony" / « à Zwickau, en Saxe »). */
const ANCHOR_REACH = 35;

/**
 * Whether both places follow one name, the last capitalised word before each, which both versions write alike: the
 * two stand in the same place whatever else each sentence moves ("plant in Zwickau, in the state of Saxony." /
 * « celle de Volkswagen à Zwickau, en Bavière, consacrée aux voitures électriques »).
 */
function sameNameBefore(a: Article, pa: Paragraph, x: PlaceMention, b: Article, pb: Paragraph, y: PlaceMention): boolean {
  const before = (article: Article, p: Paragraph, m: PlaceMention): string | undefined => {
    const words = article.prose.slice(Math.max(p.start, m.start - ANCHOR_REACH), m.start).match(/\p{Lu}[\p{L}\p{M}'’-]{3,}/gu);
    return words?.[words.length - 1];
  };
  const wa = before(a, pa, x);
  return wa !== undefined && foldKey(wa) === foldKey(before(b, pb, y) ?? '');
}

/** How far after an adjective the name it qualifies may stand ("Italian Cardinal Jean-Louis Tauran"). */
const NAME_AFTER_REACH = 30;

/**
 * Whether both places qualify one name that follows each, which both versions write alike, wherever each sentence
 * puts it ("French Cardinal Jean-Louis Tauran, the protodeacon, announced" / « a annoncé […] le cardinal français
 * Jean-Louis Tauran »): of the first two capitalised words after each, one is the same.
 */
function sameNameAfter(a: Article, pa: Paragraph, x: PlaceMention, b: Article, pb: Paragraph, y: PlaceMention): boolean {
  const after = (article: Article, p: Paragraph, m: PlaceMention): string[] =>
    (article.prose.slice(m.end, Math.min(p.end, m.end + NAME_AFTER_REACH)).match(/\p{Lu}[\p{L}\p{M}'’-]{3,}/gu) ?? []).slice(0, 2).map(foldKey);
  const wa = after(a, pa, x);
  return wa.length > 0 && after(b, pb, y).some((w) => wa.includes(w));
}

/** Where in its paragraph a mention stands, from 0 (the start) to 1 (the end). */
function placeIn(p: Paragraph, m: PlaceMention): number {
  return (m.start - p.start) / Math.max(1, p.end - p.start);
}

/**
 * Whether the paragraph writes a name of the place one slip or two away, but not the name itself ("Burkina Fasso" for
 * "Burkina Faso"); a place the paragraph names (`places`) is no slip of another ("Australian" is not "Austrian").
 */
function nearlyNamed(reader: PlaceReader, article: Article, p: Paragraph, key: string, places: readonly PlaceMention[]): boolean {
  const words = article.prose.slice(p.start, p.end).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  const named = new Set(places.map((m) => foldKey(m.text)));
  return reader.namesOf(article.language, key).some((name) => {
    const folded = foldKey(name);
    const n = name.split(/[ \u00A0]+/u).length;
    for (let i = 0; i + n <= words.length; i++) {
      // A place's name misspelt still opens with its capital: "been" is no slip of Bern.
      if (!/^\p{Lu}/u.test(words[i] ?? '')) continue;
      const window = foldKey(words.slice(i, i + n).join(' '));
      if (window !== folded && !named.has(window) && osaDistance(window, folded, 2) <= (folded.length >= 8 ? 2 : 1)) return true;
    }
    return false;
  });
}

/** A paragraph naming this many places or more is a list ("Canada, Denmark, Finland, Iceland, Norway…"): it names each in passing. */
const LIST_OF_PLACES = 5;

/** Whether the article names the place outside a list of places. */
function namesAnywhere(reader: PlaceReader, article: Article, key: string): boolean {
  return article.paragraphs.some((p) => {
    const places = reader.placesIn(article, p);
    if (!places.some((m) => reader.same(m.key, key))) return false;
    return new Set(places.map((m) => m.key)).size < LIST_OF_PLACES;
  });
}

/** The mentions of `mine` whose place `theirs` never names, each place once. */
function unmatched(reader: PlaceReader, mine: readonly PlaceMention[], theirs: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mine) if (!theirs.some((t) => reader.same(t.key, m.key)) && !out.some((o) => reader.same(o.key, m.key))) out.push(m);
  return out;
}

/** How a rule names what it reads, in each language: "country" / « pays », and the question its finding asks. */
export interface PlaceWords {
  en: { question: string; related: string };
  fr: { question: string; related: string };
}

/**
 * Each swap flagged in both versions, with no fix: a French place takes its
 * own article and preposition (« au Tchad », « d’Alès », « de Nîmes »), and
 * which place is right is the editor's call.
 */
/** The edit that names, in place of `x` in `self`, the place `y` names in the other version; undefined for no fix. */
export type PlaceRename = (self: DocumentContext, x: PlaceMention, y: PlaceMention) => TextEdit | undefined;

export function swapFindings(rule: string, locale: Locale, swaps: readonly Swap[], words: PlaceWords, rename?: PlaceRename, sourceLang?: string): RawFinding[] {
  return swaps.flatMap(({ a, b, x, y }) => [swapFinding(rule, locale, a, b, x, y, words, rename, sourceLang), swapFinding(rule, locale, b, a, y, x, words, rename, sourceLang)]);
}

function swapFinding(rule: string, locale: Locale, self: DocumentContext, other: DocumentContext, x: PlaceMention, y: PlaceMention, words: PlaceWords, rename?: PlaceRename, sourceLang?: string): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  const own = rename?.(self, x, y);
  const theirs = rename?.(other, y, x);
  const fixes = rewriteFixes(locale, sourceLang, self, other, own, theirs);
  return {
    rule,
    message: say(locale, {
      en: `${q(x.text)} here, but ${q(y.text)} in the same paragraph of ${namedVersion('en', other)}: ${words.en.question}.`,
      fr: `${q(x.text)} ici, mais ${q(y.text)} dans le même paragraphe de ${namedVersion('fr', other)}\u00a0: ${words.fr.question}.`,
    }),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `${words.en.related} ${namedVersion('en', other)}`, fr: `${words.fr.related} ${namedVersion('fr', other)}` }) }],
    fixes,
  };
}
