import type { Lang, Locale } from './types';

// Messages speak the editor's language. Each rule writes its sentences in
// both locales next to its logic, through this one helper, so a reader sees
// the whole message where it is used.

export function say(locale: Locale, text: Readonly<Record<Locale, string>>): string {
  return text[locale];
}

export function toLocale(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const LANGUAGE_NAMES: Readonly<Record<Locale, Readonly<Record<Lang, string>>>> = {
  en: { en: 'English', fr: 'French', es: 'Spanish', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', ar: 'Arabic' },
  fr: { en: 'anglaise', fr: 'française', es: 'espagnole', de: 'allemande', pt: 'portugaise', it: 'italienne', nl: 'néerlandaise', ar: 'arabe' },
};

/** "the French version" / "la version française", for messages that name a counterpart. */
export function versionName(locale: Locale, lang: Lang): string {
  const name = LANGUAGE_NAMES[locale][lang];
  if (locale === 'fr') return name ? `la version ${name}` : `la version « ${lang} »`;
  return name ? `the ${name} version` : `the "${lang}" version`;
}
