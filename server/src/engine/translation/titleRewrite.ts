import { foldKey } from '../entities/fold';
import { apostropheOf } from './frenchElision';
import { rankTitle } from '../entities/titleVocabulary';
import type { TitledName } from './personTitles';

// The words that would give one version the title the other gives the same
// person: "Finance Minister" where the French says « ministre de la
// Défense » becomes "Defence Minister"; « le colonel » where the English
// says "Gen." becomes « le général ». What translation.title offers as fixes.
//
// Only titles said the plain way are rewritten: a portfolio before the
// English office ("Health Secretary") or after the French one (« ministre
// de la Santé »), an office of its own ("Prime Minister", « présidente »),
// a rank. Anything else ("Minister of State for Public Health", « ministre de
// l’Économie et des Finances », a deputy) gets no fix: a guess at how the
// other office is said would be a fix an editor must undo.

type TitleLang = 'en' | 'fr';

/** Portfolios by the words that name them: the first of each list is how a fix says it. */
const PORTFOLIO_NAMES: ReadonlyArray<{ id: string; en: readonly string[]; fr: readonly string[] }> = [
  { id: 'finance', en: ['Finance', 'Finances'], fr: ['des Finances'] },
  { id: 'economy', en: ['Economy', 'Economic', 'Economics', 'Economic Affairs'], fr: ['de l’Économie'] },
  { id: 'foreign', en: ['Foreign', 'Foreign Affairs', 'External Affairs'], fr: ['des Affaires étrangères'] },
  { id: 'interior', en: ['Interior', 'the Interior', 'Home', 'Home Affairs'], fr: ['de l’Intérieur'] },
  { id: 'defence', en: ['Defence', 'Defense'], fr: ['de la Défense'] },
  // France's defence ministry since 2017: English copy says "Armed Forces Minister" for « ministre des Armées ».
  { id: 'armedForces', en: ['Armed Forces'], fr: ['des Armées'] },
  { id: 'justice', en: ['Justice'], fr: ['de la Justice'] },
  { id: 'health', en: ['Health'], fr: ['de la Santé'] },
  { id: 'publicHealth', en: ['Public Health'], fr: ['de la Santé publique'] },
  { id: 'education', en: ['Education'], fr: ['de l’Éducation', 'de l’Éducation nationale'] },
  { id: 'security', en: ['Security'], fr: ['de la Sécurité'] },
  { id: 'publicSecurity', en: ['Public Security', 'Public Safety'], fr: ['de la Sécurité publique'] },
  { id: 'nationalSecurity', en: ['National Security'], fr: ['de la Sécurité nationale'] },
  { id: 'civilProtection', en: ['Emergency Preparedness', 'Civil Protection'], fr: ['de la Protection civile'] },
  { id: 'transport', en: ['Transport', 'Transportation'], fr: ['des Transports'] },
  { id: 'labour', en: ['Labour', 'Labor'], fr: ['du Travail'] },
  { id: 'employment', en: ['Employment'], fr: ['de l’Emploi'] },
  { id: 'trade', en: ['Trade', 'Commerce'], fr: ['du Commerce'] },
  { id: 'agriculture', en: ['Agriculture'], fr: ['de l’Agriculture'] },
  { id: 'sea', en: ['Maritime', 'Sea', 'Fisheries'], fr: ['de la Mer'] },
  { id: 'energy', en: ['Energy'], fr: ['de l’Énergie'] },
  { id: 'environment', en: ['Environment'], fr: ['de l’Environnement'] },
  { id: 'culture', en: ['Culture'], fr: ['de la Culture'] },
  { id: 'sport', en: ['Sports', 'Sport'], fr: ['des Sports'] },
  { id: 'industry', en: ['Industry'], fr: ['de l’Industrie'] },
  { id: 'immigration', en: ['Immigration'], fr: ['de l’Immigration'] },
  { id: 'budget', en: ['Budget'], fr: ['du Budget'] },
  { id: 'research', en: ['Research', 'Science'], fr: ['de la Recherche'] },
  { id: 'tourism', en: ['Tourism'], fr: ['du Tourisme'] },
  { id: 'aviation', en: ['Civil Aviation', 'Aviation'], fr: ['de l’Aviation civile'] },
  { id: 'youth', en: ['Youth'], fr: ['de la Jeunesse'] },
  { id: 'veterans', en: ['Veterans Affairs', 'Veterans'], fr: ['des Anciens Combattants'] },
  { id: 'planning', en: ['Planning'], fr: ['de la Planification'] },
];

