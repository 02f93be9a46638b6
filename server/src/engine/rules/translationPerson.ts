import { mentionsIn } from '../articleMentions';
import { foldKey, foldText } from '../entities/fold';
import { osaDistance } from '../entities/nearMissIndex';
import { frenchWord } from '../spelling/frenchWords';
import { say } from '../messages';
import { charClass, isLetterOrMark, LOWER } from '../letterClass';
import { isArabicFirstName, isFirstName, withFrenchAccents } from '../translation/firstNames';
import { capitalisedWords, looseKey, personRuns, type PersonRun, type PresentWords } from '../translation/otherPerson';
import { alignedParagraphs, disagreementFixes, namedVersion, versionPairs } from '../translation/versionPairs';
import type { ParagraphPair } from '../translation/alignment';
import type { Article, Locale, Paragraph, RawFinding } from '../types';
import type { DocumentContext, TranslationRule } from './rule';
import { russianNameIn } from '../translation/russianNames';

// One person named for another between versions: in the same paragraph,
// each version names someone the other never names (see
// translation/otherPerson.ts for what counts as a name, and why it is so
// cautious). Flagged in both versions, since either may be the wrong one.

/** Paragraph pairs the alignment is this sure of: a person named in a paragraph paired by chance says nothing. */
const MIN_CONFIDENCE = 0.6;

const wordsCache = new WeakMap<Article, PresentWords>();

function wordsOf(article: Article): PresentWords {
  let words = wordsCache.get(article);
  if (!words) {
    words = capitalisedWords(article.prose);
    wordsCache.set(article, words);
  }
  return words;
}

/** Whether `word` is written in small letters anywhere in `article`: then it is a word of the language. */
function lowerIn(article: Article, word: string): boolean {
  return lowerWordsOf(article).has(word.toLowerCase());
}

const lowerWordsCache = new WeakMap<Article, ReadonlySet<string>>();

/**
 * The words of an article that start with a small letter, as written: one
 * walk over the text, where looking each word up in the whole text cost a
 * sixth of a check of 6.4 MB.
 */
function lowerWordsOf(article: Article): ReadonlySet<string> {
  let words = lowerWordsCache.get(article);
  if (!words) {
    const out = new Set<string>();
    const text = article.prose;
    for (let i = 0; i < text.length; i++) {
      if (!isLetterOrMark(text.charCodeAt(i))) continue;
      let end = i + 1;
      while (end < text.length && isLetterOrMark(text.charCodeAt(end))) end++;
      if ((charClass(text.charCodeAt(i)) & LOWER) !== 0) out.add(text.slice(i, end));
      i = end;
    }
    words = out;
    lowerWordsCache.set(article, words);
  }
  return words;
}

