import { foldKey } from '../entities/fold';
import { isFirstName } from './firstNames';
import { charClass, DIGIT, LETTER, MARK } from '../letterClass';
import { startsSentence } from '../sentenceStart';
import type { Paragraph } from '../types';
import { CITY_NAMES } from './cityNames';
import { REGION_NAMES, REGION_WHOLES } from './regionNames';
import type { PlaceMention } from './swappedPlaces';

// Cities named in a paragraph, in English or French: GeoNames' names
// (cityNames.ts, generated), and the names each language gives a city the
// other calls otherwise (Jeddah / « Djeddah », Cape Town / « Le Cap »). A key
// per city, so that "Antwerp" and « Anvers » never read as two cities. A name
// the tables lack is no city here: a swap is only ever read between two
// names both known as cities. Regions (regionNames.ts: states, provinces)
// are read the same way from a table of their own, so a city and a region
// never make one swap.

/**
 * The names of one city ("|" between them, ";" between cities): exonyms, old
 * names and local spellings newsrooms write. Merging names only ever keeps a swap from being
 * read, so a doubtful pair is merged (Valence is a French city too).
 */
const SAME_CITY = `
Jeddah|Djeddah|Jiddah; Tobruk|Tobrouk; Abu Dhabi|Abou Dhabi; Dubai|Dubaï; Shanghai|Shanghaï; Sharjah|Charjah; Philadelphia|Philadelphie; Cape Town|Le Cap; New Orleans|La Nouvelle-Orléans
New Delhi|Nouvelle-Delhi|Delhi; Mumbai|Bombay; Kolkata|Calcutta; Chennai|Madras; Bengaluru|Bangalore; Guangzhou|Canton; Beijing|Pékin|Peking
Saint Petersburg|St Petersburg|St. Petersburg|Saint-Pétersbourg; Aachen|Aix-la-Chapelle; Trier|Trèves; Koblenz|Coblence
Cordoba|Córdoba|Cordoue; Granada|Grenade; Seville|Sevilla|Séville; Tangier|Tangiers|Tanger; Tetouan|Tétouan
Mogadishu|Mogadiscio; Addis Ababa|Addis-Abeba|Addis Abeba; Antananarivo|Tananarive; Aleppo|Alep; Basra|Bassora; Mosul|Mossoul
Isfahan|Ispahan; Idlib|Idleb; Raqqa|Rakka; Daraa|Deraa; Kabul|Kaboul; Ho Chi Minh City|Hô Chi Minh-Ville|Ho Chi Minh-Ville|Saigon|Saïgon; Hanoi|Hanoï; Seoul|Séoul; Taipei|Taïpei
Basel|Bâle; Zug|Zoug; Geneva|Genève; Zurich|Zürich; Bern|Berne; Lucerne|Luzern; Antwerp|Antwerpen|Anvers; Ghent|Gent|Gand
Bruges|Brugge; Leuven|Louvain; Mechelen|Malines; Kortrijk|Courtrai; Ostend|Ostende; Ypres|Ieper; Brussels|Bruxelles; The Hague|La Haye|Den Haag
Batumi|Batoumi; Kutaisi|Koutaïssi|Koutaissi; Samarkand|Samarcande; Bukhara|Boukhara; Port Vila|Port-Vila; Nuku‘alofa|Nuku'alofa|Nuku’alofa|Nukualofa; Valletta|La Valette; Andorra la Vella|Andorre-la-Vieille; Port of Spain|Port-d'Espagne|Port-d’Espagne; Tórshavn|Torshavn; Thimphu|Thimphou
Copenhagen|Copenhague; Warsaw|Varsovie; Krakow|Kraków|Cracovie; Gdansk|Gdańsk|Dantzig; Prague|Praha; Bucharest|Bucarest; Belgrade|Beograd
Athens|Athènes; Thessaloniki|Salonique|Thessalonique; Izmir|Smyrne; Moscow|Moscou; Kyiv|Kiev; Odesa|Odessa; Kharkiv|Kharkov; Lviv|Lvov
Tbilisi|Tbilissi; Yerevan|Erevan; Baku|Bakou; Ashgabat|Achgabat; Tashkent|Tachkent; Bishkek|Bichkek; Dushanbe|Douchanbé; Dhaka|Dacca
Kathmandu|Katmandou; Yangon|Rangoun|Rangoon; Jakarta|Djakarta; Manila|Manille; Ulaanbaatar|Oulan-Bator; London|Londres; Edinburgh|Édimbourg
Dover|Douvres; Canterbury|Cantorbéry; Lisbon|Lisbonne|Lisboa; Zaragoza|Saragosse; San Sebastián|San Sebastian|Saint-Sébastien
Pamplona|Pampelune; Salamanca|Salamanque; Toledo|Tolède; Cadiz|Cádiz|Cadix; Barcelona|Barcelone; Valencia|Valence; Venice|Venise|Venezia
Genoa|Gênes|Genova; Naples|Napoli; Milan|Milano; Turin|Torino; Florence|Firenze; Rome|Roma; Padua|Padoue|Padova; Verona|Vérone
Modena|Modène; Bologna|Bologne; Parma|Parme; Ferrara|Ferrare; Bergamo|Bergame; Ravenna|Ravenne; Perugia|Pérouse; Aosta|Aoste
Mantua|Mantoue; Siena|Sienne; Pisa|Pise; Livorno|Livourne; Palermo|Palerme; Syracuse|Siracusa; Munich|München; Cologne|Köln
Nuremberg|Nürnberg; Frankfurt|Francfort; Hamburg|Hambourg; Bremen|Brême; Dresden|Dresde; Mainz|Mayence; Regensburg|Ratisbonne
Saarbrücken|Sarrebruck; Freiburg|Fribourg-en-Brisgau; Konstanz|Constance; Vienna|Vienne|Wien; Salzburg|Salzbourg; Hanover|Hannover|Hanovre
Cairo|Le Caire; Alexandria|Alexandrie; Algiers|Alger; Damascus|Damas; Baghdad|Bagdad; Tehran|Téhéran; Beirut|Beyrouth
Riyadh|Riyad|Ryad; Mecca|La Mecque; Medina|Médine; Bethlehem|Bethléem; Muscat|Mascate; Kuwait City|Koweït City; Havana|La Havane
Marrakesh|Marrakech; Fez|Fès; Meknes|Meknès; Timbuktu|Tombouctou; N'Djamena|Ndjamena|N'Djaména; Dar es Salaam|Dar es-Salaam
Washington|Washington, D.C.; New York|New York City; Quebec City|Québec|Quebec; Montreal|Montréal; Bogota|Bogotá; Sao Paulo|São Paulo
Brasilia|Brasília; Asuncion|Asunción; Tel Aviv|Tel-Aviv; Jerusalem|Jérusalem; Gaza|Gaza City; Aswan|Assouan; Luxor|Louxor
Sanaa|Sana'a; Hodeidah|Hodeida; Yaoundé|Yaounde; Port Sudan|Port-Soudan; El Fasher|El-Fasher|El Facher; Bouaké|Bouake; Lomé|Lome
Juba|Djouba; Khan Yunis|Khan Younis|Khan Younès; Deir al-Balah|Deir el-Balah; Jabalia|Jabaliya; Jenin|Jénine; Tulkarm|Tulkarem
Haifa|Haïfa; Beersheba|Beersheva|Beer-Sheva|Beer Sheva; Tyre|Tyr; Sidon|Saïda; Latakia|Lattaquié; Kirkuk|Kirkouk; Karbala|Kerbala
Fallujah|Falloujah; Mashhad|Machhad; Shiraz|Chiraz; Herat|Hérat; Mazar-i-Sharif|Mazar-e-Sharif|Mazar-i-Charif; Taiz|Taëz; Giza|Gizeh
Port Said|Port-Saïd; Sharm el-Sheikh|Charm el-Cheikh; Sirte|Syrte; Massawa|Massaoua; Mekelle|Mekele; El Obeid|El-Obeid
El Geneina|El-Geneina|Geneina; Wad Madani|Wad Medani; Zaporizhzhia|Zaporizhia|Zaporijjia; Mariupol|Marioupol; Mykolaiv|Mykolaïv
Bakhmut|Bakhmout; Avdiivka|Avdiïvka; Luhansk|Lugansk|Louhansk|Lougansk; Sumy|Soumy; Chernihiv|Tchernihiv; Kursk|Koursk
Sevastopol|Sébastopol; Zhytomyr|Jytomyr; Bucha|Boutcha; Izium|Izioum; Kupiansk|Koupiansk; Chisinau|Chișinău|Kichinev
Yekaterinburg|Iekaterinbourg|Ekaterinbourg; Nizhny Novgorod|Nijni Novgorod; Rostov-on-Don|Rostov-sur-le-Don; Murmansk|Mourmansk
Sochi|Sotchi; Chelyabinsk|Tcheliabinsk; Irkutsk|Irkoutsk; Petah Tikva|Petah Tiqva|Petah Tiqwa|Petach Tikva|Petah-Tikva
Dhahran; Jubail; Fujairah; Ras Tanura; Salalah; Ménaka|Menaka; Pau; Tessalit; Aguelhok; Ansongo; Arlit; Gothenburg|Göteborg; Nicosia|Nicosie; Jericho|Jéricho; Hebron|Hébron; Nablus|Naplouse; Mexico City; Algeciras|Algésiras; Ceuta; Melilla
`;