/** Offices of their own, as each language writes them before a name: English, French masculine, French feminine. */
const HEADS: Readonly<Record<string, readonly [string, string, string]>> = {
  president: ['President', 'président', 'présidente'],
  vicePresident: ['Vice President', 'vice-président', 'vice-présidente'],
  primeMinister: ['Prime Minister', 'Premier ministre', 'Première ministre'],
  chancellor: ['Chancellor', 'chancelier', 'chancelière'],
  governor: ['Governor', 'gouverneur', 'gouverneure'],
  mayor: ['Mayor', 'maire', 'maire'],
  senator: ['Senator', 'sénateur', 'sénatrice'],
  king: ['King', 'roi', 'roi'],
  queen: ['Queen', 'reine', 'reine'],
  secretaryGeneral: ['Secretary-General', 'secrétaire général', 'secrétaire générale'],
  // An agency's head (the IAEA's, the WHO's); a company's is a chief executive in English copy, but the same in French.
  directorGeneral: ['Director-General', 'directeur général', 'directrice générale'],
  // A club's coach (yp07): « sélectionneur » for a national side's is the editor's call, « entraîneur » the plain word.
  coach: ['Coach', 'entraîneur', 'entraîneuse'],
};

/** What a title says, read back from its words. */
type Office = { kind: 'minister'; portfolio: string } | { kind: 'head'; family: string } | { kind: 'rank'; family: string; grade: string | undefined };

const RANK_FAMILIES = new Set(['general', 'colonel', 'lieutenantColonel', 'captain', 'lieutenant', 'major', 'admiral', 'commander', 'sergeant', 'marshal']);

/** The portfolio named by `words` ("Foreign", « de l’Intérieur »), whole: a portfolio with more to it is not one of these. */
function portfolioNamed(words: string, lang: TitleLang): string | undefined {
  const key = foldKey(words.trim());
  if (key === '') return undefined;
  return PORTFOLIO_NAMES.find((p) => p[lang].some((w) => foldKey(w) === key))?.id;
}

function officeOf(t: TitledName, lang: TitleLang): Office | undefined {
  if (t.families.some((f) => f.startsWith('deputy '))) return undefined;
  const family = t.families[0];
  if (family === undefined) return undefined;
  if (RANK_FAMILIES.has(family) && t.families.length === 1) return { kind: 'rank', family, grade: t.grade };
  if (t.portfolio !== undefined && (t.families.includes('minister') || t.families.includes('secretary'))) {
    const words = portfolioWords(t, lang);
    const portfolio = words === undefined ? undefined : portfolioNamed(words.text, lang);
    return portfolio === undefined ? undefined : { kind: 'minister', portfolio };
  }
  // « président du Conseil » is two offices of their own: one reading or none. A premier is a prime minister
  // before a German state's minister-president, a chancellor one before a finance minister.
  if (HEADS[family] !== undefined && t.families.slice(1).every((f) => HEADS[f] === undefined)) return { kind: 'head', family };
  return undefined;
}

/** French adjectives that make a portfolio another (« du Commerce international », « des Affaires intérieures »). */
const PORTFOLIO_QUALIFIER =
  /^(?:international|extérieur|intérieur|public|publique|national|numérique|durable|social|sociaux|économique|étranger|étrangère|régional|local|rural|supérieur|industriel|commercial|solidaire|écologique|énergétique|agricole|minéral|culturel|maritime|civil|militaire|territorial)(?:e|le)?s?$/u;

/**
 * Where a title names its portfolio, relative to `saidAt.start`: before an English office ("Public Health" in
 * "Public Health Minister"), after a French one past one adjective (« de la Défense » in « ministre malien de la
 * Défense »). English "Minister of Finance" is read as well, for the other version's sake.
 */
