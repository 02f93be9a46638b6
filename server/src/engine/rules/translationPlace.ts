import { perParagraph } from '../paragraphMemo';
import { DATELINE } from '../style/dateline';
import { citiesIn, cityNames, regionNames, regionsIn, sameCity, sameRegion } from '../translation/cities';
import { swapFindings, swappedPlaces, type PlaceMention, type PlaceReader, type PlaceWords, type Swap } from '../translation/swappedPlaces';
import { renameCity } from '../translation/cityRename';
import { renameRegion } from '../translation/regionRename';
import { versionPairs } from '../translation/versionPairs';
import type { Article, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationContext, TranslationRule } from './rule';

// One city named for another between versions: "was born in Istanbul" / « est
// né à Ankara », "issued in Antwerp" / « délivré à Amsterdam ». The cities are
// GeoNames' (translation/cities.ts), each language's names of one city one key
// (Antwerp / « Anvers »); the swap is read as translation.country reads one
// (translation/swappedPlaces.ts), so a city one version names and the other
// leaves out, or names in another paragraph, is no swap. A city named inside
// another name ("Real Madrid", "the Washington Post") is never the one swapped,
// nor is a dateline's ("GOMA, Congo (AP) —"), which is compared with the other
// version's dateline only.
// Each finding offers the other version's city, named as this version's
// language names it, with French's preposition made to fit (« d’Alès », « de
// Nîmes », « au Caire »): translation/cityRename.ts. A region gets one where
// the words before it fit both names: translation/regionRename.ts.

/**
 * A dateline's city ("GOMA, Congo (AP) —") is keyed apart from the body's: it
 * says where the story was filed, and must not vouch for the body's city when
 * the other version names another ("in Goma" / « à Bukavu » after « GOMA — »).
 */
const DATELINE_KEY = '\u0000dateline';
const inBody = (key: string): string => (key.endsWith(DATELINE_KEY) ? key.slice(0, -DATELINE_KEY.length) : key);

const cities = perParagraph((article: Article, p: Paragraph): PlaceMention[] => {
  const found = citiesIn(article.prose, p, article.language);
  const head = DATELINE.exec(article.prose.slice(p.start, p.end));
  if (!head) return found;
  const end = p.start + head[0].length;
  // Where the story was filed is never the city a version swapped: one version's dateline against the other's
  // « à Bamako » is the same city, said twice here and once there.
  return found.map((m) => (m.end <= end ? { ...m, key: `${m.key}${DATELINE_KEY}`, weak: true } : m));
});

const CITIES: PlaceReader = {
  placesIn: cities,
  same: (a, b) => a.endsWith(DATELINE_KEY) === b.endsWith(DATELINE_KEY) && sameCity(inBody(a), inBody(b)),
  namesOf: (lang, key) => cityNames(lang, inBody(key)),
};

/** The other version's city named here, the dateline's key mark aside. */
const cityRename = (self: DocumentContext, x: PlaceMention, y: PlaceMention): ReturnType<typeof renameCity> =>
  renameCity(self.article.prose, self.article.language, x, y, inBody(y.key));

const WORDS: PlaceWords = {
  en: { question: 'check which city is meant', related: 'The city in' },
  fr: { question: 'vérifiez de quelle ville il s’agit', related: 'La ville dans' },
};

/** States, provinces and regions (« l’État de Washington » / "Oregon"), read apart from cities: a city and a region are never one swap. */
const REGIONS: PlaceReader = {
  placesIn: perParagraph((article: Article, p: Paragraph): PlaceMention[] => regionsIn(article.prose, p, article.language)),
  same: sameRegion,
  namesOf: regionNames,
};

/** The other version's region named here, where the words before it fit both names (translation/regionRename.ts). */
const regionRename = (self: DocumentContext, x: PlaceMention, y: PlaceMention): ReturnType<typeof renameRegion> => renameRegion(self.article.prose, self.article.language, x, y.key);

const REGION_WORDS: PlaceWords = {
  en: { question: 'check which state or region is meant', related: 'The state or region in' },
  fr: { question: 'vérifiez de quel État ou de quelle région il s’agit', related: 'L’État ou la région dans' },
};

