import { foldKey } from '../entities/fold';
import { FORMER_WORDS, titleWordEnding, titleWords } from '../entities/titleVocabulary';
import { countriesIn } from './countries';
import { isFirstName } from './firstNames';
import { wordStartSearch, type WordStartSearch } from '../wordStarts';
import { institutionWord } from './otherPerson';
import { NOT_HOLDERS, officeConnective, officeLeadIn, officeVerbs, VERB_OFFICES } from './officeVerbs';
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
  /** The title with the portfolio it names, for messages ("Finance Minister", « ministre de l’Économie »). */
  said: string;
  /** Where `said` stands: what a fix rewrites. */
  saidAt: { start: number; end: number };
  /** What the title is: one family, or several for a title that is two offices (« PDG »). */
  families: readonly string[];
  /** A rank's grade, when the words say it ("Brigadier General", « général de division »). */
  grade?: string;
  /** A minister's portfolio, when the words say it ("Finance Minister", « ministre de l’Économie »): finance, foreign… */
  portfolio?: readonly string[];
  /** Said of the past: "former Prime Minister", « l’ancien président », « ex-ministre », "served as". */
  former: boolean;
  /** Said with a verb ("served as governor", « a été nommé ministre »), not beside the name: compared only with offices said so. */
  withVerb?: boolean;
  /** The office heads a body the words name (« le président du Cnes », "chairman of the Fed"), not a state: no head of state's title fits. */
  ofBody?: boolean;
  /** Which of the bodies both languages name alike a president heads, where the words say it ("European Council President", « présidente de la Commission européenne »). */
  body?: string;
}

/** Portfolios by the words that name them in either language, folded. */
const PORTFOLIOS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:financ\w*|econom\w*|treasury|treasurer|tresor)\b/u, 'finance'],
  // A budget minister is another office in many francophone governments (« ministre du Budget » beside « ministre des Finances »).
  [/\b(?:budget\w*|comptes publics|public accounts)\b/u, 'budget'],
  [/\b(?:foreign|affaires etrangeres|exterieur\w*|external affairs|external relations)\b/u, 'foreign'],
  // A British Home Secretary, an Indian Home Minister: the interior.
  [/\b(?:interior|interieur|home affairs|home)\b/u, 'interior'],
  [/\b(?:defen[cs]e|armees|armed forces)\b/u, 'defence'],
  [/\b(?:justice|attorney[ -]general)\b/u, 'justice'],
  [/\b(?:health|sante)\b/u, 'health'],
  [/\b(?:education\w*|schools?|ecoles?|enseignement\w*|universit\w*)\b/u, 'education'],
  // Infrastructure and public works are transport's in most governments (Italy's, Ukraine's): one portfolio.
  [/\b(?:transports?|transportation|infrastructures?|public works|travaux publics)\b/u, 'transport'],
  // Canada's public safety minister, Greece's minister for citizen protection (its police): « la Sécurité publique ».
  [/\b(?:public security|public safety|securite publique|security|securite|citizen protection|protection du citoyen)\b/u, 'security'],
  // « ministre de la Protection civile » is Canada's minister of emergency preparedness, and Greece's of civil protection.
  [/\b(?:civil protection|protection civile|emergency preparedness|emergency management)\b/u, 'civilProtection'],
  [/\b(?:environment\w*|environnement|ecolog\w*|climat\w*)\b/u, 'environment'],
  [/\bagricultur\w*\b/u, 'agriculture'],
  [/\b(?:energ\w*|mines?|petrole|oil)\b/u, 'energy'],
  [/\b(?:lands?|terres|natural resources|ressources naturelles|forestry|forets)\b/u, 'lands'],
  [/\b(?:labou?r|employment|travail|emploi)\b/u, 'labour'],
  [/\b(?:immigration|migration|migrants?)\b/u, 'immigration'],
  [/\bcultur\w*\b/u, 'culture'],
  [/\bsports?\b/u, 'sport'],
  [/\b(?:communication\w*|information|digital|numerique)\b/u, 'communication'],
  [/\b(?:commerce|trade)\b/u, 'trade'],
  [/\bindustr\w*\b/u, 'industry'],
  [/\b(?:housing|logement)\b/u, 'housing'],
  [/\b(?:irrigation|water resources|ressources en eau|ressources hydriques)\b/u, 'water'],
  [/\b(?:competition|concurrence)\b/u, 'competition'],
  // France's « ministre de la Mer », a maritime or fisheries minister (fisheries may also be agriculture's: « l'Agriculture et la Pêche »).
  [/\b(?:mer|sea|seas|maritime|marine|fisheries|fishing|peche|peches|oceans?)\b/u, 'sea'],
  // Germany's research ministry, France's « ministre de l’Enseignement supérieur et de la Recherche » (education too).
  [/\b(?:research|recherche|sciences?)\b/u, 'research'],
  [/\b(?:national development|developpement national)\b/u, 'nationalDevelopment'],
  [/\b(?:state|etat)\b/u, 'state'],
  [/\b(?:tourism|tourisme)\b/u, 'tourism'],
  // India's and Nigeria's civil aviation ministers hold a portfolio of their own: « ministre de l’Aviation civile ».
  [/\baviation\b/u, 'aviation'],
  [/\b(?:youth|jeunesse)\b/u, 'youth'],
  [/\b(?:veterans?|anciens combattants)\b/u, 'veterans'],
  // « ministre du Plan » is Pakistan's and France's planning minister.
  [/\b(?:planning|planification|plan)\b/u, 'planning'],
];

/** The portfolios named in folded words. */
function portfoliosIn(folded: string): string[] {
  return PORTFOLIOS.filter(([re]) => re.test(folded)).map(([, key]) => key);
}

/**
 * Bodies whose presidents a translation confuses, by the words that name them in either language, folded: the
 * European Council's (Charles Michel) is not the Commission's (Ursula von der Leyen) nor the Parliament's.
 */
const BODIES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:european commission|commission europeenne)\b/u, 'europeanCommission'],
  [/\b(?:european council|conseil europeen)\b/u, 'europeanCouncil'],
  [/\b(?:european parliament|parlement europeen)\b/u, 'europeanParliament'],
  [/\b(?:european central bank|banque centrale europeenne|ecb|bce)\b/u, 'ecb'],
  [/\b(?:world bank|banque mondiale)\b/u, 'worldBank'],
  [/\b(?:general assembly|assemblee generale)\b/u, 'generalAssembly'],
  [/\b(?:security council|conseil de securite)\b/u, 'securityCouncil'],
];

