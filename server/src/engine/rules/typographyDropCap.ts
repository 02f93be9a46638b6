import { isLetterOrMark } from '../letterClass';
import { say } from '../messages';
import { DATELINE } from '../style/dateline';
import { isProse, proseFinding, proseParagraphs, quoted } from '../style/proseText';
import type { RawFinding } from '../types';
import type { DocumentContext, DocumentRule } from './rule';

// Layout exports often split a drop cap from its word ("O n December").
// A capital letter followed by a space and a lower-case fragment is also
// ordinary prose when the letter is a word ("A new era", "I think"): then we
// flag only when the joined form is a word that commonly opens a paragraph
// in that language, or one the article writes whole elsewhere, and the
// fragment is not also a word ("A gain of 5%"), or no word could start as it
// does ("I nflation"). A capital that is no word
// ("S peaking", "M ohamed") is a split word unless the two make a term ("T
// cells", "B vitamins").

const ID = 'typography.drop-cap';

/** Words (lower case) that commonly open a news paragraph; the joined form must be one. */
const OPENING_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    (
      'on in at the this that these those there their they then thus it its if is as an and after against among all also although always ' +
      'any another according already above but by before between both during despite each earlier even every for from following five four ' +
      'few he her his here how however instead indeed inside last later many meanwhile more most much no not now nor of one only once our ' +
      'over other officials some since several she so such still six to two three ten today tomorrow yesterday under unlike until up we ' +
      'what when where which while who why with within without yet you next nearly nine eight seven just first second third former ' +
      'hundreds thousands dozens police people residents'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les un une des du de dans depuis dès en et au aux avant ainsi avec aucun aucune aujourd auparavant autant selon sur sous ' +
      'pour par pendant parmi plus plusieurs mais ce cet cette ces cela ceci il ils elle elles on nous vous je son sa ses leur leurs lors ' +
      'lorsque si quand qui que quel quelle quels quelles comme cependant toutefois pourtant enfin encore entre outre or où hier demain ' +
      'déjà désormais tous toutes tout toute trois deux quatre cinq face bien certes ni ne lundi mardi mercredi jeudi vendredi samedi ' +
      'dimanche contrairement malgré grâce vers voici voilà mon ma mes notre nos votre vos chaque certains certaines après'
    ).split(' '),
  ),
};

/** Capitals that are words on their own in the language. */
const LETTER_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['A', 'I', 'O']),
  fr: new Set(['A', 'À', 'Y', 'Ô', 'O']),
};

/** Words a letter is put before to make a term: "T cells", "B vitamins", "C major", "X rays", "U boats". */
const LETTER_TERMS = new Set(
  'cell cells vitamin vitamins ray rays section sections boat boats number numbers string strings shirt shirts flat sharp major minor wave waves bomb bombs test tests score scores junction zone zones list lister plus minus rating ratings grade grades class type types word chromosome chromosomes drive team lymphocytes cellules rayons vitamine vitamines'.split(' '),
);

/** Fragments that are words, so "A gain", "A près" may be meant as written. */
const FRAGMENT_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set('gain bout cross mid lone long head part side way round new go top re live wake ware like back rise sleep board'.split(' ')),
  fr: new Set('près lors vers mais si la le les un une tout peine part côté moins plus bord cause travers'.split(' ')),
};

