import { foldName } from './nameVariants';
import { osaDistance } from '../entities/nearMissIndex';
import { isMonthOrWeekday } from '../dates/dateNames';
import { charClass, isLetterOrMark, UPPER } from '../letterClass';
import { PEOPLE } from './countries';
import { EXONYMS } from './exonyms';
import { isFirstName } from './firstNames';

// One person named for another between versions ("Federico Fellini's 8½" /
// « le 8½ de Michelangelo Antonioni », "Prime Minister Moctar Ouane" / « le
// Premier ministre Choguel Maïga »): no slip of spelling, so translation.name
// cannot see it, and neither may be in the entity list. What gives it away
// is that each version names, in the same paragraph, someone the other
// version never names at all.
//
// Everything here leans towards silence. A name counts only when it looks
// like a person's: two to four capitalised words that are no common word of
// either version and no word of places and institutions; and only when none
// of its words is written in the other version, even transliterated
// (Prigozhin / Prigojine). Translated names of places and bodies ("Lake
// Geneva" / « Léman ») are why both versions must each hold exactly one such
// name in the paragraph: French writes institutions with one capital, so a
// French run of capitalised words is almost always a person.

export interface PersonRun {
  start: number;
  end: number;
  /** As written, without a possessive ("Fellini" in "Fellini's"). */
  text: string;
  /** Whether something says it is a person's name: a title before it, or a first name as its first word. */
  person: boolean;
  /** Whether a title stands before it ("President", « le Premier ministre »). */
  titled: boolean;
}

/**
 * A capitalised word with a small letter next ("LeBlanc", "McIntosh"; no acronym), or two joined by a hyphen,
 * the second also in small letters as Korean given names are written ("Jin-pyo", "Duck-soo"); an
 * apostrophe inside belongs to it ("Ndung'u", "O'Brien"), a possessive does not ("Fellini's").
 */