export const translationPlace: TranslationRule = {
  id: 'translation.place',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'Another city, state or region is named in the same place in another version of the article.',
    fr: 'Une autre ville, un autre État ou une autre région est nommé au même endroit dans une autre version de l’article.',
  },
  examples: [{ lang: 'en', bad: 'he was born in Istanbul / il est né à Ankara', good: 'the court in Antwerp / le tribunal d’Anvers' }],
  check(ctx) {
    const cityFindings = swapFindings('translation.place', ctx.locale, [...swappedPlaces(ctx, CITIES), ...swappedDatelines(ctx)], WORDS, cityRename, ctx.sourceLang);
    const regionFindings = swapFindings('translation.place', ctx.locale, swappedPlaces(ctx, REGIONS), REGION_WORDS, regionRename, ctx.sourceLang);
    const cities = withoutStrayCityReadings(cityFindings, regionFindings);
    return [...withRegionFixes(cities, regionFindings), ...regionFindings.filter((r) => !cities.some((c) => sameSpan(c, r)))];
  },
};

type Span = { path: string; start: number; end: number };
const sameSpan = (x: Span, y: Span): boolean => x.path === y.path && x.start === y.start && x.end === y.end;
const partner = (f: RawFinding): Span | undefined => f.related?.[0];

/**
 * A name that is a region and a city too (Okinawa) swapped for a region only (Hokkaido) is the region swapped: its
 * city reading, paired with some city of the other version (Pyongyang), is no swap, nor is that city's mirror.
 */
function withoutStrayCityReadings(cityFindings: readonly RawFinding[], regionFindings: readonly RawFinding[]): RawFinding[] {
  const stray = cityFindings.filter((c) =>
    regionFindings.some((r) => {
      const [pc, pr] = [partner(c), partner(r)];
      return sameSpan(c, r) && pc !== undefined && pr !== undefined && !sameSpan(pc, pr);
    }),
  );
  // The other version's finding on the city it was paired with points back at it.
  const mirror = (c: RawFinding, s: RawFinding): boolean => {
    const [pc, ps] = [partner(c), partner(s)];
    return pc !== undefined && ps !== undefined && sameSpan(c, ps) && sameSpan(pc, s);
  };
  return cityFindings.filter((c) => !stray.some((s) => s === c || mirror(c, s)));
}

/**
 * Washington for New York is a city for a city and a state for a state: one finding, the city's, with the fixes of
 * both readings (each reading may have one the other lacks, where French changes its preposition).
 */
function withRegionFixes(cityFindings: RawFinding[], regionFindings: readonly RawFinding[]): RawFinding[] {
  const edits = (f: RawFinding['fixes'][number]): string => JSON.stringify(f.edits);
  return cityFindings.map((c) => {
    const also = regionFindings.filter((r) => sameSpan(c, r)).flatMap((r) => r.fixes);
    if (also.length === 0) return c;
    const fixes = [...c.fixes];
    for (const f of also) if (!fixes.some((x) => edits(x) === edits(f))) fixes.push(f);
    return { ...c, fixes };
  });
}

/** How far into an article its dateline may stand: after the headline and standfirst, or a heading or two. */
const DATELINE_WITHIN = 4;

/** The city of an article's dateline ("GENEVA (Reuters) —"), if it has one. */
function datelineCity(article: Article): PlaceMention | undefined {
  for (const p of article.paragraphs.slice(0, DATELINE_WITHIN)) {
    const found = cities(article, p).find((m) => m.key.endsWith(DATELINE_KEY));
    if (found) return { ...found, key: inBody(found.key) };
  }
  return undefined;
}

/** Two versions filed from two cities ("GENEVA (Reuters)" / « ZURICH — »): their datelines are compared with each other only. */
function swappedDatelines(ctx: TranslationContext): Swap[] {
  return versionPairs(ctx).flatMap(([a, b]): Swap[] => {
    const x = datelineCity(a.article);
    const y = datelineCity(b.article);
    return x && y && !sameCity(x.key, y.key) ? [{ a, b, x, y }] : [];
  });
}
