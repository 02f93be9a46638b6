// What a count counts, read from the noun right after it ("seven projects",
// « sept projets », "3 doses"): two versions that count the same thing with
// two numbers disagree, even when one writes the number in words. Number
// words are otherwise paired and never flagged, because translators
// paraphrase them ("a dozen" / « une dizaine », "both" / « les deux »); a
// shared noun is what says the two numbers are one count.
//
// The lexicon is of things news counts, each with its English and French
// plural (and the odd singular a count of one or a collective takes). A word
// may name several things (« tours » are laps and rounds; « filles » girls
// and daughters): two counts agree on what they count when their sets meet.

const LEXICON: ReadonlyArray<readonly [string, string, string]> = [
  // [thing, English words, French words]
  ['person', 'people|persons|individuals', 'personnes|individus'],
  ['dead', 'dead|deaths|fatalities', 'morts|décès|tués'],
  ['victim', 'victims', 'victimes'],
  ['injured', 'injured|wounded', 'blessés'],
  ['soldier', 'soldiers|troops|servicemen', 'soldats|militaires'],
  ['civilian', 'civilians', 'civils'],
  ['child', 'children|kids|minors', 'enfants|mineurs'],
  ['woman', 'women', 'femmes'],
  ['man', 'men', 'hommes'],
  ['girl', 'girls', 'filles|fillettes'],
  ['daughter', 'daughters', 'filles'],
  ['boy', 'boys', 'garçons'],
  ['son', 'sons', 'fils'],
  ['brother', 'brothers', 'frères'],
  ['sister', 'sisters', 'sœurs|soeurs'],
  ['student', 'students|pupils', 'élèves|étudiants|étudiantes'],
  ['member', 'members', 'membres'],
  ['country', 'countries|nations', 'pays|nations'],
  ['state', 'states', 'États|états'],
  ['minister', 'ministers', 'ministres'],
  ['candidate', 'candidates', 'candidats|candidates'],
  ['seat', 'seats', 'sièges'],
  ['vote', 'votes', 'voix|votes'],
  ['goal', 'goals', 'buts'],
  ['medal', 'medals', 'médailles'],
  ['title', 'titles', 'titres'],
  ['match', 'matches|games', 'matchs|matches|rencontres'],
  ['win', 'wins|victories', 'victoires'],
  ['defeat', 'defeats|losses', 'défaites'],
  ['project', 'projects', 'projets|chantiers'],
  ['dose', 'doses', 'doses'],
  ['village', 'villages', 'villages'],
  ['town', 'towns|cities', 'villes|localités'],
  ['region', 'regions', 'régions'],
  ['province', 'provinces', 'provinces'],
  ['district', 'districts', 'districts'],
  ['house', 'houses|homes|dwellings', 'maisons|habitations|logements'],
  ['family', 'families', 'familles'],
  ['school', 'schools', 'écoles|établissements'],
  ['hospital', 'hospitals', 'hôpitaux'],
  ['company', 'companies|firms|businesses', 'entreprises|sociétés|compagnies'],
  ['vehicle', 'vehicles|cars|trucks|lorries', 'véhicules|voitures|camions'],
  ['aircraft', 'aircraft|planes|jets|helicopters', 'avions|appareils|hélicoptères'],
  ['ship', 'ships|boats|vessels', 'navires|bateaux|embarcations|pirogues'],
  ['attack', 'attacks|raids|strikes', 'attaques|raids|frappes'],
  ['suspect', 'suspects', 'suspects'],
  ['prisoner', 'prisoners|detainees|inmates', 'prisonniers|détenus'],
  ['hostage', 'hostages', 'otages'],
  ['journalist', 'journalists|reporters', 'journalistes'],
  ['officer', 'officers|policemen|police officers', 'officiers|policiers'],
  ['judge', 'judges', 'juges'],
  ['lawmaker', 'lawmakers|legislators|deputies|MPs', 'députés|parlementaires|élus'],
  ['senator', 'senators', 'sénateurs'],
  ['party', 'parties', 'partis'],
  ['refugee', 'refugees', 'réfugiés'],
  ['migrant', 'migrants', 'migrants'],
  ['worker', 'workers|employees|staff', 'travailleurs|employés|salariés|ouvriers|agents'],
  ['job', 'jobs', 'emplois|postes'],
  ['term', 'terms', 'mandats'],
  ['law', 'laws|bills', 'lois|projets de loi'],
  ['decree', 'decrees', 'décrets'],
  ['agreement', 'agreements|accords|deals', 'accords'],
  ['contract', 'contracts', 'contrats'],
  ['weapon', 'weapons|guns', 'armes'],
  ['tank', 'tanks', 'chars'],
  ['drone', 'drones', 'drones'],
  ['missile', 'missiles|rockets', 'missiles|roquettes'],
  ['film', 'films|movies', 'films|longs métrages'],
  ['book', 'books|novels', 'livres|romans|ouvrages'],
  ['song', 'songs', 'chansons|titres'],
  ['album', 'albums', 'albums'],
  ['stage', 'stages', 'étapes'],
  ['lap', 'laps', 'tours'],
  ['round', 'rounds', 'tours|manches|rounds'],
  ['set', 'sets', 'sets|manches'],
  ['time', 'times|occasions', 'fois|reprises'],
  ['case', 'cases', 'cas'],
  ['patient', 'patients', 'patients|malades'],
  ['species', 'species', 'espèces'],
  ['language', 'languages', 'langues'],
  ['episode', 'episodes', 'épisodes'],
  ['player', 'players', 'joueurs|joueuses'],
  ['team', 'teams|clubs', 'équipes|clubs'],
  ['athlete', 'athletes', 'athlètes'],
  ['tonne', 'tonnes|tons', 'tonnes'],
  ['hectare', 'hectares', 'hectares'],
  ['barrel', 'barrels', 'barils'],
  ['litre', 'litres|liters', 'litres'],
  ['ounce', 'ounces', 'onces'],
  ['bag', 'bags|sacks', 'sacs'],
  ['head', 'head', 'têtes'],
  ['seed', 'seeds', 'semences|graines'],
  ['tree', 'trees', 'arbres'],
  ['well', 'wells', 'puits'],
  ['plant', 'plants|factories', 'usines|centrales'],
  ['mine', 'mines', 'mines'],
  ['bridge', 'bridges', 'ponts'],
  ['road', 'roads', 'routes'],
  ['border', 'borders', 'frontières'],
  ['ballot', 'ballots', 'bulletins'],
  ['polling station', 'polling stations', 'bureaux de vote'],
  ['office', 'offices|branches', 'bureaux|agences'],
  ['camp', 'camps', 'camps'],
  ['hearing', 'hearings', 'audiences'],
  ['meeting', 'meetings', 'réunions|rencontres|entretiens'],
  ['witness', 'witnesses', 'témoins'],
  ['building', 'buildings', 'bâtiments|immeubles|édifices'],
  ['flight', 'flights', 'vols'],
  ['body', 'bodies|corpses', 'corps|cadavres'],
  ['boat', 'boats|dinghies', 'bateaux|embarcations|canots'],
  ['bishop', 'bishops', 'évêques'],
  ['priest', 'priests', 'prêtres'],
  ['church', 'churches', 'églises'],
  ['charge', 'charges|counts', "chefs d'accusation|chefs d’accusation|accusations"],
  ['sentence', 'sentences', 'peines'],
  ['fight', 'fights|bouts', 'combats'],
  ['belt', 'belts', 'ceintures'],
  ['shot', 'shots', 'tirs|coups de feu'],
  ['launch', 'launches', 'lancements'],
  ['engine', 'engines', 'moteurs'],
  ['sample', 'samples', 'échantillons'],
  ['award', 'awards|prizes', 'prix|récompenses|trophées'],
  ['municipality', 'municipalities', 'municipalités|communes'],
];