/** Letters elided before an apostrophe in French ("L ’AES" → "L’AES"). */
const FR_ELISION = /^([LDJMNSTC])[ \u00A0]+(['’])(?=\p{L})/u;

// The fragment may go on with a hyphen when it is three letters or more: "N otre-Dame de Paris could…", not "A n-gram".
const SPLIT_WORD = /^(\p{Lu}\p{M}*)[ \u00A0]+((?:\p{Ll}\p{M}*)+)(?=$|[\s,;:.!?’'…)\]»"”]|(?<=(?:\p{Ll}\p{M}*){3})-)/u;

export const dropCap: DocumentRule = {
  id: ID,
  scope: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A capital letter split from the rest of its word at the start of a paragraph, as left by a drop cap ("O n December").',
    fr: 'Une capitale séparée du reste de son mot en début de paragraphe, reste d’une lettrine («\u00A0L e 22 décembre\u00A0»).',
  },
  examples: [
    { lang: 'en', bad: 'O n December 22, Bamako hosted…', good: 'A new era begins.' },
    { lang: 'fr', bad: 'L e 22 décembre, Bamako a accueilli…', good: 'À Paris, le sommet…' },
  ],
  check(ctx: DocumentContext): RawFinding[] {
    const { article } = ctx;
    const lang = article.language;
    const opening = OPENING_WORDS[lang];
    if (!opening) return [];
    const letterWords = LETTER_WORDS[lang] ?? new Set<string>();
    const fragmentWords = FRAGMENT_WORDS[lang] ?? new Set<string>();
    const out: RawFinding[] = [];
    for (const p of proseParagraphs(article)) {
      // After an agency dateline, the story's first word: "FRANKFURT (AP) — I nflation in the 20 countries…".
      const lead = (/^[ \t]*/.exec(p.text)?.[0].length ?? 0) + (DATELINE.exec(p.text.replace(/^[ \t]*/u, ''))?.[0].length ?? 0);
      const rest = p.text.slice(lead);
      const at = p.start + lead;
      const m = SPLIT_WORD.exec(rest);
      if (m) {
        const letter = m[1] ?? '';
        const fragment = m[2] ?? '';
        const joined = (letter + fragment).normalize('NFC');
        // Any other word counts when the article writes it whole elsewhere ("M ohamed" beside
        // "Mohamed", "H earts" beside "Hearts of Oak") and the letter is no word by itself.
        const letterIsWord = letterWords.has(letter.normalize('NFC'));
        // A letter that is a word ("A riane 6") counts only beside a name: the joined word written elsewhere
        // with its capital inside a sentence ("the Ariane 6 rocket"). "A bout" beside "About" is left alone.
        // Or the joined word written whole elsewhere, when what follows the letter is no word the article writes
        // ("I nflation" beside "inflation"; "I think" is left alone).
        // Or a name written whole elsewhere, even opening the headline ("Olivia Chow elected…" over "O livia Chow was
        // elected"), when what follows the letter is no word the article writes on its own ("livia").
        const fragmentAt = at + m[0].length - fragment.length;
        const elsewhere = letterIsWord
          ? nameElsewhere(article.prose, joined, at) ||
            (noWordStart(fragment) && writtenElsewhere(article.prose, joined, at)) ||
            (fragment.length >= 4 && writtenElsewhere(article.prose, joined, at, true) && !writtenElsewhere(article.prose, fragment, fragmentAt))
          : writtenElsewhere(article.prose, joined, at);
        // A capital that is no word by itself, then small letters, opening a paragraph, is a split word
        // ("S peaking", "C olonel", "W est") unless the two make a term ("T cells", "B vitamins", "C major").
        const stranded = !letterIsWord && fragment.length >= 2 && !LETTER_TERMS.has(fragment.normalize('NFC').toLowerCase());
        // « A près de 80 ans » is « À près de »: "A près" is "Après" anywhere else.
        const ambiguous = letterIsWord && fragmentWords.has(fragment.normalize('NFC')) && !(fragment === 'près' && !/^[ \u00A0]+d(?:e |['’])/u.test(rest.slice(m[0].length)));
        const plausible = (opening.has(joined.toLowerCase()) || elsewhere || stranded) && !ambiguous;
        if (plausible && isProse(article, at, at + m[0].length)) {
          out.push(report(ctx, at, at + m[0].length, at + letter.length, at + m[0].length - fragment.length, joined, m[0]));
        }
        continue;
      }
      if (lang === 'fr') {
        const e = FR_ELISION.exec(rest);
        if (e && isProse(article, at, at + e[0].length)) {
          const letter = e[1] ?? '';
          const apostrophe = e[2] ?? '’';
          const wordEnd = at + e[0].length + (/^\p{L}+/u.exec(rest.slice(e[0].length))?.[0].length ?? 0);
          const written = article.text.slice(at, wordEnd);
          // Joined, the apostrophe is an elision's, which French typography writes curly: a straight one would be flagged next.
          const joined = letter + '’' + article.text.slice(at + e[0].length, wordEnd);
          const curly = apostrophe === '’';
          out.push(report(ctx, at, wordEnd, at + letter.length, at + e[0].length - (curly ? apostrophe.length : 0), joined, written, curly ? '' : '’'));
        }
      }
    }
    return out;
  },
};

/** Two consonants that start words of English or French ("broad", « froid », "strong"). */
const ONSETS = new Set('bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pr ps pt rh sc sh sk sl sm sn sp st sv sw sz th tr ts tw vl vr wh wr'.split(' '));

/**
 * Whether a fragment cannot start a word: two consonants no word opens with
 * ("nflation", "rrival", "mportant"). After a letter that is a word, only
 * such a fragment is surely the rest of a split word: "I ran" may be meant,
 * "A broad coalition" is.
 */
function noWordStart(fragment: string): boolean {
  const f = fragment.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return f.length >= 3 && /^[b-df-hj-np-tv-z]{2}/u.test(f) && !ONSETS.has(f.slice(0, 2));
}

/** Whether `word` stands whole, in any case (or `asWritten`, capitals and all), somewhere in the text other than at `at`. */
function writtenElsewhere(prose: string, word: string, at: number, asWritten = false): boolean {
  const lower = asWritten ? prose : prose.toLowerCase();
  const target = asWritten ? word : word.toLowerCase();
  for (let k = lower.indexOf(target); k >= 0; k = lower.indexOf(target, k + 1)) {
    if (k === at) continue;
    const before = k === 0 ? 0x20 : (prose.codePointAt(k - 1) ?? 0x20);
    const after = prose.codePointAt(k + target.length) ?? 0x20;
    if (!isLetterOrMark(before) && !isLetterOrMark(after)) return true;
  }
  return false;
}

/** Whether `word` is written elsewhere as it is, capital included, inside a sentence (after a small letter or a comma): a name. */
function nameElsewhere(prose: string, word: string, at: number): boolean {
  for (let k = prose.indexOf(word); k >= 0; k = prose.indexOf(word, k + 1)) {
    if (k === at || k < 2) continue;
    const after = prose.codePointAt(k + word.length) ?? 0x20;
    if (isLetterOrMark(after) || !/[ \u00A0]/u.test(prose.charAt(k - 1)) || !/[\p{Ll},;]/u.test(prose.charAt(k - 2))) continue;
    return true;
  }
  return false;
}

function report(ctx: DocumentContext, start: number, end: number, gapStart: number, gapEnd: number, joined: string, written: string, newText = ''): RawFinding {
  const { locale } = ctx;
  return proseFinding(ctx.article, {
    rule: ID,
    start,
    end,
    message: say(locale, {
      en: `${quoted('en', written)} looks like a drop cap split from its word: write ${quoted('en', joined)}.`,
      fr: `${quoted('fr', written)} ressemble à une lettrine séparée de son mot\u00A0: écrire ${quoted('fr', joined)}.`,
    }),
    fixTitle: say(locale, { en: `Join into ${quoted('en', joined)}`, fr: `Réunir en ${quoted('fr', joined)}` }),
    edits: [{ start: gapStart, end: gapEnd, newText }],
  });
}
