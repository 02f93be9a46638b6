import { foldKey } from '../entities/fold';
import { say, versionName } from '../messages';
import { perParagraph } from '../paragraphMemo';
import { titledNames, type TitledName } from '../translation/personTitles';
import { withFrenchArticle } from '../translation/frenchElision';
import { titleRewrites } from '../translation/titleRewrite';
import { alignedParagraphs, namedVersion, versionPairs } from '../translation/versionPairs';
import type { Article, Fix, Locale, Paragraph, RawFinding, TextEdit } from '../types';
import type { DocumentContext, TranslationRule } from './rule';

// One person given titles of different families in the same paragraph of two
// versions: "Prime Minister Gabriel Attal" / « le ministre de l’Économie,
// Gabriel Attal », "Colonel Mamadi Doumbouya" / « le général Mamadi
// Doumbouya ». It speaks only when each version puts a title it knows right
// before the name. For people the entity list gives titles to, entity.title
// knows more (which title held when): where it flags the same words, this
// rule's finding there is dropped (translation/deferredFixes.ts).
// Each finding offers the other version's office said in this version's
// words and construction, where both are said the plain way
// (translation/titleRewrite.ts).

const MIN_CONFIDENCE = 0.6;

const titlesIn = perParagraph((article: Article, p: Paragraph): TitledName[] => titledNames(article.prose, p, article.language));

export const translationTitle: TranslationRule = {
  id: 'translation.title',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A person’s title or rank differs between versions of the same article.',
    fr: 'Le titre ou le grade d’une personne diffère entre les versions d’un même article.',
  },
  examples: [{ lang: 'en', bad: 'Vice President Christine Lagarde / la présidente Christine Lagarde', good: 'President Christine Lagarde / la présidente Christine Lagarde' }],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      // An airliner's or a ship's captain is « le commandant » in French, as a major is: in a story of a flight or a ship.
      // Read only when a captain and a major are compared: the whole of both articles is searched.
      let isAboard: boolean | undefined;
      const aboard = (): boolean => (isAboard ??= ABOARD.test(a.article.prose) || ABOARD.test(b.article.prose));
      for (const pair of alignedParagraphs(a, b)) {
        if (pair.confidence < MIN_CONFIDENCE) continue;
        const ta = titlesIn(a.article, pair.a);
        if (ta.length === 0) continue;
        const tb = titlesIn(b.article, pair.b);
        if (tb.length === 0) continue;
        for (const x of ta) {
          // An office once held against one held now may be two offices of one career ("former Prime Minister" / « le président »).
          // A title word that is part of the name in the other version ("the investment firm General Atlantic" /
          // « le fonds General Atlantic ») is no title.
          const inName = (t: TitledName, n: TitledName): boolean => n.name.text.split(/[ \u00A0]+/u).some((w) => foldKey(w) === foldKey(t.title.text));
          // A rank and an office are two things one person holds ("General Assimi Goïta, the transitional president"):
          // ranks are compared with ranks, offices with offices.
          // An office said with a verb ("was sworn in as prime minister") is compared with one said so: beside the name, a
          // version may give another of the person's offices (« Bart De Wever, président de la N-VA »). Verbs say the
          // past each in their own way ("quit as finance minister", « la démission de Chrystia Freeland comme ministre »).
          const withVerb = x.withVerb === true;
          const alike = (y: TitledName): boolean => samePerson(x, y) && (y.withVerb === true) === withVerb && (withVerb || y.former === x.former) && sameKind(x, y);
          const others = tb.filter((y) => alike(y) && !inName(x, y) && !inName(y, x));
          const mine = ta.filter(alike);
          // Each version may title the person twice ("President … the former general"): only titles with nothing in common disagree.
          if (others.length === 0 || mine.some((m) => others.some((o) => shareFamily(m, o, aboard) || oneCommission(m, a.article.prose, o, b.article.prose)))) continue;
          const y = others[0];
          if (!y) continue;
          out.push(finding(ctx.locale, ctx.sourceLang, a, b, x, y));
          if (mine[0] === x) for (const o of others) out.push(finding(ctx.locale, ctx.sourceLang, b, a, o, x));
        }
      }
    }
    return out;
  },
};

/**
 * The same person in both versions: the same surname as transliterations agree on it, or one whose
 * consonants agree where each language writes its vowels (Dagalo / « Daglo », Burhan / « Bourhane », Al-Faisal / « al-Fayçal »)
 * beside a first name both versions write (Mohamed Hamdan Dagalo / « Mohamed Hamdane Daglo »).
 */