const WORD = "\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}]*(?:['’](?!s(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+)?(?:-\\p{L}[\\p{Ll}\\p{M}][\\p{L}\\p{M}]*)?";
const PARTICLE = '(?:de|da|das|dos|del|di|van|von|der|den|bin|ben|ibn|al|el|ould|ag)';
/** Two to six capitalised words (titles before a name included), with the particles names carry ("Luiz Inácio Lula da Silva"). */
// The boundary before the first word is checked in code: a look-behind first keeps the engine from skipping ahead.
// Arabic's article glued to a surname ("Mustafa al-Kadhimi", « Haïder al-Abadi ») is a particle too.
const RUN = new RegExp(`${WORD}(?:[ \\u00A0](?:${PARTICLE}[ \\u00A0])?(?:(?:al|el)-)?${WORD}){1,5}(?![\\p{L}\\p{M}])`, 'gu');
/** What may not stand right before a name's first word: a letter, a mark, an apostrophe, a dot or a hyphen. */
const GLUED_BEFORE = /[\p{L}\p{M}'’.-]/u;
/** French elision before a name (« le bronze d’Alberto Giacometti », « lorsqu’Emmanuel Macron »): the name is not glued to it. */
const ELIDED = /(?:^|[^\p{L}\p{M}])(?:[dlnjmst]|qu|jusqu|lorsqu|puisqu)['’]$/iu;
const PARTICLES = new Set(PARTICLE.slice(3, -1).split('|'));

/**
 * Words of places, bodies, events and works, in either language: a run with
 * one of them is no person ("Constitutional Court", "Grand Prix", « Mont
 * Blanc »). Folded.
 */
const NOT_PERSON = new Set(
  (
    'academy agency airport airlines airways alliance army assembly association authority avenue award bank basin bay beach board bridge bureau international ' +
    'camp canal cape cathedral center centre championship channel church city club coalition coast college commission committee company ' +
    'conference congress corporation council county court cup day declaration department desert district east embassy empire energy ' +
    'festival fields force forces forum foundation front fund games grand group gulf hall harbour harbor highway hill hills hospital hotel house ' +
    'institute island islands kingdom lake league ministry monument mosque mount mountain mountains movement museum nation national nations ' +
    'network news north ocean office oil olympics open order organisation organization palace park parliament party peninsula plain plan ' +
    'plaza police port post press prize prix program programme project province radio range region republic reserve river road route ' +
    'school sea senate service society south square stadium state states station street summit television theatre theater times tour ' +
    'tower town treaty tribunal union united university valley village war week west world year ' +
    'western eastern northern southern central european african american asian arab latin ' +
    // What companies call themselves ("chief executive of Ivanhoe Mines", xv03).
    'mines mining resources holdings motors petroleum minerals metals industries technologies systems partners ventures ' +
    'pharmaceuticals telecom communications logistics shipping insurance securities investments ' +
    'academie agence aeroport assemblee autorite banque barrage bassin baie cap cathedrale centre championnat chambre commission ' +
    'compagnie conseil cour coupe departement desert eglise ecole etat etats fleuve fondation foret front golfe groupe hopital ile iles ' +
    'institut jeux lac ligue mairie maison mer ministere mont montagne mosquee mouvement musee nord ocean ouest palais parc parlement ' +
    'parti place plateau pont prefecture presse prix province radio region republique riviere route rue senat service societe stade ' +
    'sud est tour tribunal union universite vallee ville'
  ).split(' '),
);

/** Whether a word names places, bodies or works, never a person ("International", « Commission »). */
export function institutionWord(word: string): boolean {
  return NOT_PERSON.has(foldName(word));
}

/** Titles and words that stand before a name without being one ("President", « Premier »): trimmed from a run's start. */
const LEADING = new Set(
  (
    'president vice prime minister premier chancellor king queen prince princess pope general colonel captain lieutenant major sergeant ' +
    'commander admiral marshal governor mayor senator judge justice ambassador secretary chairman chairwoman chief director coach speaker ' +
    'doctor dr professor sir dame lord lady saint st mr mrs ms mme madame monsieur mgr maitre pere frere soeur cardinal archbishop bishop ' +
    'executive officer operating financial managing ceo cfo coo administrator administrateur administratrice ' +
    'sheikh emir sultan emperor empress empereur imperatrice imam rev reverend father brother sister deputy acting former interim new old former late ' +
    'president presidente ministre roi reine pape general generale colonel capitaine lieutenant commandant marechal gouverneur maire ' +
    'senateur juge ambassadeur ambassadrice secretaire directeur directrice entraineur selectionneur docteur professeur cheikh ' +
    'presidents ministers premiers kings queens generals colonels senators governors mayors judges leader leaders envoy spokesman spokeswoman ' +
    'presidentes ministres rois generaux gouverneurs maires juges dirigeant dirigeante ' +
    'commissioner commissaire inspector inspecteur superintendent constable detective attorney prosecutor procureur procureure ' +
    'ombudsman mediator mediateur mediatrice treasurer tresorier rapporteur registrar consul rabbi rabbin representative representante delegate ' +
    // What an office is of, after "of (the)": "Chancellor of the Exchequer Rishi Sunak", "Secretary of State Antony Blinken".
    'exchequer state treasury staff defense defence commerce labor labour energy education transportation agriculture homeland security interior ' +
    // And what French capitalises after « ministre de(s) »: « le ministre des Finances Jim Chalmers ».
    'finances finance interieur sante economie travail transports armees energie environnement culture affaires ' +
    // Offices known by their own language's word: Ireland's "Taoiseach Leo Varadkar", his deputy the Tánaiste.
    'taoiseach tanaiste'
  ).split(' '),
);

/** Whether `words[k]` follows a capitalised « Le » or « La » after a first word: a surname's (Bruno Le Maire), not a title. */
function afterLe(words: readonly string[], k: number): boolean {
  return k >= 2 && /^L[ae]$/u.test(words[k - 1] ?? '');
}

/** A title word, or titles joined by a hyphen ("Governor-General", "Vice-President"). */
function leading(word: string): boolean {
  const key = foldName(word);
  return LEADING.has(key) || (key.includes('-') && key.split('-').every((part) => LEADING.has(part)));
}

/**
 * The runs of `text[from, to)` that may be a person's name and that the
 * other version, whose capitalised words are `present`, never writes. A word
 * is checked by `common` (a word either version writes in small letters
 * somewhere, so a word of the language) only for those: it is the costly test.
 */
export function personRuns(text: string, from: number, to: number, present: PresentWords, common: (word: string) => boolean): PersonRun[] {
  const out: PersonRun[] = [];
  const slice = text.slice(from, to);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m !== null; m = RUN.exec(slice)) {
    if (m.index > 0 && GLUED_BEFORE.test(slice.charAt(m.index - 1)) && !ELIDED.test(text.slice(Math.max(0, from + m.index - 8), from + m.index))) {
      RUN.lastIndex = m.index + 1;
      continue;
    }
    const words = m[0].split(/[ \u00A0]/u);
    let start = m.index;
    // "President Fernando Henrique Cardoso", "The Hague": titles and small words that start a sentence are no part of the name.
    let titled = false;
    // "Interior Minister Angelino Alfano": the name starts after the last title in the run.
    // Not one after a capitalised « Le » or « La » within the run: that is a surname's (Bruno Le Maire, Jean-Yves Le Drian).
    const lastTitle = words.reduce((last, w, k) => (leading(w) && !afterLe(words, k) ? k : last), -1);
    for (let k = 0; k <= lastTitle; k++) {
      const word = words.shift() ?? '';
      if (!NOT_TITLES.has(foldName(word)) && leading(word)) titled = true;
      start += word.length + 1;
    }
    // A small word of either language that starts a sentence, which a short text may write only there ("On Monday",
    // « Selon Moctar Ouane »), or the body a title names (« le président du Conseil Mario Draghi »).
    while (words.length > 0 && (SENTENCE_WORDS.has(foldName(words[0] ?? '')) || NOT_PERSON.has(foldName(words[0] ?? '')) || demonymBefore(words))) start += (words.shift() ?? '').length + 1;
    // What a ministry is of, whatever it is (« la ministre du Textile Smriti Irani », "Minister for Tourism Vassilis Kikilias"):
    // the word after « ministre du » or "Minister for" is the portfolio, and the name follows it.
    if (words.length >= 3 && PORTFOLIO_BEFORE.test(text.slice(Math.max(0, from + start - 40), from + start))) start += (words.shift() ?? '').length + 1;
    // A team's or a company's name of two words or more before a person's (« le pilote Red Bull Sergio Perez »): the
    // person is the first name and surname that end the run, after a word no first name, and no particle before
    // them. One word before is a name's part as often ("Rima Abdul Malak" is one woman).
    const opens = words.length - 2;
    // One word before, when the other version writes it too and it is no first name, is a body's ("du Mossad Yossi Cohen" /
    // "Mossad chief David Barnea").
    const bodyBefore = opens === 1 && !isFirstName(words[0] ?? '') && present.exact.has(looseKey(words[0] ?? ''));
    if ((opens >= 2 || bodyBefore) && isFirstName(words[opens] ?? '') && !isFirstName(words[opens - 1] ?? '') && words.slice(0, opens).every((w) => !PARTICLES.has(w.toLowerCase()))) {
      for (let k = 0; k < opens; k++) start += (words.shift() ?? '').length + 1;
    }
    // Named in the other version: no swap. A first name both write says nothing: "Mario Monti" for "Mario Draghi" is another man.
    // A particle with a capital ("Alexander De Croo") is still a particle.
    const keyed = words.filter((w) => !PARTICLES.has(w.toLowerCase()));
    // An Arabic surname after its article is transliterated every which way (al-Sharaa / « al-Chareh », al-Kadhimi /
    // « al-Kazimi »): its consonants, as transliterations write them, name it.
    if (words.some((w) => ARABIC_ARTICLE.test(w) && skeletonsOf(present).has(arabicSkeleton(looseKey(w.slice(3)))))) continue;
    // A surname the other version writes with the same consonants, voiced or not, once or doubled, is that name
    // transliterated (Serzh Sargsyan / « Serge Sarkissian »).
    // Five consonants at least, the first letter kept: Kipruto / "Kiprotu" and Klöckner / "Glöckner" are slips still.
    const surname = looseKey(words[words.length - 1] ?? '');
    const surnameSkeleton = soundSkeleton(surname);
    if (surnameSkeleton.length >= 5 && soundSkeletonsOf(present).has(`${surname.charAt(0)}${surnameSkeleton}`)) continue;
    if (keyed.length === 2 && isFirstName(keyed[0] ?? '')) {
      const surname = keysOf(keyed.slice(1));
      // A surname only near one the other version writes is that name transliterated if the first name is there too:
      // "Richard Bissen" is not "Joe Biden" (a letter in five apart), "Yevgeny Prigozhin" is « Evgueni Prigojine ».
      if (surname.some((k) => present.exact.has(k)) || (namedIn(surname, present) && namedIn(keysOf(keyed.slice(0, 1)), present))) continue;
    } else if (namedIn(keysOf(keyed), present)) continue;
    // A sentence's first word that the text writes in small letters elsewhere.
    while (words.length > 0 && common(words[0] ?? '')) start += (words.shift() ?? '').length + 1;
    // « Le » inside a name is a particle too (Marine Le Pen), and the word after it a surname, even a title's (Bruno Le Maire).
    const surnamedLe = new Set(words.filter((_, k) => afterLe(words, k)));
    const named = words.filter((w, k) => !PARTICLES.has(w.toLowerCase()) && !(k >= 1 && /^L[ae]$/u.test(w)));
    if (named.length < 2) continue;
    const written = words.join(' ');
    // A month's abbreviation that is a first name opens a name ("Jan Woerner"; "Jan 5" has no surname after it), and a
    // month after a first name ends one ("Theresa May"; "Friday May 5" has a day after it).
    const noDay = !/^[ \u00A0]*\d/u.test(slice.slice(start + written.length, start + written.length + 3));
    const monthInName = (w: string, k: number): boolean => (k === 0 && isFirstName(w)) || (k > 0 && k === named.length - 1 && isFirstName(named[k - 1] ?? '') && noDay);
    if (named.some((w, k) => NOT_PERSON.has(foldName(w)) || (isMonthOrWeekday(w) && !monthInName(w, k)) || common(w) || (leading(w) && !surnamedLe.has(w)))) continue;
    if (!titled) titled = titleBefore(text, from + start);
    out.push({
      start: from + start,
      end: from + start + written.length,
      text: slice.slice(start, start + written.length),
      person: titled || isFirstName(named[0] ?? ''),
      titled,
    });
  }
  return out;
}

/**
 * Each part of each word (hyphenated ones split: "Abdel-Aziz"), by its loose
 * key; a Korean given name ("Jin-pyo", small letter after the hyphen) is one
 * word, as "Chung Jin-suk" is another man than "Kim Jin-pyo".
 */
function keysOf(words: readonly string[]): string[] {
  // Apostrophes split as the other version's words are split (Mo’unga, Mo'unga: "Mo" and "unga").
  return words.flatMap((w) => (/-\p{Ll}/u.test(w) ? w.split(/['’]/u) : w.split(/[-'’]/u))).map(looseKey);
}

/** Whether one of the three words before `at` is a title (« le Premier ministre Choguel Maïga », « l’ancien président Cardoso »). */
function titleBefore(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 40), at).split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '');
  return words.slice(-3).some((w) => LEADING.has(foldName(w)) && !NOT_TITLES.has(foldName(w)));
}

