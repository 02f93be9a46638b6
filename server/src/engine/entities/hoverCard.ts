import { dateBounds } from './entityDates';
import { canonicalName, type Entity, type EntityTitle } from './entityTypes';
import { escapeMarkdown, sanitizeBioMarkdown } from './bioSanitizer';
import type { DateValue, Lang, Locale } from '../types';

// What an editor sees on hovering a name: who or what it is, the title it
// held at the article's date, the bio, and the other accepted forms — all
// from the entity list, which is untrusted text (see bioSanitizer).

const TYPE_NAMES: Readonly<Record<Locale, Readonly<Record<Entity['type'], string>>>> = {
  en: { person: 'Person', organization: 'Organisation', place: 'Place', other: 'Entity' },
  fr: { person: 'Personne', organization: 'Organisation', place: 'Lieu', other: 'Entité' },
};

const LABELS: Readonly<Record<Locale, { title: string; aliases: string; otherNames: string; at: string }>> = {
  en: { title: 'Title', aliases: 'Also written', otherNames: 'In other languages', at: 'at the article’s date' },
  fr: { title: 'Titre', aliases: 'Autres graphies', otherNames: 'Dans d’autres langues', at: 'à la date de l’article' },
};

export function entityHoverMarkdown(entity: Entity, lang: Lang, locale: Locale, at: DateValue | undefined): string {
  const labels = LABELS[locale];
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(canonicalName(entity, lang))}** — ${TYPE_NAMES[locale][entity.type]}`);

  const titles = titlesAt(entity.titles, at);
  if (titles.length > 0) {
    const names = titles.map((t) => escapeMarkdown(titleName(t, lang)));
    lines.push('', `${labels.title}${at ? ` (${labels.at})` : ''}: ${names.join(', ')}`);
  }

  const bio = entity.bio[lang] ?? entity.bio['default'] ?? entity.bio['en'] ?? Object.values(entity.bio)[0];
  if (bio && bio.trim()) lines.push('', sanitizeBioMarkdown(bio));

  const canonical = canonicalName(entity, lang);
  const aliases = unique([...entity.aliases, ...(entity.aliasesByLang[lang] ?? [])]).filter((a) => a !== canonical);
  if (aliases.length > 0) lines.push('', `${labels.aliases}: ${aliases.map(escapeMarkdown).join(', ')}`);

  const others: string[] = [];
  const langs = unique([...Object.keys(entity.names), ...Object.keys(entity.aliasesByLang)]).filter((l) => l !== lang).sort();
  for (const l of langs) {
    const forms = unique([canonicalName(entity, l), ...(entity.aliasesByLang[l] ?? [])]).filter((f) => f !== canonical);
    if (forms.length > 0) others.push(`${escapeMarkdown(l)}: ${forms.map(escapeMarkdown).join(', ')}`);
  }
  if (others.length > 0) lines.push('', `${labels.otherNames}: ${others.join(' · ')}`);
  return lines.join('\n');
}

/** Titles held at the date (all dated ones overlapping it); every title when no date is known, undated ones always. */
function titlesAt(titles: readonly EntityTitle[], at: DateValue | undefined): EntityTitle[] {
  if (!at || at.year === undefined) return titles.filter((t) => !t.to);
  const y = String(at.year).padStart(4, '0');
  const iso = at.month === undefined ? y : at.day === undefined ? `${y}-${String(at.month).padStart(2, '0')}` : `${y}-${String(at.month).padStart(2, '0')}-${String(at.day).padStart(2, '0')}`;
  const [start, end] = dateBounds(iso);
  return titles.filter((t) => (!t.from || dateBounds(t.from)[0] <= end) && (!t.to || dateBounds(t.to)[1] >= start));
}

function titleName(t: EntityTitle, lang: Lang): string {
  return t.names[lang] ?? t.names['default'] ?? t.names['en'] ?? Object.values(t.names)[0] ?? '';
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