function portfolioWords(t: TitledName, lang: TitleLang): { start: number; end: number; text: string; after: boolean } | undefined {
  const said = t.said;
  const office = t.title.text;
  if (lang === 'en') {
    if (said.endsWith(office) && said.length > office.length) {
      // The portfolio is the last words before the office: "Japanese Defence Minister", "Former Foreign Minister".
      const before = said.slice(0, said.length - office.length).replace(/[ \u00A0]+$/u, '');
      const words = before.split(/[ \u00A0]+/u);
      for (let i = 0; i < words.length; i++) {
        const text = words.slice(i).join(' ');
        if (portfolioNamed(text, lang) !== undefined) return { start: before.length - text.length, end: before.length, text, after: false };
      }
      return { start: 0, end: before.length, text: before, after: false };
    }
    const of = /^[ \u00A0]+(?:of|for)[ \u00A0]+(.+)$/u.exec(said.slice(office.length));
    if (said.startsWith(office) && of?.[1]) return { start: said.length - of[1].length, end: said.length, text: of[1], after: true };
    return undefined;
  }
  if (!said.startsWith(office)) return undefined;
  const m = /^((?:[ \u00A0]+\p{Ll}[\p{L}\p{M}-]{3,})?[ \u00A0]+)((?:de la|de l['’]|des|du|d['’])[ \u00A0]*\p{L}.*)$/u.exec(said.slice(office.length));
  if (!m?.[1] || !m[2]) return undefined;
  const start = office.length + m[1].length;
  // A word may follow the portfolio (« ministre des Affaires étrangères japonais », « ministre de la Santé samedi »): it
  // stays. Not an adjective of the portfolio's own (« du Commerce international »), which goes with it.
  const trailing = /[ \u00A0]+(\p{Ll}[\p{L}\p{M}-]+)$/u.exec(m[2]);
  if (portfolioNamed(m[2], lang) === undefined && trailing && !PORTFOLIO_QUALIFIER.test(trailing[1] ?? '') && portfolioNamed(m[2].slice(0, trailing.index), lang) !== undefined) {
    return { start, end: start + trailing.index, text: m[2].slice(0, trailing.index), after: true };
  }
  return { start, end: said.length, text: m[2], after: true };
}

/**
 * How `article` spells the words British and American English spell apart ("Defence", "Labour"): by the small
 * words it writes elsewhere, or both when it writes none or both kinds.
 */
function spellings(prose: string): Array<'gb' | 'us'> {
  const gb = /\b(?:defence|labour|centre|centres|favour|honour|colour|neighbour|neighbours|programme|programmes)\b/u.test(prose);
  const us = /\b(?:defense|labor|center|centers|favor|honor|color|neighbor|neighbors)\b/u.test(prose);
  return gb === us ? ['gb', 'us'] : gb ? ['gb'] : ['us'];
}

/** A story of Britain, where the interior's secretary is the Home Secretary. */
const BRITISH = /\b(?:Britain|British|UK|United Kingdom|England|English|London|Westminster|Downing Street)\b/u;

/** A story of India, whose interior minister is the Home Minister. */
const INDIAN = /\b(?:India|New Delhi|Lok Sabha|BJP)\b|\bIndian\b(?![ \u00A0](?:Ocean|Wells|Premier))/u;