/** Words that are a city when capitalised mid-sentence, but not always at a sentence's start ("Nice to see"). */
const WORDS_TOO = new Set(['Nice', 'Tours', 'Cork']);

interface Entry {
  name: string;
  /** Folded and keyed on first use: a paragraph meets a few hundred of the names, not all of them. */
  folded?: string;
  key?: string;
}

interface Table {
  /** The names by their first run of letters, folded: a paragraph is read a capitalised word at a time. */
  byFirstWord: Map<string, Entry[]>;
  /** The key of each name SAME_CITY gives another name's key. */
  aliases: ReadonlyMap<string, string>;
  /** Each SAME_CITY (or region) line's names by its key, in the line's order: the English name first. */
  groups: ReadonlyMap<string, readonly string[]>;
  /** The buckets already folded and sorted, longest name first. */
  ready: Set<Entry[]>;
}

const tables = new Map<'city' | 'region', Table>();

/** Apostrophes and spaces as a name's are compared. */
const norm = (s: string): string => s.replace(/’/gu, "'").replace(/[\u00A0\u202F]/gu, ' ');
const FIRST = /^[\p{L}\p{M}]+/u;
const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*/gu;
/** A word foldKey would only lower-case: most capitalised words, looked up without folding. */
const ASCII = /^[A-Za-z]+$/u;
const glued = (c: number): boolean => c === 0x2e || c === 0x2d || (charClass(c) & (LETTER | MARK | DIGIT)) !== 0;
const followsOn = (c: number): boolean => !Number.isNaN(c) && (charClass(c) & (LETTER | MARK | DIGIT)) !== 0;

