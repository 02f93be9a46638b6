import { foldKey } from '../entities/fold';
import { FORMER_WORDS, titleWords } from '../entities/titleVocabulary';
import type { Lang, Span } from '../types';

// The title a version gives a person right before their name: "Finance
// Minister Éric Lombard", "ECB President Christine Lagarde", « le ministre de
// l’Économie, Gabriel Attal », « le général de brigade Moussa Diallo ». Two
// versions that give one person titles of different families in the same
// paragraph disagree (translation.title). Only titles listed here are read;
// "head of state", « chef du gouvernement » and the like say nothing.

export interface TitledName {
  /** The title as written ("Vice President", « ministre »). */
  title: { start: number; end: number; text: string };
  /** The name after it, and its last word folded (what the other version is matched by). */
  name: { start: number; end: number; text: string };
  surname: string;
  /** What the title is: one family, or several for a title that is two offices (« PDG »). */
  families: readonly string[];
}

type Row = [words: string, ...families: string[]];

/** Offices the entity list's vocabulary leaves out, because a listed person's title is never one of them. */
const MORE_OFFICES: Readonly<Record<string, readonly Row[]>> = {
  en: [
    ['Minister|Ministers', 'minister'],
    ['Premier', 'primeMinister'],
    ['Chairman|Chairwoman|Chair', 'president'],
    ['Vice Chairman|Vice-Chairman|Vice Chair|Vice-Chair', 'vicePresident'],
    ['General Secretary', 'secretaryGeneral'],
    ['Director General|Director-General|Chief Executive|CEO', 'directorGeneral'],
    ['Ambassador', 'ambassador'],
    ['Judge', 'judge'],
    ['Prosecutor', 'prosecutor'],
    ['Emir', 'emir'],
  ],
  fr: [
    ['ministre|ministres', 'minister'],
    // Spain's and Italy's heads of government.
    ['président du gouvernement|présidente du gouvernement', 'primeMinister'],
    // Italy's head of government, or the European Council's president.
    ['président du Conseil|présidente du Conseil', 'primeMinister', 'president'],
    ['directeur général|directrice générale', 'directorGeneral'],
    ['PDG', 'directorGeneral', 'president'],
    ['ambassadeur|ambassadrice', 'ambassador'],
    ['juge', 'judge'],
    ['procureur|procureure', 'prosecutor'],
    ['émir', 'emir'],
  ],
};

/** Words before a title that make it another office or no claim at all: "Deputy Prime Minister", "former President". */
const QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  en: ['deputy', 'assistant', 'acting', 'interim', 'junior', 'shadow', 'vice', 'outgoing', 'incoming', 'designate', 'elect'],
  fr: ['vice', 'adjoint', 'adjointe', 'délégué', 'déléguée', 'sortant', 'sortante', 'nouveau', 'nouvelle', 'intérim'],
};

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}";
const PARTICLE = "(?:de |du |van |von |der |al-|el-|ben |bin |ould |dos |da |di |le |la |ag |wa )";
/** One to four capitalised words, with the particles names carry. */
const NAME = `${NAME_WORD}(?:[ \\u00A0]+${PARTICLE}?${NAME_WORD}){0,3}`;
/** What French puts between an office and its holder: « de l’Économie », « des Affaires étrangères et de la Coopération ». */
const FR_COMPLEMENT = "(?:[ \\u00A0]+(?:de la|de l['’]|de|des|du|d['’]|aux|à la|chargée? de|chargée? des)[ \\u00A0]*[\\p{L}\\p{M}’'-]+(?:[ \\u00A0]+(?:et|de|des|du|d['’])[ \\u00A0]*(?:l['’]|la )?[\\p{L}\\p{M}’'-]+){0,3})?";
const EN_COMPLEMENT = "(?:[ \\u00A0]+of(?: the)?[ \\u00A0]+\\p{Lu}[\\p{L}\\p{M}’'-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}\\p{M}’'-]+){0,2})?";

/** A title word with or without its accents and capitals ("président", "Président", "PRÉSIDENT"); in English, with its capital. */
function loosely(word: string, lang: string): string {
  let out = '';
  let first = true;
  for (const c of word.toLowerCase()) {
    // English capitalises a title before a name ("Gen. Goïta", "Prime Minister Starmer"); "general" in small letters is another word.
    if (first && lang === 'en' && /[a-z]/u.test(c)) {
      out += c.toUpperCase();
      first = false;
      continue;
    }
    first = false;
    if (c === ' ') out += '[ \\u00A0-]+';
    else if (c === 'e') out += '[eéèêEÉÈÊ]';
    else if (/[a-z]/u.test(c)) out += `[${c}${c.toUpperCase()}]`;
    else out += c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  }
  return out;
}