function englishPortfolio(id: string, office: string, prose: string): string[] {
  // A British secretary of state for the interior is the Home Secretary; the Philippines' is its Interior Secretary.
  if (id === 'interior' && foldKey(office) === 'secretary' && BRITISH.test(prose)) return ['Home'];
  // India's and South Africa's are "Home Minister" and "Home Affairs Minister": as the article calls the ministry elsewhere, or India's.
  if (id === 'interior' && /\bHome Affairs\b/u.test(prose)) return ['Home Affairs'];
  if (id === 'interior' && (/\b[Hh]ome (?:[Mm]inister|[Mm]inistry)\b/u.test(prose) || INDIAN.test(prose))) return ['Home'];
  // Canada's is the Public Safety Minister (Quebec's the Public Security Minister): as the article says it elsewhere, or Canada's.
  const safety = /\b[Pp]ublic [Ss]afety\b/u.test(prose) || (!/\b[Pp]ublic [Ss]ecurity\b|\bQu[eé]bec\b/u.test(prose) && /\b(?:Canada|Canadian|Ottawa)\b/u.test(prose));
  if (id === 'publicSecurity' && safety) return ['Public Safety'];
  if (id === 'defence') return spellings(prose).map((s) => (s === 'gb' ? 'Defence' : 'Defense'));
  if (id === 'labour') return spellings(prose).map((s) => (s === 'gb' ? 'Labour' : 'Labor'));
  const names = PORTFOLIO_NAMES.find((p) => p.id === id)?.en;
  return names?.[0] !== undefined ? [names[0]] : [];
}

/** A portfolio after "Minister of": "Foreign Affairs", "the Interior", "Finance". */
function englishPortfolioAfterOf(id: string, prose: string): string[] {
  if (id === 'foreign') return ['Foreign Affairs'];
  if (id === 'interior') return ['the Interior'];
  if (id === 'economy') return ['the Economy'];
  return englishPortfolio(id, 'Minister', prose);
}

/** French: the complement as the article writes its apostrophes and capitals (« de la défense » in small letters if it does). */
function frenchPortfolio(id: string, prose: string, small: boolean): string | undefined {
  const name = PORTFOLIO_NAMES.find((p) => p.id === id)?.fr[0];
  if (name === undefined) return undefined;
  const apostrophe = apostropheOf(prose);
  const text = name.replace(/’/gu, apostrophe);
  return small ? text.toLowerCase() : text;
}