export const translationPerson: TranslationRule = {
  id: 'translation.person',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'Another person is named in the same place in another version of the article.',
    fr: 'Une autre personne est nommée au même endroit dans une autre version de l’article.',
  },
  examples: [{ lang: 'en', bad: "Federico Fellini's 8½ / le 8½ de Michelangelo Antonioni", good: "Federico Fellini's 8½ / le 8½ de Federico Fellini" }],
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      const common = (w: string): boolean => lowerIn(a.article, w) || lowerIn(b.article, w);
      const pairs = alignedParagraphs(a, b);
      // A paragraph whose marks are the swapped names is paired with little confidence: its place in the sequence vouches for it.
      const inPlace = (p: ParagraphPair): boolean => pairs.some((q) => Math.abs(q.a.index - p.a.index) === 1 && q.a.index - p.a.index === q.b.index - p.b.index);
      for (const pair of [...pairs.filter((p) => !p.merged && (p.confidence >= MIN_CONFIDENCE || inPlace(p))), ...loneInGaps(a.article, b.article, pairs)]) {
        // Beside a body each version names its own way ("Convention on Biological Diversity" / « Convention sur la
        // diversité biologique »), the one run each side that reads as a person's name is the one compared.
        const ra = onePerson(personRuns(a.article.prose, pair.a.start, pair.a.end, wordsOf(b.article), common));
        if (ra.length > 1) continue;
        const rb = onePerson(personRuns(b.article.prose, pair.b.start, pair.b.end, wordsOf(a.article), common));
        if (rb.length > 1 || ra.length + rb.length === 0) continue;
        let [x] = ra;
        let [y] = rb;
        // A stranger on one side only: the other side may name, beside the same first name, someone it names
        // elsewhere too ("Mario Monti" / "Mario Draghi", Draghi quoted further down).
        const onlyHere = !x || !y;
        x ??= standIn(a, pair.a, b, pair.b, y, common);
        y ??= standIn(b, pair.b, a, pair.a, x, common);
        // A run of capitalised words each version alone writes may be a place or a work translated ("Campi Flegrei" /
        // « Champs Phlégréens »): one of the two at least must read as a person's name.
        if (!x || !y || !(x.person || y.person)) continue;
        // One typing slip apart (Fatoumata Sato / Fatoumata Stao): one name misspelt, most likely, and said so;
        // a listed name misspelt is entity.spelling's, with the list's spelling as the fix.
        const spelling = spellingsOfOne(x.text, y.text);
        // The same first word, and the rest translated into French plural nouns, is one name each language writes its
        // own way, a company's: "Costa Crociere" / « Costa Croisières » (eu02). Two people sharing a given name are not.
        if (!spelling && nameTranslated(x.text, y.text, a.article.language, b.article.language)) continue;
        if (spelling && (mentionsIn(a.article, a.entities, x).length > 0 || mentionsIn(b.article, b.entities, y).length > 0)) continue;
        const how = spelling ? 'spelling' : onlyHere ? 'paragraph' : 'stranger';
        out.push(finding(ctx.locale, ctx.sourceLang, a, b, x, y, how), finding(ctx.locale, ctx.sourceLang, b, a, y, x, how));
      }
    }
    return out;
  },
};

/**
 * The person `stranger` (named on one side only) stands for, in `own`'s
 * paragraph `p`, among the names the other paragraph `q` (not its whole
 * version) never names, though `own` names them further down:
 * - the one with the stranger's first name and another surname ("Mario
 *   Draghi" for "Mario Monti"), two words only, as a longer name may have
 *   dropped its first name in translation;
 * - failing that, when the stranger has a title, the one titled name
 *   ("President Abdelmadjid Tebboune" for « le président Abdelaziz
 *   Bouteflika »): a place or a party has no title.
 */
function standIn(own: DocumentContext, p: Paragraph, other: DocumentContext, q: Paragraph, stranger: PersonRun | undefined, common: (w: string) => boolean): PersonRun | undefined {
  if (!stranger) return undefined;
  const [first, ...rest] = stranger.text.split(/[ \u00A0]/u);
  const byFirstName = first !== undefined && rest.length === 1 && isFirstName(first);
  if (!byFirstName && !stranger.titled) return undefined;
  const near = personRuns(own.article.prose, p.start, p.end, capitalisedWords(other.article.prose.slice(q.start, q.end)), common);
  if (byFirstName) {
    const alike = near.filter((r) => {
      const words = r.text.split(/[ \u00A0]/u);
      return words.length === 2 && words[0] === first && words[1] !== rest[0];
    });
    if (alike.length === 1) return alike[0];
  }
  const titled = stranger.titled ? near.filter((r) => r.titled) : [];
  return titled.length === 1 ? titled[0] : undefined;
}

/** Runs of a paragraph, or the one among several that opens with a first name (as a person's name does, and a body's does not). */
function onePerson(runs: PersonRun[]): PersonRun[] {
  if (runs.length <= 1) return runs;
  const named = runs.filter((r) => isFirstName(r.text.split(/[ \u00A0]/u)[0] ?? ''));
  return named.length === 1 ? named : runs;
}

/**
 * Whether two names share their first word and the rest of the French one is French plural nouns, three edits at
 * most from the other's: a company's name translated ("Costa Crociere" / « Costa Croisières »), not Kim Jong-il for Kim Jong-un.
 */
