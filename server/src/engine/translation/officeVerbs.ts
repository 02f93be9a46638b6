// The verbs that give a person an office without putting the title before
// the name: "Crist served as governor", "Illa, 58, was health minister",
// "appointed Chrystia Freeland as finance minister", « Salvador Illa était
// ministre de la Santé », « a nommé Chrystia Freeland comme ministre des
// Finances ». personTitles reads the office after them and the holder before
// them. Only these words are read: a verb left out is a miss, never a false
// alarm.

export interface OfficeVerb {
  /** The verb phrase as a regular expression's source, ending right before the office. */
  source: string;
  /**
   * The office is said as finished ("served as", « a été », « était »): it is compared with offices said so, and
   * with "former" titles. "Was named", "became", « a été nommé » say a new office, compared with titles of now.
   */
  former: boolean;
}

const S = '[ \\u00A0]+';

/** English verbs whose subject holds the office after them. */
const EN: readonly OfficeVerb[] = [
  { source: `(?:served|serving|serves|serve)${S}as`, former: true },
  { source: `(?:has|have)${S}(?:served|been)(?:${S}as)?`, former: false },
  { source: `had${S}(?:served${S}as|been)`, former: true },
  { source: `(?:was|is|were|are|has${S}been|had${S}been|will${S}be|to${S}be)${S}(?:named|appointed|elected|re-elected|reelected|sworn${S}in${S}as|confirmed${S}as|installed${S}as|chosen${S}as|nominated${S}as|promoted${S}to)`, former: false },
  { source: `(?:sworn${S}in|swears${S}in|takes${S}office)${S}as`, former: false },
  { source: `(?:became|becomes|become|becoming|remains|remained|remain)`, former: false },
  { source: `(?:takes|took|take|taking)${S}over${S}as`, former: false },
  { source: `(?:stepped|steps|step|stepping)${S}down${S}as`, former: true },
  { source: `(?:resigned|resigns|quit|quits|retired|retires)${S}as`, former: true },
  { source: `(?:returned|returns|returning)${S}as`, former: false },
  { source: `was`, former: true },
  { source: `is`, former: false },
];

/** French verbs whose subject holds the office after them. */
const FR: readonly OfficeVerb[] = [
  { source: `(?:a|avait)${S}été${S}(?:nommée?|élue?|réélue?|désignée?|reconduite?|investie?|promue?|choisie?)(?:${S}(?:au${S}poste${S}de|comme|en${S}tant${S}que))?`, former: false },
  { source: `(?:est|sera)${S}(?:nommée?|élue?|réélue?|désignée?|reconduite?|investie?|promue?)(?:${S}(?:au${S}poste${S}de|comme|en${S}tant${S}que))?`, former: false },
  { source: `(?:est${S}devenue?|devient|deviendra|devenait|reste|restera|demeure|est|sera)`, former: false },
  { source: `(?:occupe|occupera|prend|prendra)${S}(?:le${S}poste${S}de|les${S}fonctions${S}de|ses${S}fonctions${S}de)`, former: false },
  { source: `(?:a${S}occupé|occupait|avait${S}occupé)${S}(?:le${S}poste${S}de|les${S}fonctions${S}de)`, former: true },
  { source: `(?:a${S}démissionné|démissionne|a${S}quitté|quitte)${S}(?:de${S})?(?:son${S}poste${S}de|ses${S}fonctions${S}de)`, former: true },
  { source: `(?:a${S}prêté|prête|prêtera)${S}serment${S}(?:comme|en${S}tant${S}que)`, former: false },
  { source: `(?:a|avait)${S}été`, former: true },
  { source: `était`, former: true },
];

/** The verbs of a language, longest first as the alternation needs them. */
export function officeVerbs(lang: string): readonly OfficeVerb[] {
  return lang === 'fr' ? FR : lang === 'en' ? EN : [];
}

/**
 * Words after which the name right before them holds the office that follows: "appointed Chrystia Freeland as
 * finance minister", « a nommé Chrystia Freeland comme ministre ». Said of a new office.
 */
export function officeConnective(lang: string): string | undefined {
  return lang === 'fr' ? `(?:comme|en${S}tant${S}que|au${S}poste${S}de)` : lang === 'en' ? 'as' : undefined;
}

/** Words that may stand between the verb and the office: an article, a possessive, a qualifier. */
export function officeLeadIn(lang: string): string {
  return lang === 'fr'
    ? `(?:(?:le|la|l['’]|un|une)[ \\u00A0]*)?(?:(?:nouveau|nouvelle|nouvel|futur|future|actuel|actuelle)${S})?(?:(?:vice|sous)-)?`
    : // "the", "a", "Spain's", "the country's"; then at most two words ("health", "national security", "interim"),
      // which are no small words of the sentence going on ("as a bridge between the minister…").
      `(?:(?:the|a|an|his|her|their|its)${S})?(?:(?:the${S})?\\p{L}[\\p{L}\\p{M}.-]*['’]s${S})?(?:(?!(?:the|a|an|of|to|for|with|and|or|but|in|on|at|by|from|between|well|such|his|her|their|its|who|which|that|when|after|before)[ \\u00A0])\\p{L}[\\p{L}\\p{M}-]*${S}){0,2}?(?:vice-)?`;
}

/** Words that read as a name at a sentence's start but are none: the subject of "She became president". */
export const NOT_HOLDERS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'who', 'which', 'the', 'a', 'an', 'his', 'her', 'their',
  'il', 'elle', 'ils', 'elles', 'on', 'ce', 'cela', 'celui', 'celle', 'qui', 'le', 'la', 'les', 'un', 'une', 'son', 'sa',
]);

/**
 * The offices read after a verb, folded: the ones news copy gives with one. Not every title word: an alternation of
 * all of them cost 25 ms per language to compile on a check's first paragraph, a tenth of the server's start.
 */
export const VERB_OFFICES: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'prime minister', 'premier', 'president', 'vice president', 'vice-president', 'chancellor', 'governor', 'mayor',
  'secretary', 'secretary-general', 'secretary general', 'attorney general', 'attorney-general', 'chairman', 'chairwoman', 'chair',
  'chief executive', 'director general', 'director-general', 'ambassador', 'senator', 'judge', 'commissioner', 'prosecutor', 'coach',
  // "General manager" and "managing director" are one office each, not a manager qualified ("was elected general manager").
  'manager', 'general manager', 'managing director', 'head coach', 'chief justice', 'speaker', 'cabinet secretary', 'chief cabinet secretary',
  'ministre', 'ministres', 'premier ministre', 'premiere ministre', 'president', 'presidente', 'vice-president', 'vice-presidente',
  'chancelier', 'chanceliere', 'gouverneur', 'gouverneure', 'maire', 'secretaire', 'secretaire general', 'secretaire generale',
  'directeur general', 'directrice generale', 'ambassadeur', 'ambassadrice', 'senateur', 'senatrice', 'juge', 'commissaire',
  'procureur', 'procureure', 'entraineur', 'selectionneur', 'president du conseil', 'presidente du conseil', 'president du gouvernement',
  'presidente du gouvernement', 'pdg',
]);