/** Whether a French title is said of a woman: its own word says so, or the word before it (« la ministre », « sa présidente »). */
function feminine(t: TitledName, prose: string): boolean {
  if (/^(?:présidente|vice-présidente|première|chancelière|gouverneure|sénatrice|reine|secrétaire générale)/iu.test(t.title.text)) return true;
  const before = prose.slice(Math.max(0, t.saidAt.start - 30), t.saidAt.start);
  return /(?:^|[^\p{L}])(?:la|sa|cette|une|Mme|l['’](?:ancienne|actuelle|ex-))[ \u00A0]+(?:(?:nouvelle|future|ancienne|actuelle|ex-)[ \u00A0-]*)?$/iu.test(before);
}

/** English words in small letters when the title they replace was ("the finance minister"). */
function caseLike(text: string, like: string): string {
  return /^\p{Ll}/u.test(like) ? text.toLowerCase() : text;
}

/**
 * The words that would give `x` (in its article's `prose`, in `lang`) the office `y` names in the other
 * version: each a replacement for `x.saidAt` in `prose`. Empty when either title is not said the plain way.
 */
export function titleRewrites(x: TitledName, lang: string, prose: string, y: TitledName, otherLang: string): string[] {
  const [l, ol] = [lang.toLowerCase().split(/[-_]/u)[0], otherLang.toLowerCase().split(/[-_]/u)[0]];
  if ((l !== 'en' && l !== 'fr') || (ol !== 'en' && ol !== 'fr')) return [];
  const mine = officeOf(x, l);
  const theirs = officeOf(y, ol);
  if (!mine || !theirs || (mine.kind === 'rank') !== (theirs.kind === 'rank')) return [];
  // « président du Cnes » heads an agency: a minister made "President" alone would be head of state, and
  // « ministre de la Recherche du Cnes » says nothing.
  if ((mine.kind === 'minister' && theirs.kind === 'head' && y.ofBody === true) || (theirs.kind === 'minister' && mine.kind === 'head' && x.ofBody === true)) return [];
  const out = rewrites(x, l, prose, mine, theirs);
  // Nothing to offer when the words would not change.
  return [...new Set(out)].filter((s) => s !== x.said);
}

function rewrites(x: TitledName, l: TitleLang, prose: string, mine: Office, theirs: Office): string[] {
  if (theirs.kind === 'rank') {
    const abbreviated = x.title.text.endsWith('.');
    const word = rankTitle(theirs.family, theirs.grade, l, abbreviated);
    // A grade this language has no word for is said by its family's plain word.
    const plain = word ?? rankTitle(theirs.family, undefined, l, abbreviated);
    if (plain === undefined || x.saidAt.end - x.saidAt.start !== x.title.text.length) return [];
    // Hyphenated as the article hyphenates it elsewhere ("Lieutenant-Colonel", yy02).
    const hyphenated = plain.replace(/ /gu, '-');
    return [hyphenated !== plain && prose.includes(hyphenated) ? hyphenated : plain];
  }
  // Where this title names its portfolio: the words around it stay.
  const where = mine.kind === 'minister' ? portfolioWords(x, l) : undefined;
  if (mine.kind === 'minister' && where === undefined) return [];
  if (l === 'en') {
    if (theirs.kind === 'head') {
      const listed = HEADS[theirs.family]?.[0];
      if (listed === undefined) return [];
      // Hyphenated as the article hyphenates it elsewhere ("European Commission Vice-President").
      const head = listed.includes(' ') && new RegExp(`\\b${listed.replace(/ /gu, '-')}\\b`, 'iu').test(prose) ? listed.replace(/ /gu, '-') : listed;
      // "Former Foreign Minister" becomes "Former Prime Minister".
      if (where !== undefined && !where.after) return [`${x.said.slice(0, where.start)}${caseLike(head, where.text)}`];
      // The body a president heads stays: "European Commission President" becomes "European Commission Vice-President".
      const bodyBefore = x.body !== undefined && x.said.endsWith(x.title.text) ? x.said.slice(0, x.said.length - x.title.text.length) : '';
      return [`${bodyBefore}${caseLike(head, bodyBefore === '' ? x.said : x.title.text)}`];
    }
    const office = mine.kind === 'minister' ? x.title.text : 'Minister';
    if (where === undefined) return englishPortfolio(theirs.portfolio, office, prose).map((p) => caseLike(`${p} ${office}`, x.said));
    // "Minister of Finance": the portfolio after the office is said as it is after "of" ("of Foreign Affairs").
    const names = where.after ? englishPortfolioAfterOf(theirs.portfolio, prose) : englishPortfolio(theirs.portfolio, office, prose);
    return names.map((p) => `${x.said.slice(0, where.start)}${caseLike(p, where.text)}${x.said.slice(where.end)}`);
  }
  if (theirs.kind === 'head') {
    const head = HEADS[theirs.family];
    if (!head) return [];
    let word = feminine(x, prose) ? head[2] : head[1];
    // « premier ministre » in small letters where the article writes it so.
    if (theirs.family === 'primeMinister' && /(?<![\p{L}])premi(?:er|ère) ministre/u.test(prose) && !/(?<![\p{L}])Premi(?:er|ère) ministre/u.test(prose)) word = word.toLowerCase();
    // An adjective after a minister stays with the new office, before or after the portfolio: « ministre japonaise des
    // Affaires étrangères » becomes « Première ministre japonaise », « ministre des Finances malaisien » « Premier ministre malaisien ».
    const adjective = where !== undefined ? x.said.slice(x.title.text.length, where.start).replace(/[ \u00A0]+$/u, '') : '';
    // The body a president heads stays: « président de la Commission européenne » becomes « vice-président de la Commission européenne ».
    const bodyAfter = where === undefined && x.body !== undefined && x.said.startsWith(x.title.text) ? x.said.slice(x.title.text.length) : '';
    return [`${word}${adjective}${where !== undefined ? x.said.slice(where.end) : bodyAfter}`];
  }
  if (where !== undefined) {
    const small = /^(?:de la|de l['’]|des|du|d['’])[ \u00A0]*\p{Ll}/u.test(where.text);
    const name = frenchPortfolio(theirs.portfolio, prose, small);
    return name === undefined ? [] : [`${x.said.slice(0, where.start)}${name}${x.said.slice(where.end)}`];
  }
  const name = frenchPortfolio(theirs.portfolio, prose, false);
  return name === undefined ? [] : [`ministre ${name}`];
}
