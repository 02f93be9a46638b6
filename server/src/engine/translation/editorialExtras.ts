import type { Article, Paragraph } from '../types';

// Paragraphs a newsroom adds to one version only: a correction or an
// editor's note, a byline or credit line, a photo caption, "Read more"
// links, "This story has been updated". They have no counterpart by nature,
// so they are left out of the alignment (an English-only correction once
// shifted the pairing of the paragraphs after it) and never reported as
// missing from the other version.

/** A label and its colon: "Correction:", « Rectificatif : », "Editor’s note —". */
const LABELLED =
  /^[(*_\s]*(?:correction|corrections|clarification|editor['’]s note|editors['’] note|note to readers|update|updated|read more|related|related coverage|see also|photo|photos|caption|top photo|rectificatif|correctif|erratum|précision|note de la rédaction|ndlr|mise à jour|mis à jour|lire aussi|à lire aussi|a lire aussi|voir aussi|légende|crédit photo|photo credit)[*_]*[ \u00A0\u202F]*[:：—–-]/iu;

/** Whole sentences that say what the paragraph is. */
const SENTENCES =
  /^[(*_\s]*(?:this (?:story|article|report) (?:has been|was|is being) (?:updated|corrected|amended|first published)|an earlier version of this (?:story|article)|cet article a été (?:mis à jour|corrigé|modifié|publié)|une (?:précédente|première) version de cet article|(?:additional )?reporting by|writing by|editing by|compiled by|reportage (?:de|d['’])|(?:texte|rédigé|édité|traduit) par|version française|follow us on|suivez-nous|avec (?:afp|reuters|ap|agences|l['’]afp)\b)/iu;

/** A short byline or credit: "By Awa Traoré", « Par Awa Traoré, à Bamako », "(Avec AFP)". */
const BYLINE = /^[(*_\s]*(?:by|par|avec) (?:\p{Lu}[\p{L}'’.-]*[ ,]*){1,6}(?:(?:and|et|à|in) [\p{L}'’ ,.-]+)?[)*_.]*$/u;
const BYLINE_MAX = 80;

/** A caption ends with its photo credit: "(AP Photo/Emile Kouton)", « (Photo : AFP) », "/ Reuters". */
const PHOTO_CREDIT = /(?:\([^()]*\b(?:photo|photographie|AFP|AP|Reuters|EPA|Getty Images|Xinhua)\b[^()]*\)|(?:©|\/)\s*(?:AFP|AP|Reuters|EPA|Getty Images)[^()]*)[*_\s.]*$/iu;
const CAPTION_MAX = 300;

export function isEditorialExtra(article: Article, p: Paragraph): boolean {
  const text = article.prose.slice(p.start, p.end).trim();
  if (LABELLED.test(text) || SENTENCES.test(text)) return true;
  if (text.length <= CAPTION_MAX && PHOTO_CREDIT.test(text)) return true;
  return text.length <= BYLINE_MAX && BYLINE.test(text);
}
