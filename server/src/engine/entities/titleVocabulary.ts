import type { Lang } from '../types';
import { foldKey } from './fold';

// Ranks and offices as a copy editor reads them: "Gen.", "General",
// "généraux" and "général de brigade" are all generals. Comparing families
// (and the grade within a family when both sides name one) is what lets
// "General Tiani" pass for a général de brigade while "General Traoré" fails
// for a captain. Only words listed here are titles: anything else before a
// name is left alone.

export type TitleCategory = 'rank' | 'office';

export interface TitleSense {
  category: TitleCategory;
  /** "general", "colonel", "captain", "president"… */
  family: string;
  /** The grade within the family when the words say it ("brigade", "army"). */
  grade?: string;
  plural: boolean;
}

export interface TitleWord extends TitleSense {
  /** Folded form ("general de brigade", "lt. col."). */
  key: string;
  /** As the vocabulary writes it, accents and all ("général de brigade"). */
  written: string;
}

type Row = [words: string, family: string, plural?: boolean, grade?: string];

const RANKS: Readonly<Record<string, readonly Row[]>> = {
  en: [
    ['General|Gen.|Gen', 'general'],
    ['Generals|Gens.', 'general', true],
    ['Army General|General of the Army', 'general', false, 'army'],
    ['Brigadier General|Brig. Gen.|Brig. General|Brigadier-General', 'general', false, 'brigade'],
    ['Major General|Maj. Gen.|Major-General', 'general', false, 'division'],
    ['Lieutenant General|Lt. Gen.|Lt Gen|Lieutenant-General', 'general', false, 'corps'],
    ['Colonel|Col.', 'colonel'],
    ['Colonels', 'colonel', true],
    ['Lieutenant Colonel|Lieutenant-Colonel|Lt. Col.|Lt Col|Lt-Col|Lt-Col.', 'lieutenantColonel'],
    ['Lieutenant Colonels|Lieutenant-Colonels', 'lieutenantColonel', true],
    ['Captain|Capt.|Capt', 'captain'],
    ['Captains', 'captain', true],
    ['Lieutenant|Lt.', 'lieutenant'],
    ['Lieutenants', 'lieutenant', true],
    ['Major|Maj.', 'major'],
    ['Admiral|Adm.', 'admiral'],
    ['Vice Admiral|Vice Adm.|Vice-Admiral', 'admiral', false, 'vice'],
    ['Rear Admiral|Rear Adm.|Rear-Admiral', 'admiral', false, 'rear'],
    // A navy's commander is « capitaine de frégate » in French, and addressed as « commandant ».
    ['Commander|Cmdr.|Cdr.', 'commander'],
    ['Lieutenant Commander|Lt. Cmdr.|Lt. Cdr.|Lt Cdr', 'commander', false, 'corvette'],
    ['Sergeant|Sgt.', 'sergeant'],
    ['Marshal|Field Marshal', 'marshal'],
  ],
  fr: [
    ['général|gén.|gal', 'general'],
    ['généraux', 'general', true],
    ["général d'armée", 'general', false, 'army'],
    ["généraux d'armée", 'general', true, 'army'],
    ['général de brigade', 'general', false, 'brigade'],
    ['généraux de brigade', 'general', true, 'brigade'],
    ['général de division', 'general', false, 'division'],
    ["général de corps d'armée", 'general', false, 'corps'],
    // Belgium and Central Africa name the grades as English does.
    ['général-major', 'general', false, 'division'],
    ['lieutenant-général', 'general', false, 'corps'],
    ['colonel|col.', 'colonel'],
    ['colonels', 'colonel', true],
    ['lieutenant-colonel|lieutenant colonel|lt-col|lt-col.', 'lieutenantColonel'],
    ['lieutenants-colonels', 'lieutenantColonel', true],
    ['capitaine|cne', 'captain'],
    ['capitaines', 'captain', true],
    ['lieutenant|lieutenante|lt', 'lieutenant'],
    ['lieutenants', 'lieutenant', true],
    // A major is « commandant » in France, « major » in Belgium and Central Africa.
    ['commandant|commandante|major', 'major'],
    ['amiral', 'admiral'],
    // French wire copy gives foreign admirals these ranks: a vice admiral is « vice-amiral », a rear admiral « contre-amiral ».
    ["vice-amiral|vice-amiral d'escadre", 'admiral', false, 'vice'],
    ['contre-amiral', 'admiral', false, 'rear'],
    ['capitaine de vaisseau', 'captain', false, 'navy'],
    ['capitaine de frégate', 'commander'],
    ['capitaine de corvette', 'commander', false, 'corvette'],
    ['sergent', 'sergeant'],
    ['maréchal', 'marshal'],
  ],
};

const OFFICES: Readonly<Record<string, readonly Row[]>> = {
  en: [
    ['President', 'president'],
    ['Presidents', 'president', true],
    ['Vice President|Vice-President', 'vicePresident'],
    ['Prime Minister|PM', 'primeMinister'],
    ['Chancellor', 'chancellor'],
    ['King', 'king'],
    ['Queen', 'queen'],
    ['Pope', 'pope'],
    ['Secretary-General|Secretary General', 'secretaryGeneral'],
    ['Governor|Gov.', 'governor'],
    ['Mayor', 'mayor'],
    ['Senator|Sen.', 'senator'],
  ],
  fr: [
    ['président|présidente', 'president'],
    ['présidents', 'president', true],
    ['vice-président|vice-présidente', 'vicePresident'],
    ['Premier ministre|Première ministre', 'primeMinister'],
    ['chancelier|chancelière', 'chancellor'],
    ['roi', 'king'],
    ['reine', 'queen'],
    ['pape', 'pope'],
    ['secrétaire général|secrétaire générale', 'secretaryGeneral'],
    ['gouverneur|gouverneure', 'governor'],
    ['maire', 'mayor'],
    ['sénateur|sénatrice', 'senator'],
  ],
};