/** Words between a number and its noun that do not change what is counted ("seven new projects", « sept autres pays »). */
const BETWEEN = new Set(
  'new other more additional further young small large big major main armed foreign local former senior top key northern southern eastern western central rural urban nouveaux nouvelles autres petits petites grands grandes jeunes principaux principales anciens anciennes hauts hautes'.split(' '),
);

function buildIndex(column: 1 | 2): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const entry of LEXICON) {
    for (const word of entry[column].split('|')) {
      const key = word.toLowerCase();
      const things = index.get(key) ?? [];
      if (!things.includes(entry[0])) index.set(key, [...things, entry[0]]);
    }
  }
  return index;
}

const INDEX: Readonly<Record<'en' | 'fr', ReadonlyMap<string, readonly string[]>>> = { en: buildIndex(1), fr: buildIndex(2) };
/** The longest noun in words ("polling stations", « bureaux de vote »). */
const MAX_WORDS = Math.max(...LEXICON.flatMap((e) => [...e[1].split('|'), ...e[2].split('|')]).map((w) => w.split(' ').length));

/** Up to the first words after a number, as written (letters, apostrophes, hyphens). */
const WORDS_AFTER = /^(?:[ \u00A0\u202F]+[\p{L}\p{M}][\p{L}\p{M}'’-]*){1,4}/u;

/**
 * The things the number that ends at the start of `after` counts, from the
 * words right after it: one word, or two or three for a noun in words ("polling
 * stations"), past one adjective from a short list. Undefined when the next
 * words are none we know: most counts say nothing a check may rely on.
 */
export function countedAfter(after: string, fr: boolean): readonly string[] | undefined {
  const m = WORDS_AFTER.exec(withoutMore(after));
  if (!m) return undefined;
  const words = m[0].trim().split(/[ \u00A0\u202F]+/u);
  const index = INDEX[fr ? 'fr' : 'en'];
  const at = (from: number): readonly string[] | undefined => {
    for (let n = Math.min(MAX_WORDS, words.length - from); n >= 1; n--) {
      const hit = index.get(words.slice(from, from + n).join(' ').toLowerCase());
      if (hit) return hit;
    }
    return undefined;
  };
  // An adjective between the number and its noun: from a short list, or a capitalised one in English, where
  // a nationality comes first ("10 Japanese prefectures" / « dix préfectures japonaises »).
  const between = BETWEEN.has((words[0] ?? '').toLowerCase()) || (!fr && /^\p{Lu}\p{Ll}/u.test(words[0] ?? '') && /^\p{Ll}/u.test(words[1] ?? ''));
  // English puts a noun before the noun counted ("10 merchant vessels", "five cargo ships"): the second word, if known, is it.
  const known = at(0) ?? (between || !fr ? at(1) : undefined);
  if (known) return known;
  // A noun the lexicon lacks is compared by its first five letters, which English and French share for most
  // ("nine Egyptians" / « neuf Égyptiens », "seven turbines" / « sept turbines »).
  const noun = between ? words[1] : words[0];
  const folded = (noun ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length < 5 || !/^[a-z]+$/u.test(folded) || NOT_NOUNS.has(folded)) return undefined;
  return [`~${folded.slice(0, 5)}`];
}

/** Words after a count that are no noun of it. */
const NOT_NOUNS = new Set(
  'about above after again against among around before behind below between during since their these those through under until where which while whose would could should might there other others autres entre selon depuis avant apres pendant contre parmi leurs toutes'.split(' '),
);

/** Things that are units of measure: the same figure of two of them is a unit slipped ("650,000 tonnes" / « 650 000 barils »). */
const UNITS: ReadonlySet<string> = new Set(['tonne', 'hectare', 'barrel', 'litre', 'ounce']);

/** Whether a count is of a unit of measure ("650 000 barils"). */
export function unitsCounted(t: readonly string[] | undefined): t is readonly string[] {
  return t !== undefined && t.length > 0 && t.every((u) => UNITS.has(u));
}

/** Whether both counts are of units, and of different ones. */
export function otherUnits(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  return unitsCounted(x) && unitsCounted(y) && !sameThingCounted(x, y);
}

/** Whether two counts count the same thing. */
export function sameThingCounted(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  return x !== undefined && y !== undefined && x.some((t) => y.includes(t));
}

/** French words that place a count between it and its noun (« les 124 derniers kilomètres »), as a pattern's alternatives. */
export const PLACING_FR = 'derniers|dernières|premiers|premières|prochains|prochaines';

/**
 * "four more tonnes", « quatre autres tonnes », « les 124 derniers kilomètres »: the word that adds to a count or
 * places it says nothing of what it counts.
 */
const MORE = new RegExp(`^[ \\u00A0\\u202F]+(?:autres|more|other|additional|extra|supplémentaires|${PLACING_FR})(?=[ \\u00A0\\u202F])`, 'iu');

/** `after` past a word that adds to the count ("more", « autres »). */
export function withoutMore(after: string): string {
  return after.replace(MORE, '');
}
