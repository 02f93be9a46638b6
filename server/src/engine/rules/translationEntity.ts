import { mentionsIn, mentionsOf } from '../articleMentions';
import type { EntityIndex } from '../entities/entityIndex';
import { canonicalName, type Entity } from '../entities/entityTypes';
import { foldKey } from '../entities/fold';
import { say } from '../messages';
import { perParagraph } from '../paragraphMemo';
import { alignedParagraphs, namedVersion, versionPairs } from '../translation/versionPairs';
import type { Article, Paragraph, RawFinding } from '../types';
import type { TranslationRule } from './rule';

// A person or organisation named in one version but nowhere near the same
// place in another. Translations often swap a name for a pronoun, a role or
// a metonym ("Burkina Faso's head of state", « Bruxelles » for the EU), so
// this only speaks up when the name is missing from the counterpart
// paragraph and from its neighbours, the alignment is confident, and either
// the other version never names it at all, or names another of the same
// kind in its place (ECOWAS where the other says AES).

const MIN_CONFIDENCE = 0.6;

/** A person's surnames as the list writes them, folded ("ouattara"): what a version keeps when it shortens the name. Nothing for organisations and places, whose words are too often common ones. */
const surnames = new WeakMap<Entity, string[]>();
/** The words of a paragraph, folded; each paragraph folded once, and only when a name is missing near it. */
const foldedWords = perParagraph((article: Article, p: Paragraph): Set<string> => new Set(foldKey(article.prose.slice(p.start, p.end)).split(/[^\p{L}\p{N}]+/u)));

const named = new WeakMap<Article, { entities: EntityIndex; ids: Set<string> }>();

/** Whether the version names the entity anywhere (per article and entity index: a new list names others). */
function namedIn(version: { article: Article; entities: EntityIndex }, id: string): boolean {
  let hit = named.get(version.article);
  if (!hit || hit.entities !== version.entities) {
    hit = { entities: version.entities, ids: new Set(mentionsOf(version.article, version.entities).map((m) => m.entity.id)) };
    named.set(version.article, hit);
  }
  return hit.ids.has(id);
}

