import { foldKey } from '../entities/fold';
import type { TextEdit } from '../types';
import { writesWhole } from '../wholeWord';
import { regionNames } from './cities';
import { startsWithVowel } from './frenchElision';
import type { PlaceMention } from './swappedPlaces';

// One state or region named for another between versions ("Hubei" / « du
// Henan », "Arizona" / "California"): the edit that names the other version's
// here. Only the name changes, so a fix is offered only where the words
// before it fit both: in English, where neither name takes "the"; in French,
// where both names take the same article (« au Texas » / « au Missouri », « en
// Californie » / « en Floride », « du Hubei » / « du Henan »). Elsewhere the
// preposition would have to change too (« en Californie », « au Texas »), and
// French usage for states varies (« au Texas », « dans le Texas »): no fix.

/** Regions English names with "the": swapping one for another would leave or lose it. */
const WITH_THE = new Set(['West Bank', 'Basque Country', 'Golan Heights', 'Northwest Territories', 'Punjab', 'Donbas', 'Sinai']);

/** Islands French names with no article (« à Bali », « à Sumatra »). */
const BARE = new Set(['Bali', 'Sumatra', 'Bornéo', 'Borneo', 'Okinawa', 'Hokkaido', 'Hokkaidō', 'Mindanao', 'Leyte', 'Luzon', 'Luçon', 'Palawan', 'Mindoro', 'Bohol', 'Panay', 'Grand Bahama', 'New Providence', 'Abaco', 'Eleuthera']);
/** Masculine names ending in « e » (« le Maine », « le Cachemire », « le Yorkshire »). */
const MASCULINE_E = /^(?:Maine|Tennessee|Delaware|Cachemire|\p{L}+shire)$/u;

/** How a French region's name takes its article: none, or « le », « la », « l’ » for either gender. */
function kindOf(name: string): string {
  if (BARE.has(name)) return 'bare';
  const first = /^[\p{L}\p{M}]+/u.exec(name)?.[0] ?? '';
  const gender = /e$/u.test(first) && !MASCULINE_E.test(first) ? 'f' : 'm';
  return startsWithVowel(name) ? `${gender}-vowel` : gender;
}

/** The name of the region `key` this version gives it: one the article writes, else the only one, else English's first. */
function nameIn(lang: 'en' | 'fr', key: string, prose: string): string | undefined {
  const names = regionNames(lang, key);
  const written = names.find((n) => writesWhole(prose, n));
  if (written !== undefined) return written;
  if (names.length === 1) return names[0];
  // The groups list English's name first and French's second ("California|Californie"), and the reader adds spellings
  // of its own ("South-Australia"): French's is the one that is not English's, and where two are left that differ by
  // accents alone ("Tillabéri|Tillaberi", "Michoacán|Michoacan"), French keeps the accents.
  if (lang === 'en') return names[0];
  const english = (n: string): string => foldKey(n.replace(/-/gu, ' '));
  const accents = (n: string): number => [...n.normalize('NFC')].filter((c) => c > '\u007f').length;
  const mostAccented = (ns: readonly string[]): string | undefined => [...ns].sort((a, b) => accents(b) - accents(a))[0];
  const french = names.filter((n) => english(n) !== english(names[0] ?? ''));
  // One name, however accented: French keeps the accents.
  if (french.length === 0) return mostAccented(names);
  if (french.length > 2 || (french.length === 2 && foldKey(french[0] ?? '') !== foldKey(french[1] ?? ''))) return undefined;
  return mostAccented(french);
}

/**
 * The edit that puts, in place of `x` in `prose` (in `lang`), the region `yKey` names; undefined where the words
 * before the name would have to change with it.
 */
export function renameRegion(prose: string, lang: string, x: PlaceMention, yKey: string): TextEdit | undefined {
  const l = lang.toLowerCase().split(/[-_]/u)[0];
  if (l !== 'en' && l !== 'fr') return undefined;
  const name = nameIn(l, yKey, prose);
  if (name === undefined || name === x.text) return undefined;
  if (l === 'en') return WITH_THE.has(name) || WITH_THE.has(x.text) ? undefined : { start: x.start, end: x.end, newText: name };
  return kindOf(name) === kindOf(x.text) ? { start: x.start, end: x.end, newText: name } : undefined;
}
