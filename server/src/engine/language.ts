import type * as Franc from 'franc-min';
import type { Lang, LanguageSource } from './types';

// franc-min restricted to the newsroom's languages was 40/40 on short news
// sentences here (shared/docs/libraries.md); unrestricted it calls English
// Scots. Names alone fool every detector, so we detect on prose of some length.

const ISO3_TO_1: Readonly<Record<string, Lang>> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it', nld: 'nl',
  pol: 'pl', ron: 'ro', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', tur: 'tr', rus: 'ru', ukr: 'uk', arb: 'ar',
};
const ISO1_TO_3: Readonly<Record<Lang, string>> = Object.fromEntries(Object.entries(ISO3_TO_1).map(([k, v]) => [v, k]));

export const DEFAULT_LANGUAGES: readonly Lang[] = ['en', 'fr', 'es', 'de', 'pt', 'it', 'nl'];

/** Languages a file name or folder may name. */
const KNOWN_CODES = new Set(Object.values(ISO3_TO_1));

const MIN_SAMPLE = 40;

// franc's trigram tables are only needed when neither the front matter nor the
// file name says the language: required on first use, from dist/vendor (esbuild.mjs).
let lib: typeof Franc | undefined;
function franc(text: string, options: { only: string[]; minLength: number }): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above)
  lib ??= require('franc-min') as typeof Franc;
  return lib.franc(text, options);
}

export function detectLanguage(sample: string, languages: readonly Lang[] = DEFAULT_LANGUAGES): Lang | undefined {
  const text = sample.replace(/\uE000/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length < MIN_SAMPLE) return undefined;
  const only = languages.map((l) => ISO1_TO_3[l]).filter((l): l is string => l !== undefined);
  const code = franc(text.slice(0, 4000), { only, minLength: MIN_SAMPLE });
  return ISO3_TO_1[code];
}

/** "story.fr.md", "story_fr.txt", "fr/story.md", "fr-FR/story.md". */
export function languageFromPath(path: string): { lang: Lang; source: LanguageSource } | undefined {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  const inName = /[._-]([a-z]{2})(?:[-_][A-Z]{2})?\.[A-Za-z0-9]+$/.exec(name);
  if (inName?.[1] && KNOWN_CODES.has(inName[1])) return { lang: inName[1], source: 'fileName' };
  for (let i = parts.length - 2; i >= 0; i--) {
    const folder = /^([a-z]{2})(?:[-_][A-Za-z]{2})?$/.exec(parts[i] ?? '');
    if (folder?.[1] && KNOWN_CODES.has(folder[1])) return { lang: folder[1], source: 'folder' };
  }
  return undefined;
}