function nameTranslated(x: string, y: string, xLang: string, yLang: string): boolean {
  const [fx = '', ...rx] = x.split(/[ \u00A0]+/u);
  const [fy = '', ...ry] = y.split(/[ \u00A0]+/u);
  if (foldKey(fx) !== foldKey(fy) || rx.length === 0 || rx.length !== ry.length) return false;
  const french = yLang.toLowerCase().startsWith('fr') ? ry : xLang.toLowerCase().startsWith('fr') ? rx : undefined;
  const [a, b] = [foldKey(rx.join(' ')), foldKey(ry.join(' '))];
  // French plural nouns (« Croisières »), which no surname is: not « Boucher » for Bouchard, « Boulay » for Boulet.
  return french !== undefined && Math.min(a.length, b.length) >= 6 && osaDistance(a, b, 3) <= 3 && french.every((w) => /[^s]s$/u.test(w) && frenchWord(w.toLowerCase()) !== undefined);
}

/** Whether two names are one typing slip apart, a letter or two neighbours swapped, as folded. */
function spellingsOfOne(x: string, y: string): boolean {
  return osaDistance(foldKey(x), foldKey(y), 1) <= 1;
}

/**
 * Paragraphs the alignment left unpaired, one on each side between the same
 * two pairs: the paragraph that says the same with another name in it
 * shares no mark with its counterpart, and is paired by its place alone.
 */
function loneInGaps(a: Article, b: Article, pairs: readonly ParagraphPair[]): Array<{ a: Paragraph; b: Paragraph }> {
  const out: Array<{ a: Paragraph; b: Paragraph }> = [];
  const sorted = [...pairs].sort((x, y) => x.a.index - y.a.index);
  let lastA = -1;
  let lastB = -1;
  for (const bound of [...sorted, undefined]) {
    const nextA = bound?.a.index ?? a.paragraphs.length;
    const nextB = bound?.b.index ?? b.paragraphs.length;
    const pa = a.paragraphs[lastA + 1];
    const pb = b.paragraphs[lastB + 1];
    if (nextA - lastA === 2 && nextB - lastB === 2 && pa && pb) out.push({ a: pa, b: pb });
    if (bound) {
      lastA = Math.max(lastA, bound.a.index);
      lastB = Math.max(lastB, bound.b.index);
    }
  }
  return out;
}

/**
 * `how`: 'stranger', neither is named in the other version; 'paragraph', one
 * of them is, only not in this paragraph; 'spelling', the two are one typing
 * slip apart, most likely one name misspelt.
 */
function finding(locale: Locale, sourceLang: string | undefined, self: DocumentContext, other: DocumentContext, x: PersonRun, y: PersonRun, how: 'stranger' | 'paragraph' | 'spelling'): RawFinding {
  const q = (s: string): string => (locale === 'fr' ? `«\u00a0${s}\u00a0»` : `"${s}"`);
  const messages = {
    stranger: {
      en: `${q(x.text)} is named here, where ${namedVersion('en', other)} names ${q(y.text)}, and neither is named in the other version: check which person is meant.`,
      fr: `${q(x.text)} est nommé ici, là où ${namedVersion('fr', other)} nomme ${q(y.text)}, et aucun des deux n’est nommé dans l’autre version\u00a0: vérifiez de qui il s’agit.`,
    },
    paragraph: {
      en: `${q(x.text)} is named here, where ${namedVersion('en', other)} names ${q(y.text)} in the same paragraph: check which person is meant.`,
      fr: `${q(x.text)} est nommé ici, là où ${namedVersion('fr', other)} nomme ${q(y.text)} dans le même paragraphe\u00a0: vérifiez de qui il s’agit.`,
    },
    spelling: {
      en: `${q(x.text)} here, but ${q(y.text)} in ${namedVersion('en', other)}: check the spelling.`,
      fr: `${q(x.text)} ici, mais ${q(y.text)} dans ${namedVersion('fr', other)}\u00a0: vérifiez l’orthographe.`,
    },
  };
  return {
    rule: 'translation.person',
    message: say(locale, messages[how]),
    path: self.article.path,
    start: x.start,
    end: x.end,
    related: [{ path: other.article.path, start: y.start, end: y.end, message: say(locale, { en: `The name in ${namedVersion('en', other)}`, fr: `Le nom dans ${namedVersion('fr', other)}` }) }],
    fixes: disagreementFixes(
      locale,
      sourceLang,
      other,
      { path: self.article.path, start: x.start, end: x.end, newText: spelledIn(self.article, y.text, other.article) },
      { path: other.article.path, start: y.start, end: y.end, newText: spelledIn(other.article, x.text, self.article) },
    ),
  };
}