/**
 * A French demonym written as a noun before the name (« au Camerounais
 * Philemon Yang », « l’Ivoirien Sébastien Haller »): no first name, and a
 * name of two words after it.
 */
function demonymBefore(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return words.length >= 3 && (FRENCH_PEOPLES.has(first) || (/(?:ais|aise|ois|oise|ien|ienne|ain|aine|éen|éenne)$/u.test(first) && !isFirstName(first)));
}

/** French peoples written as nouns (« l’Argentin », « le Turc »), from translation.country's list. */
const FRENCH_PEOPLES: ReadonlySet<string> = new Set(Object.values(PEOPLE.fr).flatMap((forms) => forms.split('|')));

/** Small words that start sentences in either language, folded. */
const SENTENCE_WORDS = new Set(
  (
    'a an the on in at of for from to by with as and but or so yet if when while after before since until during under over this that these those ' +
    'his her its their our my your we they he she it there here then now also however meanwhile last next ' +
    'le la les l un une des du de d au aux a en dans pour par sur sous avec sans selon mais et ou donc car si quand lorsque apres avant depuis ' +
    'ce cet cette ces son sa ses leur leurs notre nos il elle ils elles on nous vous lundi'
  ).split(' '),
);

/** A minister's or a ministry's "of" just before a word: that word is the portfolio. */
const PORTFOLIO_BEFORE = /(?<![\p{L}])(?:ministres?|ministère|ministers?|ministry|secretary|secrétaire)[ \u00A0]+(?:du|des|de[ \u00A0]+la|de[ \u00A0]+l['’]|de|d['’]|of|of[ \u00A0]+the|for|for[ \u00A0]+the)[ \u00A0]*$/iu;