function bodyIn(folded: string): string | undefined {
  const found = BODIES.filter(([re]) => re.test(folded));
  return found.length === 1 ? found[0]?.[1] : undefined;
}

type Row = [words: string, ...families: string[]];

/** Offices the entity list's vocabulary leaves out, because a listed person's title is never one of them. */
const MORE_OFFICES: Readonly<Record<string, readonly Row[]>> = {
  en: [
    ['Minister|Ministers', 'minister'],
    // A province's premier, or a German state's (« ministre-président »): "Bavarian Premier Markus Söder".
    ['Premier', 'primeMinister', 'ministerPresident'],
    // Scotland's, Wales's and Northern Ireland's head of government: « le Premier ministre écossais » in French copy.
    ['First Minister', 'primeMinister'],
    // Ireland's prime minister and his deputy.
    ['Taoiseach', 'primeMinister'],
    // Australia's finance minister: "Treasurer Jim Chalmers" / « le ministre des Finances, Jim Chalmers ».
    ['Treasurer', 'minister'],
    ['Tánaiste|Tanaiste', 'deputy primeMinister'],
    ['Chairman|Chairwoman|Chairperson|Chair', 'president'],
    ['Vice Chairman|Vice-Chairman|Vice Chair|Vice-Chair', 'vicePresident'],
    ['General Secretary', 'secretaryGeneral'],
    // Japan's Chief Cabinet Secretary, a minister, is « le secrétaire général du gouvernement » in French copy.
    ['Cabinet Secretary|Chief Cabinet Secretary', 'secretary', 'minister', 'secretaryGeneral'],
    ['Minister-President', 'ministerPresident'],
    // A Swiss federal councillor heads a department: English copy calls him its minister.
    ['Federal Councillor|Federal Councilor', 'federalCouncillor', 'minister'],
    ['Coach|Head Coach|Manager', 'coach'],
    ['Sporting Director|Director of Football', 'sportingDirector'],
    // A British secretary of state is a minister: « le ministre des Affaires étrangères » for the Foreign Secretary.
    ['Secretary', 'secretary', 'minister'],
    // Britain's Chancellor of the Exchequer is its finance minister: « la ministre des Finances, Rachel Reeves ».
    ['Chancellor|Chancellor of the Exchequer', 'minister'],
    ['Director General|Director-General|Chief Executive|CEO|General Manager|Managing Director', 'directorGeneral'],
    ['Ambassador', 'ambassador'],
    // A government's envoy holds no ministry: "climate envoy John Kerry" / « l’émissaire pour le climat ».
    ['Envoy|Special Envoy', 'envoy'],
    // An agency's head: "NASA Administrator Bill Nelson" / « l’administrateur de la NASA ».
    ['Administrator', 'administrator'],
    ['Music Director|Musical Director', 'musicDirector'],
    // "Justice Sisi Khampepe" is a judge; a chief justice presides over the court (« le président de la Cour suprême »).
    // A French court's presiding judge is its « président » (« le président Périès »).
    ['Judge|Justice', 'judge', 'president'],
    ['Chief Justice', 'chiefJustice', 'president'],
    ['Chief Financial Officer|CFO|Finance Director', 'financeDirector'],
    ['Chief Operating Officer|COO', 'operationsDirector'],
    ['Prosecutor', 'prosecutor'],
    // The United States' justice minister (« le ministre de la Justice »), a prosecutor general elsewhere (« le procureur général »).
    ['Attorney General|Attorney-General', 'minister', 'attorneyGeneral', 'prosecutor'],
    // A police force's head, « le chef de la police » or, in France and Belgium, a « commissaire ».
    // A US chamber's party leaders: « le chef de la majorité au Sénat ».
    ['Majority Leader|Senate Majority Leader|House Majority Leader', 'majorityLeader'],
    ['Minority Leader|Senate Minority Leader|House Minority Leader', 'minorityLeader'],
    // Australia's state forces are headed by a chief commissioner ("Police Chief Commissioner Christine Nixon" / « la cheffe de la police »).
    ['Police Chief|Chief of Police|Police Commissioner|Chief Commissioner|Police Chief Commissioner|Chief Police Commissioner', 'policeChief', 'commissioner'],
    ['Inspector|Insp.|Detective Inspector', 'inspector'],
    // A British chief inspector's French counterpart is a « commissaire ».
    ['Chief Inspector|Detective Chief Inspector|Chief Superintendent|Superintendent', 'inspector', 'commissioner'],
    // A European or police commissioner, a UN high commissioner: « le commissaire européen », « le haut-commissaire ».
    ['Commissioner|High Commissioner', 'commissioner'],
    ['Emir', 'emir'],
    ['Emperor|Empress', 'emperor'],
    ['Registrar|Court Clerk|Clerk of the Court', 'clerk'],
    ['Provost', 'provost'],
    ['Prefect', 'prefect'],
    ['Prince|Princess|Crown Prince', 'prince'],
    // A president's wife holds no office, but a version that calls her one says another thing (vn08).
    ['First Lady|first lady', 'firstLady'],
    // A member of the US House: « la représentante démocrate ».
    ['Representative|Rep.|Congressman|Congresswoman', 'representative'],
    // The churches' ranks: a cardinal is no archbishop's title, though many are both ("Cardinal Mario Grech" / « l’archevêque »).
    ['Pope', 'pope'],
    ['Cardinal', 'cardinal'],
    ['Archbishop', 'archbishop'],
    ['Bishop', 'bishop'],
    ['Patriarch', 'patriarch'],
    ['Imam', 'imam'],
    ['Rabbi|Chief Rabbi', 'rabbi'],
  ],
  fr: [
    ['ministre|ministres', 'minister'],
    // Spain's and Italy's heads of government.
    ['président du gouvernement|présidente du gouvernement', 'primeMinister'],
    // A region's: « président du gouvernement régional des Canaries » is "the president of the Canary Islands regional government".
    ['président du gouvernement régional|présidente du gouvernement régional|président du gouvernement autonome|présidente du gouvernement autonome|président du gouvernement provincial|présidente du gouvernement provincial', 'president'],
    // Italy's head of government, or the European Council's president.
    ['président du Conseil|présidente du Conseil', 'primeMinister', 'president'],
    ['ministre-président|ministre-présidente', 'ministerPresident'],
    ['chef de la majorité|cheffe de la majorité|leader de la majorité', 'majorityLeader'],
    ['chef de la minorité|cheffe de la minorité|leader de la minorité', 'minorityLeader'],
    // Britain's Chancellor of the Exchequer, its finance minister (ye04).
    ['chancelier de l’Échiquier|chancelière de l’Échiquier|chancelier de l\'Échiquier|chancelière de l\'Échiquier', 'minister'],
    ['conseiller fédéral|conseillère fédérale', 'federalCouncillor', 'minister'],
    ['entraîneur|entraîneuse|entraîneur-chef|sélectionneur|sélectionneuse', 'coach'],
    ['directeur sportif|directrice sportive', 'sportingDirector'],
    ['secrétaire', 'secretary'],
    // A French secrétaire d’État is a junior minister: "a justice minister" in English copy.
    ['secrétaire d’État|secrétaire d\'État', 'secretary', 'minister'],
    ['directeur général|directrice générale', 'directorGeneral'],
    ['PDG', 'directorGeneral', 'president'],
    // A company's chief executive: « président exécutif », « président-directeur général ».
    ['président exécutif|présidente exécutive|président-directeur général|présidente-directrice générale', 'directorGeneral', 'president'],
    // A German or Dutch company's management board: its chairman is the chief executive.
    ['président du directoire|présidente du directoire', 'directorGeneral', 'president'],
    ['ambassadeur|ambassadrice', 'ambassador'],
    ['émissaire|envoyé spécial|envoyée spéciale', 'envoy'],
    ['administrateur|administratrice', 'administrator'],
    // An Italian or Belgian company's chief executive: "Eni chief executive Claudio Descalzi" / « l’administrateur délégué d’Eni ».
    ['administrateur délégué|administratrice déléguée', 'directorGeneral'],
    ['directeur musical|directrice musicale', 'musicDirector'],
    ['juge', 'judge'],
    ['juge en chef', 'chiefJustice', 'president'],
    // An airliner's captain, no major: « le commandant de bord Sumeet Sabharwal ».
    ['commandant de bord|commandante de bord', 'captain'],
    ['directeur financier|directrice financière', 'financeDirector'],
    ['directeur des opérations|directrice des opérations', 'operationsDirector'],
    ['procureur|procureure', 'prosecutor'],
    // Haiti's, Morocco's, Algeria's police chief: « le directeur général de la police ».
    ['chef de la police|cheffe de la police|directeur général de la police|directrice générale de la police|directeur de la police|directrice de la police', 'policeChief'],
    ['inspecteur|inspectrice|inspecteur principal|inspectrice principale', 'inspector'],
    ['commissaire|haut-commissaire|haute-commissaire', 'commissioner'],
    ['émir', 'emir'],
    ['empereur|impératrice', 'emperor'],
    ['greffier|greffière|greffier en chef|greffière en chef', 'clerk'],
    ['prévôt|prévôte', 'provost'],
    // Belgium's and Luxembourg's mayor.
    ['bourgmestre', 'mayor'],
    ['préfet|préfète', 'prefect'],
    ['prince|princesse|prince héritier', 'prince'],
    ['première dame|Première dame', 'firstLady'],
    ['représentant|représentante', 'representative'],
    ['pape', 'pope'],
    ['cardinal', 'cardinal'],
    ['archevêque', 'archbishop'],
    ['évêque', 'bishop'],
    ['patriarche', 'patriarch'],
    ['imam', 'imam'],
    ['rabbin|grand rabbin', 'rabbi'],
  ],
};