/** A city's key: its name folded, hyphens and stops as spaces, "St." and "Saint" one word (St. Louis, « Saint-Louis »). */
function keyFor(name: string): string {
  const plain = foldKey(name).replace(/[.'’-]+/gu, ' ').replace(/ {2,}/gu, ' ').trim();
  return plain.replace(/^st /u, 'saint ').replace(/^ste /u, 'sainte ');
}

/** The table of one kind of place: cities (GeoNames' and SAME_CITY's) or regions (regionNames.ts). */
function placeTable(kind: 'city' | 'region'): Table {
  const hit = tables.get(kind);
  if (hit) return hit;
  const aliases = new Map<string, string>();
  const groups = new Map<string, readonly string[]>();
  const byFirstWord = new Map<string, Entry[]>();
  const add = (name: string): void => {
    const first = FIRST.exec(name)?.[0];
    if (first === undefined) return;
    const bucket = firstKey(first);
    const list = byFirstWord.get(bucket);
    if (list) list.push({ name });
    else byFirstWord.set(bucket, [{ name }]);
    // "Tel Aviv" and "Tel-Aviv", « Saint-Étienne » and "Saint Etienne": one city.
    if (name.includes(' ')) add(name.replace(/ /gu, '-'));
    // "St. John's" is « Saint John's » in full: filed under both, or "Saint John" (another city) would be read in it.
    const saint = /^St(e?)\. /u.exec(name);
    if (saint) add(`Saint${saint[1] ?? ''} ${name.slice(saint[0].length)}`);
  };
  for (const place of (kind === 'city' ? SAME_CITY : REGION_NAMES).split(/[;\n]/u)) {
    const names = place.split('|').map((n) => norm(n.trim())).filter(Boolean);
    const key = names[0] === undefined ? undefined : keyFor(names[0]);
    if (key === undefined) continue;
    groups.set(key, names);
    for (const name of names) {
      aliases.set(name, key);
      if (name.includes(' ')) aliases.set(name.replace(/ /gu, '-'), key);
      add(name);
    }
  }
  // GeoNames names a few Japanese cities with their administrative suffix ("Nara-shi"), which copy never writes.
  if (kind === 'city') for (const name of CITY_NAMES.trim().split(/[|\n]/u)) add(norm(name).replace(/-shi$/u, ''));
  const made = { byFirstWord, aliases, groups, ready: new Set<Entry[]>() };
  tables.set(kind, made);
  return made;
}

/** A first word as the table files it: folded ("Dubaï" and "Dubai" one bucket), plain letters only lower-cased. */
const firstKey = (word: string): string => (ASCII.test(word) ? word.toLowerCase() : foldKey(word));

/** The names a first word may open, folded, each once, longest first. */
function bucket(t: Table, word: string): readonly Entry[] | undefined {
  const list = t.byFirstWord.get(firstKey(word));
  if (list === undefined || t.ready.has(list)) return list;
  const seen = new Set<string>();
  const kept: Entry[] = [];
  for (const e of list) {
    e.folded = foldKey(e.name);
    const id = `${e.folded}\u0000${e.name.length}`;
    if (!seen.has(id)) kept.push(e);
    seen.add(id);
  }
  kept.sort((x, y) => y.name.length - x.name.length);
  list.splice(0, list.length, ...kept);
  t.ready.add(list);
  return list;
}

const keyOf = (t: Table, e: Entry): string => (e.key ??= t.aliases.get(e.name) ?? keyFor(e.name));

/** Capitalised words that open a place's name without being part of it ("In Lagos", « À Dakar »). */
const OPENERS = new Set(['In', 'At', 'From', 'To', 'Of', 'Near', 'The', 'À', 'A', 'De', 'Du', 'Des', 'En', 'Le', 'La', 'Les', 'Au', 'Aux', 'Dans', 'Vers', 'Depuis', 'Près']);

/**
 * A place or a treaty named after a city but elsewhere or other ("District of Columbia", "Gulf of Aden", "Treaty of
 * Rome"). A university or a bank named after its city is in it: "University of Rennes" names Rennes.
 */
const OF_BEFORE = /(?<![\p{L}\p{M}])(?:District|Republic|République|Treaty|Traité|Gulf|Golfe|Bay|Baie|Strait|Détroit)[ \u00A0]+(?:of|de|du|des)[ \u00A0]+$/u;

/** The capitalised word right before a name. */
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00A0]$/u;

/**
 * Whether a city's name stands inside another name, where it counts as named
 * but is never taken for the city a version swapped: before a capitalised word
 * or a hyphen ("Washington Post", "Paris-Saclay"; not "Paris-based"), or after a capitalised word
 * that does not open the sentence ("Real Madrid", "Denzel Washington"), or
 * after a body's name and "of" (OF_BEFORE). Or a
 * word that is a city only mid-sentence, at a sentence's start ("Nice to see").
 */
function weakAt(prose: string, start: number, end: number, name: string): boolean {
  // "Berlin-based", "Lagos-born" still say where: the city itself, as « basé à Berlin » does.
  if ((/^[ \u00A0]\p{Lu}/u.test(prose.slice(end, end + 2)) && !personAfter(prose, end)) || (prose.charAt(end) === '-' && !/^-(?:based|born)(?![\p{L}])/u.test(prose.slice(end, end + 7)))) return true;
  if (OF_BEFORE.test(prose.slice(Math.max(0, start - 40), start))) return true;
  const word = WORD_BEFORE.exec(prose.slice(Math.max(0, start - 40), start))?.[1];
  if (word !== undefined && !OPENERS.has(word) && !startsSentence(prose, start - 1 - word.length)) return true;
  return WORDS_TOO.has(name) && startsSentence(prose, start);
}

/**
 * Whether a person's first name and surname follow the place: the place is then where the person is from or sits
 * for (« le sénateur de Virginie-Occidentale Joe Manchin », "Paris Mayor Anne Hidalgo"), not part of a longer name.
 */
function personAfter(prose: string, end: number): boolean {
  const m = /^[ \u00A0]+(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00A0]+\p{Lu}\p{Ll}/u.exec(prose.slice(end, end + 60));
  return m !== null && isFirstName(m[1] ?? '');
}

/** The cities `p` names, in the order written; only English and French are read. */
export function citiesIn(prose: string, p: Paragraph, lang: string): PlaceMention[] {
  const found = placesIn('city', prose, p, lang);
  return lang.toLowerCase().startsWith('fr') ? withCityAdjectives(found, prose, p) : found;
}

/**
 * French names a city by its adjective where English says its name (« l’aéroport romain de Fiumicino » / "Rome's
 * Fiumicino airport", « la mairie parisienne »). Such a city counts as named, in passing: it matches the other
 * version's name, and is never the one swapped.
 */
const CITY_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    romain: 'rome', parisien: 'paris', londonien: 'london', berlinois: 'berlin', moscovite: 'moscow', pékinois: 'beijing',
    madrilène: 'madrid', bruxellois: 'brussels', genevois: 'geneva', marseillais: 'marseille', lyonnais: 'lyon',
    milanais: 'milan', napolitain: 'naples', vénitien: 'venice', florentin: 'florence', viennois: 'vienna',
    athénien: 'athens', lisboète: 'lisbon', 'new-yorkais': 'new york', tokyoïte: 'tokyo', cairote: 'cairo',
    algérois: 'algiers', tunisois: 'tunis', montréalais: 'montreal', toulousain: 'toulouse', bordelais: 'bordeaux',
    niçois: 'nice', strasbourgeois: 'strasbourg', lillois: 'lille', nantais: 'nantes', turinois: 'turin',
    barcelonais: 'barcelona', sévillan: 'seville', québécois: 'quebec city',
  }),
);
const CITY_ADJECTIVE = new RegExp(`(?<![\\p{L}\\p{M}-])(${[...CITY_ADJECTIVES.keys()].join('|')})(?:ne|e)?s?(?![\\p{L}\\p{M}-])`, 'gu');