/**
 * `name` as `article` itself writes it elsewhere, accents and all: the French
 * version's « Sébastien Chenu » for the English version's "Sebastien Chenu".
 */
function spelledIn(article: Article, name: string, other: Article): string {
  const key = foldKey(name);
  const { folded, starts, ends } = foldText(article.prose);
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
    const end = at + key.length;
    if ((at > 0 && isLetterOrMark(folded.charCodeAt(at - 1))) || (end < folded.length && isLetterOrMark(folded.charCodeAt(end)))) continue;
    return article.prose.slice(starts[at], ends[end - 1]);
  }
  // Not written there: each word as the article transliterates it elsewhere ("Kocharyan" for « Kotcharian »); a
  // French version spells a French first name with its accents, and each language an Arabic name's "son of" its
  // own way ("Mohammed bin Salman", « Mohammed ben Salmane »).
  const own = ownSpellings(article, name);
  const russian = russianNameIn(article.language, own, article.prose);
  if (russian !== undefined) return russian;
  if (article.language.toLowerCase().startsWith('fr')) return withFrenchAccents(arabicParticle(own, 'bin', 'ben'));
  // English copy that writes no accent, or drops the ones the other version writes, keeps to its house style: "Roberto
  // Azevedo", "Francois Hollande". (Copy whose one accented name was the one replaced loses its accent: "Antonio Guterres".)
  const english = fromFrenchArabic(own);
  return !ACCENTED.test(article.prose) || dropsAccents(article, other) ? withoutAccents(english) : english;
}

/** A Latin letter with an accent, precomposed or with a combining mark. */
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]|\p{M}/u;

const withoutAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/**
 * Whether `article`, which writes accents somewhere, writes without them a capitalised word `other` writes with them ("Francois" for « François »,
 * "Elysee" for « Élysée ») and never with them: its house style drops them. Not a diaeresis, which French adds to
 * the names it transliterates (« Taïeb », « Ismaïl »).
 */
function dropsAccents(article: Article, other: Article): boolean {
  for (const word of new Set(other.prose.match(/\p{Lu}[\p{L}\p{M}]+/gu) ?? [])) {
    if (!/[\u0300-\u0307\u0309-\u036F]/u.test(word.normalize('NFD')) || article.prose.includes(word)) continue;
    const plain = withoutAccents(word);
    for (let at = article.prose.indexOf(plain); at >= 0; at = article.prose.indexOf(plain, at + 1)) {
      if (!isLetterOrMark(article.prose.charCodeAt(at - 1)) && !isLetterOrMark(article.prose.charCodeAt(at + plain.length))) return true;
    }
  }
  return false;
}

/** `name` with each of its words of four letters or more as the article writes it elsewhere, transliterations aside. */
function ownSpellings(article: Article, name: string): string {
  let written: Map<string, string> | undefined;
  return name
    .split(' ')
    .map((w) => {
      if ([...w].length < 4) return w;
      if (!written) {
        written = new Map();
        for (const m of article.prose.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{3,}/gu)) if (!written.has(looseKey(m[0]))) written.set(looseKey(m[0]), m[0]);
      }
      return written.get(looseKey(w)) ?? w;
    })
    .join(' ');
}

/**
 * An Arabic name with a « ben » in it as English writes it: "bin", and no French "e" after a final "an" (« Mohammed
 * ben Salmane » is "Mohammed bin Salman"). Other names, and Arabic ones without « ben », are left as written.
 */
function fromFrenchArabic(name: string): string {
  const english = arabicParticle(name, 'ben', 'bin');
  return english === name ? name : english.split(' ').map((w) => w.replace(/(?<=\p{L}{2}an)e$/u, '')).join(' ');
}

/** An Arabic name's "son of" written the other language's way: "bin" in English, « ben » in French. */
function arabicParticle(name: string, from: string, to: string): string {
  const words = name.split(' ');
  if (!words.includes(from) || !isArabicFirstName(words[0] ?? '')) return name;
  return words.map((w) => (w === from ? to : w)).join(' ');
}