function samePerson(x: TitledName, y: TitledName): boolean {
  const words = (t: TitledName): string[] => t.name.text.split(/[ \u00A0]+/u).slice(0, -1).map(foldKey);
  // French writes an Arabic s as « ç » (Faisal / « Fayçal »), folded to c.
  const consonants = (s: string): string => s.replace(/[aeiouy]/gu, '').replace(/c/gu, 's');
  // Two given names with nothing in common are two people of one surname: "Environment Minister Marina Silva" and
  // "President Luiz Inacio Lula da Silva" (eb07). Spellings of one given name begin alike (Luiz / Luis, Mohamed / Mohammed).
  if (x.surname === y.surname) {
    const [mine, theirs] = [words(x), words(y)];
    // Transliterations trade vowels, doubled letters, the s sounds and j for y: Rustem / « Roustem », Faisal / « Fayçal »,
    // Benjamin / « Benyamin ». A given name of one consonant or none (Joe, Ayo) is compared as written.
    const start = (w: string): string => {
      const kept = consonants(w.replace(/z/gu, 's').replace(/j/gu, '')).replace(/(.)\1/gu, '$1');
      return kept.length >= 2 ? kept.slice(0, 3) : w.slice(0, 3);
    };
    return mine.length === 0 || theirs.length === 0 || mine.some((w) => theirs.includes(w)) || start(mine[0] ?? '') === start(theirs[0] ?? '');
  }
  if (x.surname.length < 4 || y.surname.length < 4 || x.surname.charAt(0) !== y.surname.charAt(0) || consonants(x.surname) !== consonants(y.surname)) return false;
  const theirs = words(y);
  return words(x).some((w) => w.length >= 3 && theirs.includes(w));
}

/** Military ranks, as opposed to offices. A captain or a commander may lead a team or a ship as well as a company, and an inspector is a police rank: either. */
const RANK_FAMILIES: ReadonlySet<string> = new Set(['general', 'colonel', 'lieutenantColonel', 'lieutenant', 'major', 'marshal', 'admiral', 'sergeant']);
const EITHER_FAMILIES: ReadonlySet<string> = new Set(['captain', 'commander', 'inspector']);

/**
 * A prince's style, which goes with whatever office he holds ("Sports Minister Prince Abdulaziz" / « le prince
 * Abdulaziz », "Crown Prince Mohammed bin Salman" / « le Premier ministre »): compared with styles and crowns only
 * ("Prince Philip" / « le roi Philip »).
 */
const STYLE_FAMILIES: ReadonlySet<string> = new Set(['prince']);
const CROWN_FAMILIES: ReadonlySet<string> = new Set(['king', 'queen', 'emperor', 'emir']);

function kindOf(t: TitledName): 'rank' | 'office' | 'either' | 'style' {
  const base = t.families.map((f) => f.replace(/^deputy /u, ''));
  if (base.some((f) => STYLE_FAMILIES.has(f))) return 'style';
  if (base.some((f) => EITHER_FAMILIES.has(f))) return 'either';
  return base.some((f) => RANK_FAMILIES.has(f)) ? 'rank' : 'office';
}

/** Whether two titles may be compared: two ranks, two offices, or a captain with either. */
function sameKind(x: TitledName, y: TitledName): boolean {
  const [a, b] = [kindOf(x), kindOf(y)];
  const crowned = (t: TitledName): boolean => t.families.some((f) => CROWN_FAMILIES.has(f));
  if (a === 'style' || b === 'style') return a === b || (a === 'style' ? crowned(y) : crowned(x));
  return a === b || a === 'either' || b === 'either';
}

/** Titles that agree: a family in common, the same grade where both say one, and for two ministers whose portfolios both versions name, a portfolio in common. */
function shareFamily(x: TitledName, y: TitledName, aboard: () => boolean = () => false): boolean {
  // A deputy against another office altogether ("First Deputy Prime Minister" / « ministre des Finances »):
  // a person may hold both, so only a deputy against the office deputised is told apart.
  const base = (t: TitledName): string[] => t.families.map((f) => f.replace(/^deputy /u, ''));
  const deputyOf = (t: TitledName): boolean => t.families.some((f) => f.startsWith('deputy '));
  if (deputyOf(x) !== deputyOf(y) && !base(x).some((f) => base(y).includes(f))) return true;
  if (!x.families.some((f) => y.families.some((g) => f === g || alsoCalled(f, g, aboard)))) return false;
  // Two grades of general said outright ("Brigadier General" / « général de division ») are two ranks.
  if (x.grade !== undefined && y.grade !== undefined && x.grade !== y.grade) return false;
  // Presidents of two bodies both versions name ("European Council President" / « président de la Commission européenne »).
  if (x.body !== undefined && y.body !== undefined && x.body !== y.body) return false;
  if (x.portfolio === undefined || y.portfolio === undefined) return true;
  return x.portfolio.some((p) => y.portfolio?.includes(p));
}