function withCityAdjectives(found: PlaceMention[], prose: string, p: Paragraph): PlaceMention[] {
  const text = prose.slice(p.start, p.end);
  const out = [...found];
  CITY_ADJECTIVE.lastIndex = 0;
  for (let m = CITY_ADJECTIVE.exec(text); m !== null; m = CITY_ADJECTIVE.exec(text)) {
    const key = CITY_ADJECTIVES.get(m[1] ?? '');
    if (key === undefined) continue;
    const start = p.start + m.index;
    out.push({ key, start, end: start + m[0].length, text: m[0], weak: true });
  }
  return out.length === found.length ? found : out.sort((x, y) => x.start - y.start);
}

/** The regions `p` names (states, provinces: regionNames.ts), in the order written. */
export function regionsIn(prose: string, p: Paragraph, lang: string): PlaceMention[] {
  return placesIn('region', prose, p, lang);
}

function placesIn(kind: 'city' | 'region', prose: string, p: Paragraph, lang: string): PlaceMention[] {
  const base = lang.toLowerCase().split(/[-_]/u)[0];
  if (base !== 'en' && base !== 'fr') return [];
  const t = placeTable(kind);
  const text = prose.slice(p.start, p.end);
  const out: PlaceMention[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m !== null; m = CAPITALISED.exec(text)) {
    // « au Caire », « du Havre »: French contracts the article of a city named with « Le ».
    if (kind === 'city' && base === 'fr' && CONTRACTED.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      const found = contracted(t, text, m.index);
      if (found) {
        const start = p.start + m.index;
        const end = start + found.name.length - 3;
        CAPITALISED.lastIndex = m.index + found.name.length - 3;
        out.push({ key: keyOf(t, found), start, end, text: prose.slice(start, end), weak: weakAt(prose, start, end, found.name) });
        continue;
      }
    }
    const candidates = bucket(t, m[0]);
    if (candidates === undefined || (m.index > 0 && glued(text.charCodeAt(m.index - 1)))) continue;
    // Folded once, as long as the longest name it may open ("Le" opens a dozen: « Le Caire », « Le Havre »…).
    const window = foldKey(text.slice(m.index, m.index + (candidates[0]?.name.length ?? 0)));
    let found: Entry | undefined;
    let length = 0;
    for (const n of candidates) {
      if (!window.startsWith(n.folded ?? '')) continue;
      length = writtenLength(text, m.index, n);
      if (followsOn(text.charCodeAt(m.index + length))) continue;
      found = n;
      break;
    }
    if (!found) continue;
    const start = p.start + m.index;
    const end = start + length;
    CAPITALISED.lastIndex = m.index + length;
    const written = prose.slice(start, end);
    out.push({ key: keyOf(t, found), start, end, text: written, weak: weakAt(prose, start, end, written) });
  }
  return out;
}