/** Words before a title that make it another office: "junior minister", "shadow chancellor" ("former" and the like are FORMER_WORDS). An outgoing or acting president is a president. */
const QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  en: ['junior', 'shadow'],
  fr: [],
};

/** Words that make a title the second of its kind: "Deputy Director-General", "assistant coach", « entraîneur adjoint ». */
const DEPUTY = /\b(?:deputy|assistante?|adjointe?)\b/u;

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}’'-]*\\p{L}";
const PARTICLE = "(?:de |du |van |von |der |al-|el-|ben |bin |ould |dos |da |di |le |la |ag |wa )";
/** One to four capitalised words, with the particles names carry, after initials if any ("C.P. Radhakrishnan"). */
const NAME = `(?:\\p{Lu}\\.(?:[ \\u00A0]?\\p{Lu}\\.){0,2}[ \\u00A0]+)?${NAME_WORD}(?:[ \\u00A0]+${PARTICLE}?${NAME_WORD}){0,3}`;
/**
 * A prince's or a sheikh's style between an office and its holder: "Sports Minister Prince Abdulaziz bin Turki",
 * « le ministre de la Culture, le prince Badr ben Abdallah ». The office is read with the name after it, and the style on its own.
 */
const STYLE_BEFORE_NAME: Readonly<Record<'en' | 'fr', string>> = {
  en: '(?:Crown[ \\u00A0]+)?(?:Prince|Princess|Sheikh|Sheikha)',
  fr: "(?:(?:le|la)[ \\u00A0]+)?(?:prince|princesse|cheikh|cheikha)(?:[ \\u00A0]+héritier)?",
};
/**
 * What French puts between an office and its holder: « de l’Économie », « des Affaires étrangères et de la Coopération »,
 * « de l’Énergie, du Pétrole et des Mines », « de la Recording Academy, » (a name of several words, before the comma), « par intérim ».
 */