/** One small word that qualifies the office: « le président sénégalais, Bassirou Diomaye Faye », « le ministre français de l’Économie ». */
const ADJECTIVE = "(?:[ \\u00A0]+(?!de |des |du |d['’])\\p{Ll}[\\p{L}\\p{M}-]{3,})?";

interface Compiled {
  search: RegExp;
  families: ReadonlyMap<string, readonly string[]>;
}

const compiled = new Map<string, Compiled>();

function compile(lang: string): Compiled {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const families = new Map<string, string[]>();
  const add = (word: string, family: string): void => {
    const key = foldKey(word);
    const list = families.get(key) ?? [];
    if (!list.includes(family)) list.push(family);
    families.set(key, list);
  };
  for (const w of titleWords(lang)) add(w.key, w.family);
  for (const [words, ...fams] of MORE_OFFICES[lang] ?? []) for (const w of words.split('|')) for (const f of fams) add(w, f);
  // The words as written: accents and capitals vary, so the search is loose and the fold decides.
  const written = [...new Set([...titleWords(lang).map((w) => w.key), ...(MORE_OFFICES[lang] ?? []).flatMap(([words]) => words.split('|'))])];
  const pattern = written
    .sort((a, b) => b.length - a.length)
    .map((w) => loosely(w, lang))
    .join('|');
  const complement = lang === 'fr' ? FR_COMPLEMENT : EN_COMPLEMENT;
  // No "i" flag: under it \p{Lu} matches small letters too, and a name must start with a capital.
  // The word boundary before the title is checked by the caller: a look-behind first would keep the engine from skipping ahead.
  const search = new RegExp(`(${pattern})(?![\\p{L}\\p{M}])(${ADJECTIVE}${complement}${ADJECTIVE}),?[ \\u00A0]+(${NAME})`, 'gu');
  const out = { search, families };
  compiled.set(lang, out);
  return out;
}

/** What may not stand right before a title: a letter, a digit, a dot or a hyphen ("vice-président", "Gen." in "Maj.Gen."). */
const TITLE_GLUED = /[\p{L}\p{M}\d.-]/u;

/** The titled names in `span` of `prose`. */
export function titledNames(prose: string, span: Span, lang: Lang): TitledName[] {
  const l = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  if (l !== 'en' && l !== 'fr') return [];
  const { search, families } = compile(l);
  const text = prose.slice(0, span.end);
  const out: TitledName[] = [];
  search.lastIndex = span.start;
  for (let m = search.exec(text); m !== null; m = search.exec(text)) {
    if (m.index > 0 && TITLE_GLUED.test(text.charAt(m.index - 1))) {
      search.lastIndex = m.index + 1;
      continue;
    }
    const titleText = m[1] ?? '';
    const fams = families.get(foldKey(titleText));
    const nameText = m[3] ?? '';
    const nameStart = m.index + m[0].length - nameText.length;
    // Resume inside the name: it may hold the next title ("President Kagame" after "the envoy of").
    search.lastIndex = nameStart;
    if (!fams || qualified(text, m.index, l)) continue;
    // A title inside the name ("General Assembly President Philemon Yang") is the one that counts: it is read next.
    const words = nameText.split(/[ \u00A0]+/u);
    const last = (words[words.length - 1] ?? '').replace(/['’]s?$/u, '');
    if (last.length < 2 || words.some((w) => families.has(foldKey(w)))) continue;
    out.push({
      title: { start: m.index, end: m.index + titleText.length, text: titleText },
      name: { start: nameStart, end: nameStart + nameText.length, text: nameText },
      surname: foldKey(last),
      families: fams,
    });
  }
  return out;
}

/** Whether a word just before the title changes what it says ("former", "Deputy", « vice- »). */
function qualified(text: string, at: number, lang: string): boolean {
  const before = foldKey(text.slice(Math.max(0, at - 30), at));
  const words = before.split(/[^\p{L}\p{M}]+/u).filter(Boolean).slice(-2);
  const stop = new Set([...(FORMER_WORDS[lang] ?? []), ...(QUALIFIERS[lang] ?? []).map(foldKey)]);
  return words.some((w) => stop.has(w)) || /(?:^|[^\p{L}])(?:ex|vice)-$/u.test(before);
}