/**
 * How long `entry`'s name is as `text` writes it at `at`: a name the list spells with a mark the text leaves out
 * ("H̱olon", « Holon ») is shorter there, and what follows it is no part of it.
 */
function writtenLength(text: string, at: number, entry: Entry): number {
  const folded = entry.folded ?? '';
  if (entry.name.length === folded.length) return entry.name.length;
  for (let k = folded.length; k <= entry.name.length + 2; k++) if (foldKey(text.slice(at, at + k)) === folded) return k;
  return entry.name.length;
}

/** « au » or « du » right before a word, the article « le » contracted into it. */
const CONTRACTED = /(?:^|[^\p{L}\p{M}])[aAdD]u[ \u00A0]$/u;

/** The city named « Le … » whose name, the article left out, starts at `at` (« Caire » in « du Caire »). */
function contracted(t: Table, text: string, at: number): Entry | undefined {
  const candidates = bucket(t, 'Le');
  if (candidates === undefined) return undefined;
  const window = foldKey(`Le ${text.slice(at, at + (candidates[0]?.name.length ?? 0))}`);
  // « au Cap-Vert » is a country, not Cape Town.
  const after = (n: Entry): number => text.charCodeAt(at + n.name.length - 3);
  return candidates.find((n) => (n.folded ?? '').startsWith('le ') && window.startsWith(n.folded ?? '') && !followsOn(after(n)) && after(n) !== 0x2d);
}