/**
 * A commissioner and the president of a commission are one office: "the chief electoral commissioner" is « le président
 * de la commission électorale » (eq04).
 */
function oneCommission(x: TitledName, xProse: string, y: TitledName, yProse: string): boolean {
  const heads = (t: TitledName, prose: string): boolean => t.families.includes('president') && /^[ \u00A0]+(?:of[ \u00A0]+the|de[ \u00A0]+la)[ \u00A0]+(?:[\p{L}\p{M}-]+[ \u00A0]+)?commission(?![\p{L}])/iu.test(prose.slice(t.title.end, t.title.end + 50));
  const commissioner = (t: TitledName): boolean => t.families.includes('commissioner');
  return (commissioner(x) && heads(y, yProse)) || (commissioner(y) && heads(x, xProse));
}

/** Words of a story about a flight or a ship, whose captain French calls « le commandant ». */
const ABOARD = /\b(?:pilots?|flights?|planes?|aircraft|airliners?|airlines?|airbus|boeing|cockpit|ships?|vessels?|tankers?|ferry|avion|pilotes?|navires?|bateau|paquebot|équipage|crew)\b/iu;

/**
 * Families one office goes by: French's « commandant » for a major, a navy commander, and in a story of a flight
 * or a ship (`aboard`) an airliner's or a ship's captain; a German state's premier as a governor or a minister-president.
 */
function alsoCalled(f: string, g: string, aboard: () => boolean): boolean {
  const pair = [f, g].sort().join(' ');
  // A German state's Ministerpräsident is "state governor" or "state premier" in English copy, « ministre-président » in French.
  return pair === 'commander major' || pair === 'governor ministerPresident' || (pair === 'captain major' && aboard());
}

function finding(locale: Locale, sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: TitledName, y: TitledName): RawFinding {
  // "General manager Michael Malone's team": the person is Michael Malone.
  const who = x.name.text.replace(/['’]s?$/u, '');
  return {
    rule: 'translation.title',
    message: say(locale, {
      en: `${who} is "${x.said}" here, but "${y.said}" in ${namedVersion('en', other)}.`,
      fr: `${who} est «\u00a0${x.said}\u00a0» ici, mais «\u00a0${y.said}\u00a0» dans ${namedVersion('fr', other)}.`,
    }),
    path: self.article.path,
    // The whole of what the message quotes: the portfolio too (« ministre britannique de la Défense »), where the slip often is.
    ...saidSpan(x),
    related: [{ path: other.article.path, ...saidSpan(y), message: say(locale, { en: `The title in ${namedVersion('en', other)}`, fr: `Le titre dans ${namedVersion('fr', other)}` }) }],
    fixes: titleFixes(locale, sourceLang, self, other, x, y),
  };
}

/** The edit writing `text` over `[start, end)`, with a French article before it made to fit (« l’amiral » → « le général »). */
function fitted(article: Article, start: number, end: number, text: string): TextEdit {
  return article.language.toLowerCase().startsWith('fr') ? withFrenchArticle(article.prose, start, end, text) : { start, end, newText: text };
}

/**
 * Each version's title said as the other says it: this version's first (preferred where the other is the
 * source), then the other's, never preferred (its own finding carries that edit). None where the words of
 * either title are not said the plain way (titleRewrite.ts).
 */
function titleFixes(locale: Locale, sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: TitledName, y: TitledName): Fix[] {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  const own = titleRewrites(x, self.article.language, self.article.prose, y, other.article.language);
  const theirs = titleRewrites(y, other.article.language, other.article.prose, x, self.article.language);
  return [
    ...own.map((text) => ({
      title: say(locale, {
        en: `Change to ${q(text)} (as in ${versionName('en', other.article.language)})`,
        fr: `Remplacer par ${q(text)} (comme dans ${versionName('fr', other.article.language)})`,
      }),
      preferred: own.length === 1 && sourceLang !== undefined && sourceLang === other.article.language,
      edits: [{ path: self.article.path, ...fitted(self.article, x.saidAt.start, x.saidAt.end, text) }],
    })),
    ...theirs.map((text) => ({
      title: say(locale, {
        en: `Change ${versionName('en', other.article.language)} to ${q(text)}`,
        fr: `Corriger ${versionName('fr', other.article.language)} en ${q(text)}`,
      }),
      preferred: false,
      edits: [{ path: other.article.path, ...fitted(other.article, y.saidAt.start, y.saidAt.end, text) }],
    })),
  ];
}

/** Where a title and the words said with it stand, together. */
function saidSpan(t: TitledName): { start: number; end: number } {
  return { start: Math.min(t.title.start, t.saidAt.start), end: Math.max(t.title.end, t.saidAt.end) };
}