/** Words of LEADING that trim a run but say nothing of a person after them. */
const NOT_TITLES = new Set(['new', 'old', 'former', 'late', 'acting', 'interim', 'deputy', 'vice', 'st', 'saint']);

/**
 * A name's word as both languages' transliterations would agree on it:
 * folded, without doubled letters, with the sounds spelt differently in
 * English and French made one (Prigozhin / Prigojine, Ouane / Wane).
 */
export function looseKey(word: string): string {
  let key = looseKeys.get(word);
  if (key === undefined) {
    if (looseKeys.size >= LOOSE_MEMO) looseKeys.clear();
    key = computeLooseKey(word);
    looseKeys.set(word, key);
  }
  return key;
}

// The same names come back paragraph after paragraph: each is keyed once.
const looseKeys = new Map<string, string>();
const LOOSE_MEMO = 50000;

function computeLooseKey(word: string): string {
  const f = foldName(word);
  return (EXONYMS.get(f) ?? f)
    // French writes "x" where English transliterates "ks" (Aksyonov / « Axionov », Maksim / « Maxime »).
    .replace(/x/gu, 'ks')
    .replace(/ou/gu, 'u')
    .replace(/w/gu, 'u')
    // Belarusian and Ukrainian "-ou", Russian "-ov" (Tsikhanouskaya / Tikhanovskaïa).
    .replace(/ov(?=[bcdfghjklmnpqrstvxz]|$)/gu, 'u')
    .replace(/dj/gu, 'j')
    .replace(/zh/gu, 'j')
    .replace(/kh/gu, 'h')
    .replace(/tch/gu, 'ch')
    .replace(/sh/gu, 'ch')
    .replace(/gu(?=[ei])/gu, 'g')
    // Russian "ё" between consonants: "yo" in English, « io » or « e » in French (Alyokhina / « Alekhina », Pyotr / « Piotr »).
    .replace(/(?<=[bcdfghjklmnpqrstvz])[yi]o(?=[bcdfghjklmnpqrstvz])/gu, 'e')
    .replace(/y/gu, 'i')
    // Russian "-yev" is French « -eev » (Nureyev / Noureev, Sergeyev / Sergueïev).
    .replace(/ie(?=v)/gu, 'e')
    .replace(/ph/gu, 'f')
    // A vowel between an Arabic "h" and the last consonant is written or not (Fahd / Fahad, Lahd / « Lahad »).
    .replace(/(?<=[aeiou]h)[ae](?=[bcdfgjklmnpqrstvz]$)/u, '')
    // Ukrainian "г": "h" in English, « g » in French (Sybiha / « Sybiga », Olha / « Olga »).
    .replace(/(?<=[aeiouylrn])h(?=[aeiou])/gu, 'g')
    .replace(/(.)\1/gu, '$1')
    .replace(/e$/u, '');
}

