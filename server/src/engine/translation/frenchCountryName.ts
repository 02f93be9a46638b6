import fr from 'i18n-iso-countries/langs/fr.json';
import type { TextEdit } from '../types';
import { writesWhole } from '../wholeWord';
import { countryNames, PEOPLE } from './countries';
import { apostropheOf, startsWithVowel } from './frenchElision';
import type { PlaceMention } from './swappedPlaces';

// A French country's name put in place of another, with the article or
// preposition before it made to fit: « au Niger » for « au Mali », but « en
// France », « aux États-Unis », « à Cuba »; « du Mali », « de la France »,
// « d’Israël »; « le Japon », « la Chine », « l’Irak », « les Philippines ».
// French gives each country a gender and an article, or none (islands and
// city-states): the usage below is written out as data, the few names that
// break the rule of thumb (a name in « e » is feminine) listed by hand.

/** How a country's name takes its article: le, la, l’ (either gender before a vowel), les, or none. */
type Kind = 'masculine' | 'feminine' | 'plural' | 'bare';

/** Names said with « les »: « aux États-Unis », « des Philippines ». */
const PLURAL = /^(?:États-Unis|Etats-Unis|Pays-Bas|Philippines|Émirats|Emirats|Comores|Maldives|Seychelles|Bahamas|Fidji|Samoa|Tonga|Îles|Iles|Territoires)(?![\p{L}])/u;

/** Names said with no article: islands and city-states (« à Cuba », « d’Israël », « Singapour »). */
const BARE = new Set(
  (
    'Israël|Cuba|Madagascar|Singapour|Monaco|Malte|Chypre|Haïti|Bahreïn|Oman|Djibouti|Taïwan|Maurice|Andorre|Saint-Marin|Nauru|Tuvalu|Kiribati|' +
    'Sao Tomé-et-Principe|Sainte-Lucie|Trinité-et-Tobago|Antigua-et-Barbuda|Saint-Kitts-et-Nevis|Porto Rico|Hong Kong|Macao|Brunei|Palaos|Vanuatu'
  ).split('|'),
);

/** Masculine names whose first word ends in « e » (« le Mexique »); the rest ending so are feminine. */
const MASCULINE_E = new Set(['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Bélize', 'Suriname', 'Royaume', 'Zaïre']);
/** Feminine names whose first word does not end in « e » (« la Sierra Leone », « la RD Congo »). */
const FEMININE_OTHER = new Set(['Sierra', 'RD', 'RDC']);

function kindOf(name: string): Kind {
  if (PLURAL.test(name)) return 'plural';
  if (BARE.has(name)) return 'bare';
  const first = /^[\p{L}\p{M}]+/u.exec(name)?.[0] ?? name;
  if (FEMININE_OTHER.has(first)) return 'feminine';
  return /e$/u.test(first) && !MASCULINE_E.has(first) ? 'feminine' : 'masculine';
}

/** Official names newsrooms shorten (« États-Unis », not « États-Unis d'Amérique »), where the library gives only those. */
const SAID: Readonly<Record<string, string>> = {
  US: 'États-Unis',
  GB: 'Royaume-Uni',
  // « au Salvador », not the library's « El Salvador » (yb07).
  SV: 'Salvador',
  AE: 'Émirats arabes unis',
  SA: 'Arabie saoudite',
  CI: 'Côte d’Ivoire',
  CD: 'RD Congo',
  CZ: 'République tchèque',
  KR: 'Corée du Sud',
  KP: 'Corée du Nord',
  RU: 'Russie',
  SY: 'Syrie',
  IR: 'Iran',
  VN: 'Viêt Nam',
  LA: 'Laos',
  MD: 'Moldavie',
  BO: 'Bolivie',
  VE: 'Venezuela',
  TZ: 'Tanzanie',
  MK: 'Macédoine du Nord',
  PS: 'Palestine',
  MM: 'Birmanie',
  // French copy writes « Nigeria » without the library's accent, and « la Bosnie » for short (yr07, yo02).
  NG: 'Nigeria',
  BA: 'Bosnie',
  // Nations the library has no code for. Wales gets no fix: « le pays de Galles » is more than a name to put in.
  'GB-SCT': 'Écosse',
  'GB-NIR': 'Irlande du Nord',
};