/**
 * The names SAME_CITY gives the city `key`, in its order: the English name first (Cairo, « Le Caire »). Empty for
 * a city GeoNames names alone, one way in both languages.
 */
export function cityGroup(key: string): readonly string[] {
  return placeTable('city').groups.get(key) ?? [];
}

/** The names of the city `key` (either language's: French copy writes "New York" as English does). Read only where a swap is in question. */
export function cityNames(_lang: string, key: string): readonly string[] {
  return placeNames('city', key);
}

/** The names of the region `key`, in either language. */
export function regionNames(_lang: string, key: string): readonly string[] {
  return placeNames('region', key);
}

function placeNames(kind: 'city' | 'region', key: string): readonly string[] {
  const t = placeTable(kind);
  // The line's order first, English's name first (what a fix for English writes), then the spellings the table adds.
  const out: string[] = [...(t.groups.get(key) ?? [])];
  for (const list of t.byFirstWord.values()) for (const e of list) if (keyOf(t, e) === key && !out.includes(e.name)) out.push(e.name);
  return out;
}

export const sameCity = (a: string, b: string): boolean => a === b;

const COMPASS = /^(?:north|south|east|west) /u;

/** Whether two region keys name one place: the same, or a whole and one of its parts (REGION_WHOLES). */
export function sameRegion(a: string, b: string): boolean {
  if (a === b) return true;
  const whole = (part: string, of: string): boolean => REGION_WHOLES.has(of) && part.replace(COMPASS, '') === of;
  return whole(a, b) || whole(b, a);
}

/** Whether two words are each language's name of one city (Isfahan / « Ispahan », Antwerp / « Anvers »). */
export function oneCity(a: string, b: string): boolean {
  const t = placeTable('city');
  const keyOfName = (name: string): string | undefined => {
    const first = FIRST.exec(name)?.[0];
    const entry = first === undefined ? undefined : bucket(t, first)?.find((e) => e.folded === foldKey(name));
    return entry === undefined ? undefined : keyOf(t, entry);
  };
  const ka = keyOfName(a);
  return ka !== undefined && ka === keyOfName(b);
}