/** A version's capitalised words by loose key: the exact ones, and by first letter for the near ones. */
export interface PresentWords {
  exact: ReadonlySet<string>;
  byFirst: ReadonlyMap<string, readonly string[]>;
}

/** Whether a word of `keys` is written in a version whose words are `present`, exactly or nearly (one letter in five). */
function namedIn(keys: readonly string[], present: PresentWords): boolean {
  return keys.some((k) => {
    if (present.exact.has(k)) return true;
    if (k.length < 4) return false;
    const tolerance = Math.floor(k.length / 5);
    if (tolerance === 0) return false;
    // Comparing by the first letter keeps the search short; transliterations change few first letters
    // (Ukrainian H is Russian G: Herman Halushchenko / Guerman Galouchtchenko).
    const first = k.charAt(0);
    return [first, ...(FIRST_ALIKE[first] ?? [])].flatMap((c) => present.byFirst.get(c) ?? []).some((p) => {
      const max = Math.floor(Math.max(p.length, k.length) / 5);
      return p.length >= 4 && osaDistance(p, k, max) <= max;
    });
  });
}

const ARABIC_ARTICLE = /^(?:al|el)-/u;

/** An Arabic name's consonants as transliterations agree on them: "dh" and "z" alike, "q" and "k", a last "h" silent. */
function arabicSkeleton(key: string): string {
  return key.replace(/dh/gu, 'z').replace(/th/gu, 't').replace(/gh/gu, 'g').replace(/q/gu, 'k').replace(/h$/u, '').replace(/[aeiou]/gu, '');
}