const cache = new Map<Lang, TitleWord[]>();

/** Title words of a language, longest first (so "général de brigade" wins over "général"). */
/**
 * The abbreviation a writer who abbreviates ranks would use for `title`:
 * "Capt." for Captain, "Brig. Gen." for Brigadier General, and "Gen." for
 * a grade of general that has none of its own (Army General).
 */
export function abbreviationOf(title: string, lang: Lang): string | undefined {
  const rows = RANKS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? [];
  const key = title.toLowerCase();
  const row = rows.find(([words]) => words.toLowerCase().split('|').includes(key));
  if (!row) return undefined;
  const shortOf = (words: string): string | undefined => words.split('|').find((w) => w.endsWith('.'));
  const own = shortOf(row[0]);
  if (own) return own;
  const base = rows.find(([, family, plural, grade]) => family === row[1] && plural === undefined && grade === undefined);
  return base ? shortOf(base[0]) : undefined;
}

/**
 * The plain word of a rank's family, without its grade: "General" for "Army
 * General", « général » for « général de brigade ». What a writer who named
 * no grade would write.
 */
export function plainTitleOf(title: string, lang: Lang): string | undefined {
  const sense = senseOfTitle(title, lang);
  if (!sense || sense.grade === undefined) return undefined;
  const rows = RANKS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? [];
  const base = rows.find(([, family, plural, grade]) => family === sense.family && plural === undefined && grade === undefined);
  return base?.[0].split('|')[0];
}

export function titleWords(lang: Lang): readonly TitleWord[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const words: TitleWord[] = [];
  const add = (rows: readonly Row[] | undefined, category: TitleCategory): void => {
    for (const [list, family, plural, grade] of rows ?? []) {
      for (const w of list.split('|')) {
        words.push({ key: foldKey(w), written: w, category, family, plural: plural ?? false, ...(grade ? { grade } : {}) });
      }
    }
  };
  add(RANKS[lang], 'rank');
  add(OFFICES[lang], 'office');
  words.sort((a, b) => b.key.length - a.key.length);
  cache.set(lang, words);
  return words;
}

/**
 * What a title from the entity list means ("général d'armée" → general,
 * army; "President of the Transition" → president). Tries the language's
 * words, then every language's, on the whole title or its beginning.
 */
export function senseOfTitle(title: string, lang: Lang): TitleSense | undefined {
  const key = foldKey(title);
  for (const l of [lang, ...Object.keys(RANKS).filter((x) => x !== lang)]) {
    for (const w of titleWords(l)) {
      if (key === w.key || key.startsWith(w.key + ' ')) {
        const { key: _k, ...sense } = w;
        void _k;
        return sense;
      }
    }
  }
  return undefined;
}

/** The folded title word that ends `folded` on a word boundary, if any. */
export function titleWordEnding(folded: string, lang: Lang): TitleWord | undefined {
  for (const w of titleWords(lang)) {
    if (!folded.endsWith(w.key)) continue;
    const before = folded.charCodeAt(folded.length - w.key.length - 1);
    if (Number.isNaN(before) || !isFoldedWordChar(before)) return w;
  }
  return undefined;
}

const lastWords = new Map<Lang, readonly string[]>();

/**
 * Whether a folded word could be the end of a title word of the language
 * (the last word of "général de brigade" is "brigade"): a cheap test on the
 * one word before a name, before the words around it are folded.
 */
export function mayEndTitleWord(word: string, lang: Lang): boolean {
  let ends = lastWords.get(lang);
  if (!ends) {
    ends = [...new Set(titleWords(lang).map((w) => w.key.slice(w.key.lastIndexOf(' ') + 1)))];
    lastWords.set(lang, ends);
  }
  for (const end of ends) {
    if (!word.endsWith(end)) continue;
    const before = word.charCodeAt(word.length - end.length - 1);
    if (Number.isNaN(before) || !isFoldedWordChar(before)) return true;
  }
  return false;
}

function isFoldedWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}

/** Words that say the title is no longer held ("former General X"): not a claim about the date. */
export const FORMER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['former', 'ex', 'late', 'then', 'retired'],
  fr: ['ancien', 'ancienne', 'ex', 'feu', 'futur', 'future', 'alors'],
};

/**
 * A rank as a language writes it before a name: "Brigadier General" (or
 * "Brig. Gen." for a writer who abbreviates), « général de brigade ».
 * Undefined for a family or grade the vocabulary does not rank.
 */
export function rankTitle(family: string, grade: string | undefined, lang: Lang, abbreviated: boolean): string | undefined {
  const rows = RANKS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? [];
  const row = rows.find(([, f, plural, g]) => f === family && plural !== true && g === grade);
  const full = row?.[0].split('|')[0];
  if (full === undefined) return undefined;
  return abbreviated ? (abbreviationOf(full, lang) ?? full) : full;
}
