import type { StyleGuide, StyleRule } from './styleGuideTypes';

// The built-in guides apply to every article unless a newsroom opts out, so
// each rule here must be near-certain: slips every style book condemns, not
// house preferences ("per cent", "Cédéao", serial commas belong in a house
// guide). Debatable usages are hints, with no automatic fix. Ids carry the
// language so both guides can be loaded together.

export const BUILTIN_STYLE_NAMES = ['en-newsroom', 'fr-newsroom'] as const;
export type BuiltinStyleName = (typeof BUILTIN_STYLE_NAMES)[number];

const EN: readonly StyleRule[] = [
  {
    id: 'en-repeated-word',
    kind: 'repetition',
    languages: ['en'],
    examples: { bad: 'the the summit', good: 'He said that that was wrong; Bora Bora' },
  },
  {
    id: 'en-common-slips',
    kind: 'substitution',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['en'],
    swap: [
      { from: 'alot', to: 'a lot' },
      { from: 'irregardless', to: 'regardless' },
      { from: 'for all intensive purposes', to: 'for all intents and purposes' },
      { from: 'wreck havoc', to: 'wreak havoc' },
      { from: 'wrecked havoc', to: 'wreaked havoc' },
      { from: 'wrecking havoc', to: 'wreaking havoc' },
      { from: 'sneak peak', to: 'sneak peek' },
      { from: 'baited breath', to: 'bated breath' },
      { from: 'tow the line', to: 'toe the line' },
      { from: 'towed the line', to: 'toed the line' },
      { from: 'towing the line', to: 'toeing the line' },
      { from: 'free reign', to: 'free rein' },
      // A reign that lasts: "a 33-year rein", "a decade-long rein" ("free rein", "a tight rein" are right).
      { from: 'year rein', to: 'year reign' },
      { from: 'year-long rein', to: 'year-long reign' },
      { from: 'decade-long rein', to: 'decade-long reign' },
      { from: 'per say', to: 'per se' },
      { from: 'shoe-in', to: 'shoo-in' },
    ],
    examples: { bad: 'It was a sneak peak, irregardless of the rules.', good: 'A lot of peaks; the reign of the king.' },
  },
  {
    id: 'en-could-of',
    kind: 'pattern',
    // Not left to quotations: nobody says "could of", they say "could've"; the slip is the writer's.
    languages: ['en'],
    // "could of course" and "would of necessity" are good English, and so is
    // "what they could of their savings": the slip is "of" before a verb's
    // participle ("could of been", "could of won").
    pattern: '(?<![\\p{L}])(could|should|would)(n[’\']t)? of(?![\\p{L}])(?! course| necessity)(?= (?:been|had|done|gone|seen|made|known|got|gotten|taken|given|come|went|said|thought|told|left|lost|won|kept|brought|bought|\\p{L}+ed)(?![\\p{L}]))',
    replacement: '$1$2 have',
    ignoreCase: true,
    examples: { bad: 'They could of won.', good: 'They could of course win; they saved what they could of their savings.' },
  },
  {
    id: 'en-where-were',
    kind: 'pattern',
    // Not left to quotations: the slip is in the writing, not in what was said.
    languages: ['en'],
    // "where" for "were" between people and what befell them ("three people
    // where killed"); "the town where residents fled" has a place before it.
    pattern:
      '(?<=(?<![\\p{L}])(?:they|we|you|who|people|others|many|some|dozens|hundreds|thousands|millions|children|civilians|residents|soldiers|workers|students|passengers|protesters|officers|migrants|victims|mourners|fans|guests|pilgrims|voters|patients|journalists|refugees|hostages|prisoners|inmates|troops|employees|miners|tourists|spectators|demonstrators) )where(?= (?:killed|injured|wounded|arrested|detained|evacuated|displaced|rescued|hospitalised|hospitalized|charged|convicted|sentenced|released|shot|stabbed|trapped|among|allowed|forced|told|asked|invited|admitted|barred|banned|denied|ordered|able|unable)(?![\\p{L}]))',
    replacement: 'were',
    ignoreCase: true,
    examples: { bad: 'Three people where killed and dozens where injured; only 30 mourners where allowed in.', good: 'The town where residents were killed; the camp where children found shelter; the hall where mourners were allowed in.' },
  },
  {
    id: 'en-then-than',
    kind: 'pattern',
    // Not left to quotations: "then" and "than" sound alike, so the slip is the writer's, not the speaker's.
    languages: ['en'],
    // "then" for "than" where nothing else can be meant: after a comparative
    // and before a figure ("more then 6 percent", "fewer then a dozen"). "He ate
    // more then left" and "each other then parted" are good English, hence no
    // rule for a comparative before any word.
    pattern:
      '(?<=(?<![\\p{L}])(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|older|younger|longer|shorter|faster|slower|cheaper|dearer|worse|better|rather) ))then(?= (?:[$€£¥]?\\d|(?:about|around|nearly|almost|some|just|half|a (?:dozen|hundred|thousand|million|billion|third|quarter|decade|year|month|week|day|minute|second|mile|kilometre|kilometer)|an hour|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|dozens|double|twice|triple)(?![\\p{L}-])))',
    replacement: 'than',
    ignoreCase: true,
    examples: { bad: 'Prices rose more then 6 percent, to less then $10, and fewer then a dozen bids came.', good: 'He ate more, then left; prices rose more than 6 percent; they hugged each other then parted; more then followed.' },
  },
  {
    id: 'en-supposably',
    kind: 'existence',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['en'],
    severity: 'hint',
    tokens: ['supposably'],
    hint: 'It is usually a slip for “supposedly”.',
    examples: { bad: 'He was supposably ill.', good: 'He was supposedly ill.' },
  },
  {
    id: 'en-comprised-of',
    kind: 'existence',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['en'],
    severity: 'hint',
    tokens: ['comprised of', 'is comprised of', 'are comprised of'],
    hint: 'Style books prefer “composed of” or “comprises”.',
    examples: { bad: 'The alliance is comprised of three states.', good: 'The alliance comprises three states.' },
  },
];