/** The French name a fix gives a country: one the article already writes, else the name newsrooms use. */
function frenchName(code: string, prose: string): string | undefined {
  // A people's name is no country's (« le roi des Belges » names no « Belgique » to write).
  const people = new Set(PEOPLE.fr[code]?.split('|') ?? []);
  const said = countryNames('fr', code).filter((n) => /\p{Ll}/u.test(n) && !people.has(n) && writesWhole(prose, n));
  // The longest written: « Corée du Sud » over « Corée ».
  if (said.length > 0) return said.sort((a, b) => b.length - a.length)[0];
  if (SAID[code] !== undefined) return SAID[code];
  const lib = (fr as { countries: Readonly<Record<string, string | readonly string[]>> }).countries[code];
  const name = typeof lib === 'string' ? lib : lib?.[0];
  // An official form (« République de … ») is not how copy names a country.
  return name === undefined || /^(?:République|Royaume|État|Principauté|Grand-Duché)\b/u.test(name) || /,/u.test(name) ? undefined : name;
}

/** What the words before a country's name do: place it (« au »), say where from (« du »), name it (« le »). */
type Role = 'in' | 'inArticle' | 'of' | 'ofArticle' | 'the' | 'none';

const BEFORE: ReadonlyArray<{ re: RegExp; role: Role }> = [
  { re: /(?<![\p{L}\p{M}])(?:à[ \u00A0]+la|à[ \u00A0]+l['’])[ \u00A0]*$/iu, role: 'inArticle' },
  { re: /(?<![\p{L}\p{M}])(?:de[ \u00A0]+la|de[ \u00A0]+l['’]|du|des)[ \u00A0]*$/iu, role: 'ofArticle' },
  { re: /(?<![\p{L}\p{M}])(?:aux|au|en|à)[ \u00A0]+$/iu, role: 'in' },
  { re: /(?<![\p{L}\p{M}])(?:de[ \u00A0]+|d['’])$/iu, role: 'of' },
  { re: /(?<![\p{L}\p{M}])(?:la|le|les)[ \u00A0]+$|(?<![\p{L}\p{M}])l['’]$/iu, role: 'the' },
];

/** The words `role` puts before a country of `kind` whose name starts with a vowel or not, with `a` for the apostrophe. */
function lead(role: Role, kind: Kind, vowel: boolean, a: string): string {
  switch (role) {
    case 'in':
      return kind === 'plural' ? 'aux ' : kind === 'bare' ? 'à ' : kind === 'feminine' || vowel ? 'en ' : 'au ';
    case 'inArticle':
      return kind === 'plural' ? 'aux ' : kind === 'bare' ? 'à ' : vowel ? `à l${a}` : kind === 'feminine' ? 'à la ' : 'au ';
    case 'ofArticle':
      return kind === 'plural' ? 'des ' : kind === 'bare' ? (vowel ? `d${a}` : 'de ') : vowel ? `de l${a}` : kind === 'feminine' ? 'de la ' : 'du ';
    case 'of':
      return kind === 'plural' ? 'des ' : kind === 'masculine' && !vowel ? 'du ' : vowel ? `d${a}` : 'de ';
    case 'the':
      return kind === 'plural' ? 'les ' : kind === 'bare' ? '' : vowel ? `l${a}` : kind === 'feminine' ? 'la ' : 'le ';
    case 'none':
      return '';
  }
}

/**
 * The edit that puts the country `code`, by its French name, in place of the French name `x` in `prose`, with the
 * words before it made to fit; undefined when the name is not known for sure.
 */
export function frenchCountryEdit(prose: string, x: PlaceMention, code: string, chosen?: string): TextEdit | undefined {
  const name = chosen ?? frenchName(code, prose);
  if (name === undefined) return undefined;
  const before = prose.slice(Math.max(0, x.start - 12), x.start);
  const found = BEFORE.map((b) => ({ m: b.re.exec(before), role: b.role })).find((b) => b.m !== null);
  const words = found?.m?.[0] ?? '';
  // A country said bare (« Cuba a voté ») stands where another takes « le » or « la ».
  const bareStart = found === undefined && kindOf(x.text) === 'bare';
  const role = found?.role ?? (bareStart ? 'the' : 'none');
  const apostrophe = apostropheOf(prose);
  let text = lead(role, kindOf(name), startsWithVowel(name), apostrophe);
  // « Au Mali » at a sentence's start becomes « En France »; « Le Mali » becomes « Israël ».
  if (/^\p{Lu}/u.test(words) || (bareStart && /^\p{Lu}/u.test(x.text) && /(?:^|[.!?»”]\s+|\n)$/u.test(prose.slice(Math.max(0, x.start - 3), x.start)))) text = text.charAt(0).toUpperCase() + text.slice(1);
  const written = name.replace(/['’]/gu, apostrophe);
  const newText = `${text}${written}`;
  return { start: x.start - words.length, end: x.end, newText };
}