/** The small word a portfolio's name goes on with (« des Affaires étrangères », « de la Santé publique »); no other, as a verb may follow. */
const PORTFOLIO_ADJECTIVE = "(?:[ \\u00A0]+(?:étrangères|extérieures|publiques?|nationales?|sociales?|écologique|numérique|intérieure|territoriale|solidaire|supérieur|scientifique|climatique|civile|durable|économique|énergétique|professionnelle|sanitaire|humanitaire)(?![\\p{L}\\p{M}]))?";
// A particle is a whole word ("des Mines" is no "de" before "s Mines").
const FR_COMPLEMENT = `(?:[ \\u00A0]+(?:(?:de la|de|des|du|au|aux|à la|chargée? de|chargée? des)(?![\\p{L}])|de l['’]|à l['’]|d['’])[ \\u00A0]*(?!(?:la|le|les)[ \\u00A0])[\\p{L}\\p{M}’'-]+${PORTFOLIO_ADJECTIVE}(?:(?:[ \\u00A0]+\\p{Lu}[\\p{L}\\p{M}’'-]+){1,3}(?=,))?(?:,?[ \\u00A0]+(?:et[ \\u00A0]+)?(?:(?:de|des|du)(?![\\p{L}])|d['’])[ \\u00A0]*(?:l['’]|la )?[\\p{L}\\p{M}’'-]+${PORTFOLIO_ADJECTIVE}){0,3})?(?:[ \\u00A0]+par[ \\u00A0]+intérim)?`;
/** Small words that end a portfolio in small letters: what follows is the sentence ("minister of culture since 2020"). */
const EN_NOT_PORTFOLIO = "(?:the|a|an|his|her|its|their|since|until|in|at|on|from|to|who|which|that|with|for|of|by|was|is|has|had|and|or|but|when|after|before|during|between)(?![\\p{L}\\p{M}])";
// A portfolio in small letters too, as papers write it after a name: "Paul Kabuswe, minister of mines and minerals development".
const EN_COMPLEMENT = `(?:[ \\u00A0]+(?:of(?: the)?|for)[ \\u00A0]+(?:\\p{Lu}[\\p{L}\\p{M}’'-]+(?:[ \\u00A0]+\\p{Lu}[\\p{L}\\p{M}’'-]+){0,2}|(?!${EN_NOT_PORTFOLIO})\\p{Ll}[\\p{L}\\p{M}’'-]+(?:[ \\u00A0]+(?:and[ \\u00A0]+)?(?!${EN_NOT_PORTFOLIO})\\p{Ll}[\\p{L}\\p{M}’'-]+){0,2}))?`;

/** A title word with or without its accents and capitals ("président", "Président", "PRÉSIDENT"); in English, with its capital. */
function loosely(word: string, lang: string): string {
  let out = '';
  let first = true;
  for (const c of word.toLowerCase()) {
    // English capitalises a rank before a name ("Gen. Goïta"): "general" in small letters is another word.
    // Offices AP writes in small letters ("coach Sam Cane", "prime minister Keir Starmer") may be either.
    if (first && lang === 'en' && /[a-z]/u.test(c) && !SMALL_OFFICES.has(word.toLowerCase())) {
      out += c.toUpperCase();
      first = false;
      continue;
    }
    // French writes titles in small letters (« le pape François », « le général Tiani »): « Pape » is a Senegalese first name.
    // « Premier ministre » and « PDG » are the exceptions.
    if (first && lang === 'fr' && /[a-z]/u.test(c) && !/^(?:premier|premiere|première|pdg)\b/u.test(word.toLowerCase())) {
      out += c === 'e' ? '[eéèê]' : c;
      first = false;
      continue;
    }
    first = false;
    if (c === ' ') out += '[ \\u00A0-]+';
    else if (c === 'e') out += '[eéèêEÉÈÊ]';
    else if (/[a-z]/u.test(c)) out += `[${c}${c.toUpperCase()}]`;
    else if (c !== c.toUpperCase()) out += `[${c}${c.toUpperCase()}]`; // « d’État »: accented letters in either case too
    else out += c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  }
  return out;
}

/** English offices read in small letters too. */
const SMALL_OFFICES = new Set(['secretary', 'cabinet secretary', 'chief cabinet secretary', 'envoy', 'special envoy', 'coach', 'head coach', 'manager', 'sporting director', 'director of football', 'general manager', 'managing director', 'chairperson', 'captain', 'chairman', 'chairwoman', 'chief executive', 'director general', 'director-general', 'minister', 'prime minister', 'first minister', 'premier', 'mayor', 'president', 'vice president', 'governor', 'ambassador', 'general secretary', 'secretary general', 'secretary-general', 'chief financial officer', 'finance director', 'chief operating officer', 'commissioner', 'high commissioner', 'prosecutor', 'police chief', 'chief of police', 'police commissioner', 'registrar', 'provost']);

/** One small word that qualifies the office: « le président sénégalais, Bassirou Diomaye Faye », « le ministre français de l’Économie ». */
const ADJECTIVE = "(?:[ \\u00A0]+(?!(?:de|des|du|devant|avant|après|depuis|pendant|contre|entre|selon|chez|sous|sans|pour|avec|dans|vers|puis|mais|donc|lors) |d['’])\\p{Ll}[\\p{L}\\p{M}-]{3,})?";

interface Compiled {
  search: WordStartSearch;
  appositive: RegExp;
  families: ReadonlyMap<string, readonly string[]>;
  grades: ReadonlyMap<string, string>;
  /** The title words as the vocabulary writes them, in small letters: « juge », not the participle « jugé ». */
  spelt: ReadonlySet<string>;
  /** The folded words of ranks. */
  ranks: ReadonlySet<string>;
  /** An office said with a verb ("served as governor"), or after a name and "as" ("appointed Chrystia Freeland as finance minister"). */
  predicate: RegExp;
  /** Each verb of `predicate`, anchored, and whether it says the office is over. */
  verbs: ReadonlyArray<{ re: RegExp; former: boolean }>;
}

const compiled = new Map<string, Compiled>();