const skeletons = new WeakMap<PresentWords, Set<string>>();

/** The Arabic skeletons of a version's capitalised words (of three consonants or more: fewer say too little). */
function skeletonsOf(present: PresentWords): ReadonlySet<string> {
  let set = skeletons.get(present);
  if (!set) {
    set = new Set([...present.exact].map(arabicSkeleton).filter((k) => k.length >= 3));
    skeletons.set(present, set);
  }
  return set;
}

/** A name's consonants as transliterations keep them: voiced and voiceless alike (g / k), doubles once, no vowels (y one of them). */
function soundSkeleton(word: string): string {
  return foldName(word)
    .replace(/[^a-z]/gu, '')
    .replace(/y/gu, 'i')
    .replace(/g/gu, 'k')
    .replace(/d/gu, 't')
    .replace(/b/gu, 'p')
    .replace(/z/gu, 's')
    .replace(/v/gu, 'f')
    .replace(/[aeiouh]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

const soundSkeletons = new WeakMap<PresentWords, Set<string>>();

/** The sound skeletons of a version's capitalised words (by their loose keys). */
function soundSkeletonsOf(present: PresentWords): ReadonlySet<string> {
  let set = soundSkeletons.get(present);
  if (!set) {
    set = new Set([...present.exact].filter((k) => soundSkeleton(k).length >= 5).map((k) => `${k.charAt(0)}${soundSkeleton(k)}`));
    soundSkeletons.set(present, set);
  }
  return set;
}

/** First letters transliterations trade. */
const FIRST_ALIKE: Readonly<Record<string, readonly string[]>> = { h: ['g'], g: ['h'], k: ['c', 'q'], c: ['k', 'q'], q: ['k', 'c'], i: ['e'], e: ['i'] };

/** Every capitalised word of `text`, by its loose key. */
export function capitalisedWords(text: string): PresentWords {
  const exact = new Set<string>();
  // One walk over the character codes: a regular expression with \p{Lu} was the larger part of the rule's time.
  for (let i = 0; i < text.length; i++) {
    if ((charClass(text.charCodeAt(i)) & UPPER) === 0 || (i > 0 && isLetterOrMark(text.charCodeAt(i - 1)))) continue;
    let end = i + 1;
    while (end < text.length && isLetterOrMark(text.charCodeAt(end))) end++;
    exact.add(looseKey(text.slice(i, end)));
    // "Jin-suk": also the whole word, as keysOf keys it.
    if (text.charCodeAt(end) === 0x2d && end + 1 < text.length && (charClass(text.charCodeAt(end + 1)) & UPPER) === 0 && isLetterOrMark(text.charCodeAt(end + 1))) {
      let tail = end + 1;
      while (tail < text.length && isLetterOrMark(text.charCodeAt(tail))) tail++;
      exact.add(looseKey(text.slice(i, tail)));
      end = tail;
    }
    i = end;
  }
  const byFirst = new Map<string, string[]>();
  for (const k of exact) {
    const list = byFirst.get(k.charAt(0));
    if (list) list.push(k);
    else byFirst.set(k.charAt(0), [k]);
  }
  return { exact, byFirst };
}