/** Whether one of the entity's names starts a hyphenated compound in the paragraph ("U.N.-backed", « pro-Cédéao » aside). */
function inCompound(article: Article, p: Paragraph, e: Entity): boolean {
  const text = foldKey(article.prose.slice(p.start, p.end));
  if (!text.includes('-')) return false;
  const forms = [e.name, ...Object.values(e.names), ...e.aliases, ...Object.values(e.aliasesByLang).flat()].map(foldKey).filter((f) => f.length >= 2);
  return forms.some((f) => {
    for (let at = text.indexOf(`${f}-`); at >= 0; at = text.indexOf(`${f}-`, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return true;
    return false;
  });
}

function nameWords(e: Entity): string[] {
  if (e.type !== 'person') return [];
  const known = surnames.get(e);
  if (known) return known;
  const forms = [e.name, ...Object.values(e.names), ...e.aliases, ...Object.values(e.aliasesByLang).flat()];
  const words = [...new Set(forms.map((f) => foldKey(f).split(/[^\p{L}\p{N}]+/u).filter(Boolean).pop() ?? '').filter((w) => w.length >= 4))];
  surnames.set(e, words);
  return words;
}

/** Words of organisations' names that are no sign of one in particular. */
const GENERIC = new Set(['union', 'unions', 'nations', 'national', 'nationale', 'united', 'unies', 'states', 'etats', 'bank', 'banque', 'central', 'centrale', 'organisation', 'organization', 'republic', 'republique', 'alliance', 'council', 'conseil', 'community', 'communaute', 'economic', 'economique', 'international', 'internationale', 'development', 'developpement', 'front', 'party', 'parti', 'movement', 'mouvement', 'court', 'cour', 'agency', 'agence']);

/**
 * Whether a word of the paragraphs (folded) is an adjective made from one of
 * the entity's names in `lang`: « européen » from « Union européenne »,
 * « sénégalais » from « Sénégal », « français » from « France ». It shares the name
 * word's stem: all of it, or all but its last three letters and five at least.
 */
function adjectiveNear(e: Entity, lang: string, paragraphs: ReadonlyArray<ReadonlySet<string>>): boolean {
  const forms = [e.names[lang] ?? e.name, ...(e.aliasesByLang[lang] ?? [])];
  const stems = [...new Set(forms.flatMap((f) => foldKey(f).split(/[^\p{L}\p{N}]+/u)))].filter((w) => w.length >= 5 && !GENERIC.has(w));
  if (stems.length === 0) return false;
  for (const words of paragraphs) {
    for (const w of words) {
      if (w.length < 4) continue;
      for (const t of stems) {
        if (w.startsWith(t)) return true;
        let k = 0;
        while (k < w.length && k < t.length && w[k] === t[k]) k++;
        if (k >= Math.max(5, Math.min(w.length, t.length) - 3)) return true;
      }
    }
  }
  return false;
}

export const translationEntity: TranslationRule = {
  id: 'translation.entity',
  scope: 'translation',
  defaultSeverity: 'info',
  description: {
    en: 'A person or organisation named in one version is missing from the same place in another.',
    fr: 'Une personne ou une organisation nommée dans une version manque au même endroit dans une autre.',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const [a, b] of versionPairs(ctx)) {
      const pairs = alignedParagraphs(a, b);
      for (const [self, other, flip] of [[a, b, false], [b, a, true]] as const) {
        for (const pair of pairs) {
          if (pair.confidence < MIN_CONFIDENCE) continue;
          const mine = flip ? pair.b : pair.a;
          const theirs = flip ? pair.a : pair.b;
          const near = other.article.paragraphs.filter((p) => Math.abs(p.index - theirs.index) <= 1);
          const present = new Set(near.flatMap((p) => mentionsIn(other.article, other.entities, p)).map((m) => m.entity.id));
          const writtenNear = (w: string): boolean => near.some((p) => foldedWords(other.article, p).has(w));
          const reported = new Set<string>();
          const own = mentionsIn(self.article, self.entities, mine);
          const ownNear = new Set(
            self.article.paragraphs
              .filter((p) => Math.abs(p.index - mine.index) <= 1)
              .flatMap((p) => mentionsIn(self.article, self.entities, p))
              .map((m) => m.entity.id),
          );
          // What the counterpart names of each kind that this version does not name here: a name put in the place of another.
          const inPlace = (type: string): boolean => mentionsIn(other.article, other.entities, theirs).some((o) => o.entity.type === type && o.form !== 'nearMiss' && !ownNear.has(o.entity.id));
          for (const m of own) {
            // A misspelt name is entity.spelling's business; here it still counts as named.
            if (m.form === 'nearMiss') continue;
            if (m.entity.type !== 'person' && m.entity.type !== 'organization') continue;
            // Headlines are written anew, and name a body by its seat as often as not ("EU clears…" / « Bruxelles autorise… »).
            if (m.entity.type === 'organization' && (mine.kind === 'headline' || theirs.kind === 'headline')) continue;
            if (present.has(m.entity.id) || reported.has(m.entity.id)) continue;
            // Named there in a form the list does not hold: "Sall" alone, the
            // "stade Alassane-Ouattara" of a French street or stadium name.
            if (nameWords(m.entity).some(writtenNear)) continue;
            // Part of a longer name: « l’Organisation des Nations unies pour l’alimentation et l’agriculture » is the FAO,
            // "the United Nations Development Programme" the UNDP.
            if (insideLongerName(self.article.prose, m.start, m.end)) continue;
            // An organisation's possessive before what it owns: "the European Union's General Data Protection
            // Regulation" is « le règlement général sur la protection des données » in French copy.
            if (m.entity.type === 'organization' && /^['’]s?[ \u00A0]+\p{Lu}/u.test(self.article.prose.slice(m.end, m.end + 4))) continue;
            // Inside a compound the index does not read as a name: "U.N.-backed", "ECOWAS-led".
            if (near.some((p) => inCompound(other.article, p, m.entity))) continue;
            // Named by an adjective: « le plafond européen » for the European Union, « la junte nigérienne ».
            if (m.entity.type !== 'person' && adjectiveNear(m.entity, other.article.language, near.map((p) => foldedWords(other.article, p)))) continue;
            if (namedIn(other, m.entity.id) && !inPlace(m.entity.type)) continue;
            reported.add(m.entity.id);
            out.push({
              rule: 'translation.entity',
              message: say(ctx.locale, {
                en: `${canonicalName(m.entity, 'en')} is named here but not in the same paragraph of ${namedVersion('en', other)}.`,
                fr: `${canonicalName(m.entity, 'fr')} est nommé ici, mais pas dans le même paragraphe de ${namedVersion('fr', other)}.`,
              }),
              path: self.article.path,
              start: m.start,
              end: m.end,
              related: [{ path: other.article.path, start: theirs.start, end: theirs.end, message: say(ctx.locale, { en: 'The counterpart paragraph', fr: 'Le paragraphe correspondant' }) }],
              fixes: [],
            });
          }
        }
      }
    }
    return out;
  },
};

/**
 * Whether the name at [start, end) is part of a longer one: after a
 * capitalised word and « des », « de la », « du » or "of the" (« Organisation
 * des Nations unies », "Bank of the United States"), or before a capitalised
 * word that goes on the name ("United Nations Development Programme"), or
 * before « pour » and what the body is for (« Organisation des Nations unies
 * pour l’alimentation et l’agriculture »).
 */
function insideLongerName(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 40), start);
  if (/\p{Lu}[\p{L}\p{M}’'-]*[ \u00A0]+(?:des|de la|du|of the|of)[ \u00A0]+$/u.test(before)) return true;
  // « l’Organisation des Nations unies pour l’alimentation et l’agriculture », « … pour le développement ».
  if (/^[ \u00A0]+pour[ \u00A0]+(?:l['’]|les?[ \u00A0]|la[ \u00A0])/u.test(prose.slice(end, end + 20))) return true;
  return /^[ \u00A0]+(?:Development|Environment|Population|Children|Relief|Security|Human|High|Office|Programme|Program|Fund|Agency|Mission|Conference|Framework|Convention|Commission|Council|Economic|Educational|Industrial)\b/u.test(prose.slice(end, end + 20));
}