function compile(lang: string): Compiled {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const families = new Map<string, string[]>();
  const grades = new Map<string, string>();
  const add = (word: string, family: string): void => {
    const key = foldKey(word);
    const list = families.get(key) ?? [];
    if (!list.includes(family)) list.push(family);
    families.set(key, list);
  };
  for (const w of titleWords(lang)) {
    add(w.key, w.family);
    if (w.grade !== undefined) grades.set(w.key, w.grade);
  }
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
  // Only French puts adjectives between an office and its holder (« le président sénégalais, X »): in English
  // a word there is the sentence going on ("sworn in as prime minister before Prince Philippe").
  const adjective = lang === 'fr' ? ADJECTIVE : '';
  const search = wordStartSearch(new RegExp(`(${pattern})(?![\\p{L}\\p{M}])(${adjective}${complement}${adjective}${adjective}),?[ \\u00A0]+(?:${STYLE_BEFORE_NAME[lang === 'fr' ? 'fr' : 'en']}[ \\u00A0]+)?(${NAME})`, 'u'), written);
  // The title after the name, as an apposition: "Josef Aschbacher, the Director General of the ESA", « Yves Brahima Koné, directeur général du Conseil ».
  // English may name the body with a possessive first: "Margrethe Vestager, the Commission’s executive vice president".
  // English may say when the office came, as French does with its participle (« Rachel Reeves, nommée chancelière »):
  // "Rachel Reeves, appointed chancellor in July".
  const article = lang === 'fr' ? "(?:(?:le|la|son|sa|leur)[ \\u00A0]+|l['’])?" : "(?:(?:newly[ \\u00A0]+)?(?:appointed|named|elected|re-elected)[ \\u00A0]+)?(?:(?:the|a|an|its|their)[ \\u00A0]+)?(?:\\p{L}[\\p{L}\\p{M}.&-]*['’]s[ \\u00A0]+)?";
  // One word may come first ("the Czech prime minister", « l’ancien président »), up to three in English after an article
  // ("a former health minister", "the former German foreign minister"; not "who became Chancellor"), or a portfolio of
  // two ending in "affairs" or "relations" ("the foreign affairs minister"), or « ex- »; never "premier", which starts the title.
  // French may qualify the office before its body: « Margrethe Vestager, vice-présidente exécutive de la Commission ».
  const before = '(?:(?!premi)[\\p{L}\\p{M}]+[ \\u00A0]+(?:(?:affairs|relations)[ \\u00A0]+)?)';
  const wordsBefore = lang === 'fr' ? `${before}??` : `(?:(?<=(?:the|a|an|its|their)[ \\u00A0]+)${before}{0,3}?|${before}??)`;
  const appositive = new RegExp(`(${NAME}),[ \\u00A0]+${article}${wordsBefore}(?:ex-)?(${pattern})(?![\\p{L}\\p{M}]|-\\p{L})(${adjective}${complement})`, 'gu');
  // Spelt with its accents: « jugé » is a participle, « juge » a title; « présidente » the title, whatever the fold says.
  const spelt = new Set([...titleWords(lang).map((w) => w.written), ...(MORE_OFFICES[lang] ?? []).flatMap(([words]) => words.split('|'))].map((w) => w.toLowerCase()));
  // A rank after the name with what it commands is a post, not a rank (« Éric Lambert, commandant de la section de recherches »).
  const ranks = new Set(titleWords(lang).filter((w) => w.category === 'rank').map((w) => w.key));
  // After a verb the office is a common noun, in small letters in either language ("served as attorney general").
  const anyCase = written
    .filter((w) => VERB_OFFICES.has(foldKey(w)))
    .map((w) => (lang === 'fr' ? loosely(w, lang) : [...w.toLowerCase()].map((c) => (c === ' ' ? '[ \\u00A0-]+' : /\p{Ll}/u.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))).join('')))
    .join('|');
  const officeVerbList = officeVerbs(lang);
  const predicate = new RegExp(
    `(?<![\\p{L}\\p{M}])(?:(${officeVerbList.map((v) => v.source).join('|')})|(${officeConnective(lang) ?? '(?!)'}))[ \\u00A0]+${officeLeadIn(lang)}(${anyCase})(?![\\p{L}\\p{M}])(${adjective}${complement}${adjective})`,
    'gu',
  );
  const verbs = officeVerbList.map((v) => ({ re: new RegExp(`^(?:${v.source})$`, 'u'), former: v.former }));
    const out = { search, appositive, families, grades, spelt, ranks, predicate, verbs };
  compiled.set(lang, out);
  return out;
}