/** Forms of "pallier" (but not "palliatif"), for "pallier à". */
const PALLIER =
  'pallier|pallie|pallies|pallient|pallions|palliez|palliais|palliait|palliaient|palliions|palliiez|pallia|pallièrent|pallié|palliée|palliés|palliées|palliant|' +
  'pallierai|pallieras|palliera|pallierons|pallierez|pallieront|pallierais|pallierait|pallierions|pallieriez|pallieraient';
/** "à temps", "à court terme"… go with the verb, not its object. */
const NOT_AN_OBJECT = '(?! (?:temps|court|moyen|long|terme|peine|nouveau|chaque|distance)(?![\\p{L}])| la (?:hâte|fois)(?![\\p{L}])| tout prix| moindre coût| (?:lui|elle|eux|elles) seule?s?(?![\\p{L}]))';

const FR: readonly StyleRule[] = [
  {
    id: 'fr-repeated-word',
    kind: 'repetition',
    languages: ['fr'],
    examples: { bad: 'le le sommet', good: 'nous nous sommes réunis' },
  },
  {
    id: 'fr-pallier-a',
    kind: 'substitution',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    regex: true,
    swap: [
      { from: `(${PALLIER}) à(?= \\p{L})${NOT_AN_OBJECT}`, to: '$1' },
      { from: `(${PALLIER}) au`, to: '$1 le' },
      { from: `(${PALLIER}) aux`, to: '$1 les' },
    ],
    message: {
      en: '“Pallier” takes a direct object: write “{expected}”, not “{actual}”.',
      fr: '«\u00A0Pallier\u00A0» est transitif direct\u00A0: écrire «\u00A0{expected}\u00A0», pas «\u00A0{actual}\u00A0».',
    },
    examples: { bad: 'pour pallier à la crise, pallier au manque', good: 'pour pallier la crise ; des soins palliatifs à domicile ; il ne peut pallier à lui seul le manque ; pallier à la fois la lenteur et le coût' },
  },
  {
    id: 'fr-malgre-que',
    kind: 'pattern',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    // "malgré qu'il en ait" (or "en eût", "en eussent") is the one accepted use.
    pattern: "(?<![\\p{L}])malgré qu(e(?![\\p{L}])|['’])(?! ?(?:il|elle|ils|elles|on) en (?:ai|eû|eu))",
    replacement: 'bien qu$1',
    ignoreCase: true,
    message: { en: '“Malgré que” is condemned by usage guides: write “bien que”.', fr: '«\u00A0Malgré que\u00A0» est critiqué\u00A0: écrire «\u00A0bien que\u00A0».' },
    examples: { bad: 'malgré que la réunion ait eu lieu', good: 'malgré la réunion ; malgré qu’il en ait ; malgré qu’il en eût' },
  },
  {
    id: 'fr-au-jour-d-aujourd-hui',
    kind: 'pattern',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    pattern: '(?<![\\p{L}])au jour d[\'’]aujourd([\'’])hui(?![\\p{L}])',
    replacement: 'aujourd$1hui',
    ignoreCase: true,
    message: { en: '“Au jour d’aujourd’hui” is a pleonasm: “aujourd’hui” says it.', fr: '«\u00A0Au jour d’aujourd’hui\u00A0» est un pléonasme\u00A0: «\u00A0aujourd’hui\u00A0» suffit.' },
    examples: { bad: 'au jour d’aujourd’hui', good: 'aujourd’hui' },
  },
  {
    id: 'fr-voire-meme',
    kind: 'substitution',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    severity: 'info',
    swap: [{ from: 'voire même', to: 'voire' }],
    message: { en: '“Voire même” is a pleonasm: “voire” is enough.', fr: '«\u00A0Voire même\u00A0» est un pléonasme\u00A0: «\u00A0voire\u00A0» suffit.' },
    examples: { bad: 'difficile, voire même impossible', good: 'difficile, voire impossible' },
  },
  {
    id: 'fr-se-rappeler-de',
    kind: 'pattern',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    severity: 'hint',
    // "se rappeler de + infinitif" is accepted, so only an article after "de" is flagged.
    pattern: "(?<![\\p{L}])(?:se|s['’]en|me|te|nous|vous) rappel(?:er|le|les|lent|ons|ez|ait|aient|ais|a|èrent|é|ée|és|ées|ant|lera|leront|lerait|leraient) (?:de (?:la|le|les|ce|cet|cette|ces|son|sa|ses|leur|leurs)|du|des)(?![\\p{L}])",
    message: { en: '“Se rappeler” takes a direct object: “se rappeler la date”, not “se rappeler de la date”.', fr: 'On écrit «\u00A0se rappeler quelque chose\u00A0», sans «\u00A0de\u00A0».' },
    examples: { bad: 'il se rappelle de la réunion', good: 'il se rappelle la réunion ; il se rappelle d’avoir signé' },
  },
  {
    id: 'fr-solutionner',
    kind: 'existence',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    severity: 'hint',
    tokens: [
      'solutionner', 'solutionne', 'solutionnes', 'solutionnent', 'solutionnons', 'solutionnez', 'solutionnait', 'solutionnaient',
      'solutionné', 'solutionnée', 'solutionnés', 'solutionnées', 'solutionnera', 'solutionneront', 'solutionnerait',
    ],
    message: { en: '“Solutionner” is criticised: “résoudre” is preferred.', fr: '«\u00A0Solutionner\u00A0» est critiqué\u00A0: préférer «\u00A0résoudre\u00A0».' },
    examples: { bad: 'solutionner la crise', good: 'résoudre la crise' },
  },
  {
    id: 'fr-par-contre',
    kind: 'existence',
    // A speaker's words are quoted as said.
    quotations: 'skip',
    languages: ['fr'],
    severity: 'hint',
    tokens: ['par contre'],
    message: {
      en: 'Some style books prefer “en revanche” to “par contre”.',
      fr: 'Certains guides préfèrent «\u00A0en revanche\u00A0» à «\u00A0par contre\u00A0».',
    },
    examples: { bad: 'Par contre, le Niger…', good: 'En revanche, le Niger…' },
  },
];

export function builtinStyleGuide(name: BuiltinStyleName): StyleGuide {
  switch (name) {
    case 'en-newsroom':
      return { name: 'Newsroom English (built in)', rules: EN };
    case 'fr-newsroom':
      return { name: 'Newsroom French (built in)', rules: FR };
  }
}