/** What may not stand right before a title: a letter, a digit, a dot or a hyphen ("vice-président", "Gen." in "Maj.Gen."). */
/** A body named after the office: « du Cnes », « de la Banque mondiale », "of the Federal Reserve"; not the state itself (« de la République », « de la Confédération »). */
const OF_BODY = /^[ \u00A0]+(?:du|de la|de l['’]|des|of(?: the)?)[ \u00A0]*(?!(?:République|Republic|Confédération|Confederation|Fédération|Federation|Nation|État|State)(?![\p{L}]))\p{Lu}/u;
/** Whether the words after an office name a body (« du Cnes »), not a country (« du Vanuatu »). */
function namesBody(after: string, lang: string): boolean {
  const m = OF_BODY.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length - 1);
  return !countriesIn(rest, { index: 0, start: 0, end: rest.length, kind: 'paragraph' }, lang).some((c) => c.start === 0 && !c.weak);
}

const TITLE_GLUED = /[\p{L}\p{M}\d.-]/u;

/** The titled names in `span` of `prose`. */
export function titledNames(prose: string, span: Span, lang: Lang): TitledName[] {
  const l = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  if (l !== 'en' && l !== 'fr') return [];
  const { search, appositive, families, grades, spelt, ranks, predicate, verbs } = compile(l);
  const text = prose.slice(0, span.end);
  const out: TitledName[] = [];
  let next = span.start;
  for (let m = search.exec(text, next); m !== null; m = search.exec(text, next)) {
    if (m.index > 0 && TITLE_GLUED.test(text.charAt(m.index - 1)) && !/(?:^|[^\p{L}])(?:vice|sous|ex|under)-$/iu.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      next = m.index + 1;
      continue;
    }
    const titleText = m[1] ?? '';
    const fams = families.get(foldKey(titleText));
    const nameText = m[3] ?? '';
    const nameStart = m.index + m[0].length - nameText.length;
    // Resume inside the name: it may hold the next title ("President Kagame" after "the envoy of"); or at the style before it ("Prince").
    const styleAt = m.index + (m[1] ?? '').length + (m[2] ?? '').length;
    next = /\p{L}/u.test(text.slice(styleAt, nameStart)) ? styleAt : nameStart;
    const how = fams ? qualified(text, m.index, l) : 'skip';
    if (!fams || how === 'skip') continue;
    // A title inside the name ("General Assembly President Philemon Yang") is the one that counts: it is read next.
    const words = nameText.split(/[ \u00A0]+/u);
    const last = (words[words.length - 1] ?? '').replace(/['’]s?$/u, '');
    // (The last word is the surname, whatever else it means: "Amy Pope", "Rishi King".)
    // A body's name is no holder's ("chief executive of Morgan Stanley International"): the office may be read after a name instead.
    if (last.length < 2 || institutionWord(last) || words.slice(0, -1).some((w) => families.has(foldKey(w)) && (l === 'en' || /^premi/iu.test(w)))) continue;
    // Nor is a company's one word after its letters ("chairman of CK Hutchison", « président du conseil de CK
    // Hutchison »); a person's name there has two ("l'administrateur de la NASA, Bill Nelson").
    if (words.length === 1 && /(?:^|[ \u00A0])\p{Lu}{2,}[ \u00A0]*$/u.test(m[2] ?? '')) continue;
    const office = { ...officeOf(text, l, m.index, titleText, m[2] ?? '', how, fams, grades), former: formerly(text, m.index, l) };
    const portfolio = office.portfolio ?? [];
    // "Deputy Governor", not "Governor": the qualifier is part of what the title says.
    const qualifier = how === 'deputy' ? /(?:adjointe?s?[ \u00A0]+(?:à la|au|aux|à l['’])[ \u00A0]*|(\p{L}+)(?:[ \u00A0]+|-))$/u.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null;
    const titleStart = qualifier ? m.index - qualifier[0].length : m.index;
    // A portfolio is part of what the title says: "Finance Minister", « ministre de l’Énergie, du Pétrole et des Mines ».
    // So is the body a president heads: "European Parliament President", « président du Conseil européen ».
    const portfolioBefore = (portfolio.length > 0 || office.body !== undefined) && l === 'en' ? wordsBefore(text, m.index) : '';
    const saidStart = Math.min(titleStart, m.index - portfolioBefore.length);
    // A French deputy says so after the office (« secrétaire général adjoint »): what the title says includes it.
    const adjoint = l === 'fr' ? /^.*?(?<![\p{L}])adjointe?(?![\p{L}])/u.exec(m[2] ?? '') : null;
    // An English portfolio after the office is said too: "Minister of Public Security" (not the first name the words run into).
    const ofPortfolio = l === 'en' && portfolio.length > 0 && /^[ \u00A0]+of[ \u00A0]/u.test(m[2] ?? '') ? (m[2] ?? '').replace(/[,\s]+$/u, '').replace(/(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}’'-]*)$/u, (w) => (isFirstName(w.trim()) ? '' : w)) : undefined;
    const saidEnd = m.index + titleText.length + (ofPortfolio !== undefined ? ofPortfolio.length : (portfolio.length > 0 || office.body !== undefined) && l === 'fr' ? (m[2] ?? '').replace(/[,\s]+$/u, '').length : (adjoint?.[0].length ?? 0));
    out.push({
      title: { start: titleStart, end: m.index + titleText.length, text: text.slice(titleStart, m.index + titleText.length) },
      said: text.slice(saidStart, saidEnd),
      saidAt: { start: saidStart, end: saidEnd },
      name: { start: nameStart, end: nameStart + nameText.length, text: nameText },
      surname: transliterationKey(last),
      ...office,
      ...(portfolio.length === 0 && namesBody(m[2] ?? '', l) ? { ofBody: true } : {}),
    });
  }
  // Titles after the name, for names that read as a person's (a first name first): "Yves Brahima Koné, président du Conseil".
  appositive.lastIndex = span.start;
  for (let m = appositive.exec(text); m !== null; m = appositive.exec(text)) {
    const nameText = m[1] ?? '';
    const titleText = m[2] ?? '';
    const titleAt = m.index + m[0].length - titleText.length - (m[3] ?? '').length;
    appositive.lastIndex = titleAt;
    if (m.index > 0 && TITLE_GLUED.test(text.charAt(m.index - 1))) continue;
    const words = nameText.split(/[ \u00A0]+/u);
    if (words.length < 2 || !isFirstName(words[0] ?? '')) continue;
    const fams = families.get(foldKey(titleText));
    // After the name, where a verb may stand (« Donald Tusk, a jugé »), the title must be spelt as titles are.
    if (!spelt.has(titleText.toLowerCase()) || (ranks.has(foldKey(titleText)) && /\S/u.test(m[3] ?? ''))) continue;
    const how = fams ? qualified(text, titleAt, l) : 'skip';
    // A name with a title before it may have another after it (« le général de brigade Hillary Kipkosgey, directeur
    // général par intérim »): a rank and an office, both read.
    if (!fams || how === 'skip' || out.some((t) => t.name.start === m.index && t.title.start === titleAt)) continue;
    // The title of the next name in a list, not this one's (« le bourgmestre Philippe Close, la greffière Anne Dupont »).
    if (out.some((t) => t.title.start === titleAt && t.name.start > titleAt && /^[ \u00A0]+$/u.test(text.slice(t.title.end, t.name.start)))) continue;
    const last = (words[words.length - 1] ?? '').replace(/['’]s?$/u, '');
    const office = officeOf(text, l, titleAt, titleText, m[3] ?? '', how, fams, grades);
    out.push({
      title: { start: titleAt, end: titleAt + titleText.length, text: titleText },
      ...saidWith(text, l, titleAt, titleText, m[3] ?? '', office.portfolio),
      name: { start: m.index, end: m.index + nameText.length, text: nameText },
      surname: transliterationKey(last),
      ...office,
      // "the former German foreign minister": "former" may stand a few words before the office.
      former: formerly(text, titleAt, l) || /(?<![\p{L}])(?:former|ex|onetime|one-time)(?![\p{L}])/iu.test(text.slice(m.index + nameText.length, titleAt)),
    });
  }
  // Offices said with a verb, their holder named before it: "Crist served as governor", « Salvador Illa, 58 ans, était ministre de la Santé ».
  predicate.lastIndex = span.start;
  for (let m = predicate.exec(text); m !== null; m = predicate.exec(text)) {
    const verb = m[1];
    const connective = m[2];
    let titleText = m[3] ?? '';
    const complement = m[4] ?? '';
    let titleAt = m.index + m[0].length - titleText.length - complement.length;
    // A reading refused is tried again one character on.
    predicate.lastIndex = m.index + 1;
    // "was appointed justice minister": the office is the last title word, the one before it its portfolio.
    const nextWord = /^[ \u00A0]+(\p{L}[\p{L}\p{M}-]*)(?![\p{L}\p{M}])/u.exec(text.slice(titleAt + titleText.length, titleAt + titleText.length + 40));
    if (complement === '' && nextWord?.[1] && families.has(foldKey(nextWord[1])) && nextWord[1] === nextWord[1].toLowerCase()) {
      titleAt += titleText.length + nextWord[0].length - nextWord[1].length;
      titleText = nextWord[1];
    }
    const end = titleAt + titleText.length + complement.length;
    // A title before a name is the first reading's ("became Prime Minister Keir Starmer's adviser").
    if (NAME_AFTER.test(text.slice(end, end + 40))) continue;
    // Another office may be joined to it ("becomes vice chancellor and minister for the economy"), which the other
    // version may name first (« devient ministre de l’Économie et vice-chancelier »): then neither is read.
    if (JOINED_AFTER.test(text.slice(end, end + 40))) continue;
    const read = predicateOffice(text, l, m.index, titleAt, titleText, complement, verb, connective !== undefined, span.start);
    if (!read) continue;
    predicate.lastIndex = titleAt;
    if (!out.some((t) => t.title.start === read.title.start)) out.push(read);
  }
  return out;

  /** An office said with a verb at `verbAt`, its title at `titleAt`: its holder, what it says, whether it is over. */
  function predicateOffice(text: string, l: string, verbAt: number, titleAt: number, titleText: string, complement: string, verb: string | undefined, afterName: boolean, from: number): TitledName | undefined {
    const fams = families.get(foldKey(titleText));
    if (!fams || (l === 'fr' && !spelt.has(titleText.toLowerCase()))) return undefined;
    const holder = holderBefore(text, verbAt, from, afterName, families);
    if (!holder) return undefined;
    const how = qualified(text, titleAt, l);
    if (how === 'skip') return undefined;
    const office = officeOf(text, l, titleAt, titleText, complement, how, fams, grades);
    const former = verb !== undefined && verbs.some((v) => v.former && v.re.test(verb.replace(/\s+/gu, ' ')));
    return {
      title: { start: titleAt, end: titleAt + titleText.length, text: titleText },
      ...saidWith(text, l, titleAt, titleText, complement, office.portfolio),
      name: holder,
      surname: transliterationKey((holder.text.split(/[ \u00A0]+/u).pop() ?? '').replace(/['’]s?$/u, '')),
      ...office,
      former: former || formerly(text, titleAt, l),
      withVerb: true,
    };
  }
}

/** Words after an office that may join another to it: "and minister…", « et ministre… », ", minister…". */
const JOINED_AFTER = /^(?:,|[ \u00A0]+(?:and|et))[ \u00A0]+(?:(?:the|a|an|le|la|les|l['’])[ \u00A0]*)?\p{Ll}/u;

/** A name right after a title: the title-before-name reading's. */
const NAME_AFTER = new RegExp(`^,?[ \\u00A0]+${NAME_WORD}`, 'u');

/** A title with the portfolio it names, for messages: "health minister" (the words before it), « ministre de la Santé » (after it). */
function saidWith(text: string, l: string, at: number, titleText: string, complement: string, portfolio: readonly string[] | undefined): Pick<TitledName, 'said' | 'saidAt'> {
  const [start, end] =
    portfolio === undefined
      ? [at, at + titleText.length]
      : l === 'fr'
        ? [at, at + titleText.length + complement.replace(/[,\s]+$/u, '').length]
        : // "minister of mines and minerals development": the portfolio after the office is said too.
          [at - wordsBefore(text, at).length, at + titleText.length + (/^[ \u00A0]+(?:of|for)[ \u00A0]/u.test(complement) ? complement.replace(/[,\s]+$/u, '').length : 0)];
  return { said: text.slice(start, end), saidAt: { start, end } };
}

const HOLDER = new RegExp(`(?<![\\p{L}\\p{M}’'-])(${NAME})$`, 'u');

/**
 * The person who holds an office said with a verb at `at`: the name right before it, past a parenthesis
 * ("Illa, 58, served as"; « Salvador Illa, 58 ans, était »), or right before "as" (`connective`: "appointed
 * Chrystia Freeland as"). Titles before the name are no part of it ("Health Minister Salvador Illa").
 */
function holderBefore(text: string, at: number, from: number, connective: boolean, families: ReadonlyMap<string, readonly string[]>): { start: number; end: number; text: string } | undefined {
  let before = text.slice(Math.max(from, at - 140), at).replace(/[ \u00A0]+$/u, '');
  if (!connective) {
    const aside = /,([^,.;:!?«»"“”()\n]{1,60}),$/u.exec(before);
    const inner = aside?.[1]?.trim() ?? '';
    // « Le président des Engagés, Maxime Prévot, a été nommé »: the words between commas are the holder's own name,
    // not an aside about him (", 58,"), when they are two to four capitalised words, none but the surname a title
    // or a body's word (Prévot is a surname, « prévôt » a title).
    const words = inner.split(/[ \u00A0]+/u);
    const named = HOLDER.exec(inner)?.[1] === inner && words.length >= 2 && words.length <= 4 && !words.slice(0, -1).some((w) => families.has(foldKey(w)) || institutionWord(w));
    if (aside) before = named ? before.slice(0, -1) : before.slice(0, aside.index);
  }
  const m = HOLDER.exec(before);
  if (!m?.[1]) return undefined;
  let words = m[1].split(/[ \u00A0]+/u);
  // A title before the name is no part of it; the surname never is one, whatever it means (Prévot, « prévôt »).
  const lastTitle = words.slice(0, -1).map((w) => families.has(foldKey(w))).lastIndexOf(true);
  if (lastTitle >= 0) words = words.slice(lastTitle + 1);
  // A body's name may run into the person's (« le coprésident des Verts Robert Habeck »): the name starts at its first name.
  const first = words.slice(0, -1).findIndex((w) => isFirstName(w));
  if (first > 0) words = words.slice(first);
  const last = words[words.length - 1] ?? '';
  if (words.length === 0 || last.length < 2 || NOT_HOLDERS.has(foldKey(last)) || /['’]s?$/u.test(last) || institutionWord(last)) return undefined;
  const name = words.join(' ');
  const start = Math.max(from, at - 140) + m.index + m[1].length - name.length;
  // The words as written (a no-break space stays one).
  return { start, end: start + name.length, text: text.slice(start, start + name.length) };
}

/** What a title at `at` says, whether it stands before or after the name: its families, grade and portfolio. */
function officeOf(
  text: string,
  l: string,
  at: number,
  titleText: string,
  complement: string,
  how: 'deputy' | undefined,
  fams: readonly string[],
  grades: ReadonlyMap<string, string>,
): Pick<TitledName, 'families' | 'grade' | 'portfolio' | 'body'> {
  // A deputy holds another office than the one he deputises: "Deputy Director-General" against « directeur général ».
  const deputy = how === 'deputy' || (l === 'fr' && DEPUTY.test(foldKey(complement)));
  // A minister's portfolio: the words before the title in English ("Public Security Minister"), after it in French (« de la Sécurité publique »).
  // An office that says its portfolio itself ("Attorney General", the justice minister) says it too.
  const portfolio = fams.includes('minister') || fams.includes('secretary') ? portfoliosIn(foldKey(l === 'fr' ? complement : `${wordsBefore(text, at)} ${titleText} ${complement}`)) : [];
  // « le secrétaire d’État américain » is the US Secretary of State; a French one is a junior minister, whose portfolio follows.
  if (l === 'fr' && portfolio.length === 0 && /^secretaire d.etat$/u.test(foldKey(titleText)) && /\bamericaine?s?\b/u.test(foldKey(complement))) portfolio.push('state');
  const grade = grades.get(foldKey(titleText));
  // A president's body, in the words before the title in English ("European Council President"), after it in either.
  const body = fams.includes('president') ? bodyIn(foldKey(l === 'fr' ? `${titleText}${complement}` : `${capitalisedBefore(text, at)} ${complement}`)) : undefined;
  return {
    families: deputy ? fams.map((f) => `deputy ${f}`) : fams,
    ...(grade !== undefined ? { grade } : {}),
    ...(portfolio.length > 0 ? { portfolio } : {}),
    ...(body !== undefined ? { body } : {}),
  };
}

/** The capitalised words right before `at` ("European Council" before "President"). */
function capitalisedBefore(text: string, at: number): string {
  return /((?:\p{Lu}[\p{L}\p{M}’'-]*[ \u00A0]+){1,3})$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
}

/**
 * A surname as both languages' transliterations would agree on it:
 * al-Burhan / al-Bourhane, el-Sissi / al-Sissi, Netanyahu / Nétanyahou all
 * give one key. Only for matching one person's two titles, never to judge a
 * spelling.
 */
function transliterationKey(surname: string): string {
  return foldKey(surname)
    .replace(/^(?:al|el|ad|as|an|ar|at|az|ash|ad-)[-’']/u, '')
    .replace(/ou/gu, 'u')
    .replace(/dj/gu, 'j')
    .replace(/tch/gu, 'ch')
    .replace(/sh/gu, 'ch')
    .replace(/y/gu, 'i')
    .replace(/(.)\1/gu, '$1')
    .replace(/e$/u, '');
}

/**
 * The capitalised words right before `at` in the same sentence ("Public
 * Security" before "Minister"); failing them, the one or two small words
 * there when they name a portfolio ("the far-right finance minister",
 * "national security minister").
 */
const SENTENCE_OPENERS = /^(?:(?:But|And|Yet|So|Or|Nor|Then|Also|Now|Meanwhile|However|Still|Later|When|While|After|Before|As|If|The|A|An|This|That|In|On|At|For|Former)[ \u00A0]+)+/u;

function wordsBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  // Two portfolios joined: "Science and Technology Minister" (eb05).
  const m = /(\p{Lu}[\p{L}\p{M}’'-]*[ \u00A0]+(?:(?:(?:and|&)[ \u00A0]+)?\p{Lu}[\p{L}\p{M}’'-]*[ \u00A0]+){0,2})$/u.exec(before);
  // A word that opens the sentence is no part of the office: "But US Secretary of State", "The Foreign Minister".
  // Words joined by "and" are one office's only when both halves name portfolios: not "Andrii Sybiha and Defence Minister".
  if (m?.[1]) {
    const joined = /^(.*?)[ \u00A0]+(?:and|&)[ \u00A0]+(.*)$/u.exec(m[1]);
    const words = joined && portfoliosIn(foldKey(joined[1] ?? '')).length === 0 ? (joined[2] ?? '') : m[1];
    return words.replace(SENTENCE_OPENERS, '');
  }
  const small = /((?:\p{Ll}[\p{L}\p{M}’']*[ \u00A0]+){1,2})$/u.exec(before)?.[1] ?? '';
  // The portfolio is the word right before the title; a word before it counts only with it ("national security").
  const last = /(\p{Ll}[\p{L}\p{M}’']*[ \u00A0]+)$/u.exec(small)?.[1] ?? '';
  // Two small words whose last names no portfolio alone: "foreign affairs minister", "external relations minister".
  if (portfoliosIn(foldKey(last)).length === 0) return small !== last && portfoliosIn(foldKey(small)).length > 0 ? small : '';
  return portfoliosIn(foldKey(small)).length > 0 && small !== last && /^(?:national|public|homeland|internal|state)\b/u.test(small) ? small : last;
}

/**
 * What a word just before the title does to it: "junior" or "shadow" make
 * it no office the vocabulary knows ('skip'); "Deputy", "assistant" or
 * « vice- » or « sous- » make it the second of its kind ('deputy').
 */
function qualified(text: string, at: number, lang: string): 'skip' | 'deputy' | undefined {
  const words = wordsJustBefore(text, at);
  const stop = new Set((QUALIFIERS[lang] ?? []).map(foldKey));
  if (words.some((w) => stop.has(w))) return 'skip';
  const before = foldKey(justBefore(text, at));
  // « vice-gouverneur », « sous-gouverneur », "Vice Governor": the deputy of the office the vocabulary does not join "vice" to.
  // "Vice Foreign Minister": "vice" before the portfolio too (« vice-ministre des Affaires étrangères »).
  // (Not the vice of a title before this one: "Vice-President Colonel Assimi Goïta" is a colonel.)
  const last = words[words.length - 1] ?? '';
  if (/(?:^|[^\p{L}])(?:vice|sous)-$/u.test(before) || (words.includes('vice') && (last === 'vice' || !titleWordEnding(last, lang)))) return 'deputy';
  // "Under Secretary of State", "Under-Secretary-General": a deputy, as « sous-secrétaire » is. Not "under" the
  // preposition ("under Secretary of State Kerry"), in small letters or opening a sentence.
  if (/^secretar/iu.test(text.slice(at, at + 9)) && /(?:[\p{L},][ \u00A0]Under[ \u00A0]|(?:^|[^\p{L}])[Uu]nder-)$/u.test(text.slice(Math.max(0, at - 9), at))) return 'deputy';
  // « l’adjoint à la maire Guillaume Libsig »: the mayor’s deputy.
  if (/(?:^|[^\p{L}])adjointe?s?[ \u00A0]+(?:a la|au|aux|a l['’])[ \u00A0]*$/u.test(before)) return 'deputy';
  return words.some((w) => DEPUTY.test(w)) ? 'deputy' : undefined;
}

/** Whether "former", « ancien » or « ex- » stands just before the title at `at`: an office once held. */
function formerly(text: string, at: number, lang: string): boolean {
  const before = foldKey(justBefore(text, at));
  const stop = new Set(FORMER_WORDS[lang] ?? []);
  return wordsJustBefore(text, at).some((w) => stop.has(w)) || /(?:^|[^\p{L}])ex-$/u.test(before);
}

/** Up to 30 characters before `at`, within its paragraph: the end of the one before (« … jusqu’alors. ») says nothing of a title. */
function justBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 30, text.lastIndexOf('\n', at - 1) + 1), at);
}

/** The two words before `at`, folded. */
function wordsJustBefore(text: string, at: number): string[] {
  return foldKey(justBefore(text, at))
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean)
    .slice(-2);
}
