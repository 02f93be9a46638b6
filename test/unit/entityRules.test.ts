import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../server/src/engine/article';
import { builtinEntities } from '../../server/src/engine/entities/builtinEntities';
import { EntityIndex } from '../../server/src/engine/entities/entityIndex';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { loadEntityList } from '../../server/src/engine/entities/entityList';
import { entitySpelling } from '../../server/src/engine/rules/entitySpelling';
import { entityTitle } from '../../server/src/engine/rules/entityTitle';
import type { DocumentContext, DocumentRule } from '../../server/src/engine/rules/rule';
import type { DateValue, Locale, RawFinding } from '../../server/src/engine/types';

const list = loadEntityList('entities.yaml', readFileSync(new URL('../../examples/sahel-summit/entities.yaml', import.meta.url), 'utf8'));
const entities = EntityIndex.build(list.entities);

function run(rule: DocumentRule, text: string, lang: string, opts: { locale?: Locale; articleDate?: DateValue } = {}): { text: string; findings: RawFinding[] } {
  const article = parseArticle({ path: 'a.txt', text, lang, kind: 'plaintext' });
  const ctx: DocumentContext = { article, entities, locale: opts.locale ?? 'en', articleDate: opts.articleDate, today: new Date(Date.UTC(2026, 0, 15)) };
  return { text, findings: rule.check(ctx) };
}

function applyFix(text: string, f: RawFinding): string {
  const e = f.fixes.find((x) => x.preferred)?.edits[0];
  return e ? text.slice(0, e.start) + e.newText + text.slice(e.end) : text;
}

test('the sample entity list loads without problems', () => {
  assert.deepEqual(list.problems, []);
  assert.equal(list.entities.length, 10);
});

test('spelling: variants flagged with a fix that keeps the possessive', () => {
  const { text, findings } = run(entitySpelling, 'Although Traore’s absence was noted, Assimi Goita stayed.', 'en');
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Traore', 'Assimi Goita']);
  assert.equal(findings[1]?.message, '"Assimi Goita" is spelled "Assimi Goïta" in the entity list.');
  let fixed = text;
  for (const f of [...findings].reverse()) fixed = applyFix(fixed, f);
  assert.equal(fixed, 'Although Traoré’s absence was noted, Assimi Goïta stayed.');
});

test('spelling: French messages and other-language forms', () => {
  const { text, findings } = run(entitySpelling, 'Assimi Goita a quitté l’ECOWAS et la CEDEAO.', 'fr', { locale: 'fr' });
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Assimi Goita', 'ECOWAS', 'CEDEAO']);
  assert.equal(findings[0]?.message, '« Assimi Goita » s’écrit « Assimi Goïta » dans la liste des entités.');
  assert.match(findings[1]?.message ?? '', /autre langue.*« Cédéao »/);
  // "l’" needs "la" or "le": offered, not applied by fix-all.
  assert.equal(findings[1]?.fixes[0]?.preferred, false);
  assert.equal(applyFix(text, findings[2] as RawFinding), 'Assimi Goita a quitté l’ECOWAS et la Cédéao.');
  const d = run(entitySpelling, 'Le retrait d’ECOWAS.', 'fr');
  assert.equal(applyFix(d.text, d.findings[0] as RawFinding), 'Le retrait de Cédéao.');
  // The article the text writes before the name elsewhere says which: « la Cédéao ».
  const la = run(entitySpelling, 'La Cédéao a réagi. Le président de la Commission de l’ECOWAS a parlé.', 'fr');
  assert.equal(applyFix(la.text, la.findings[0] as RawFinding), 'La Cédéao a réagi. Le président de la Commission de la Cédéao a parlé.');
  // The start of a name French copy keeps in English is no form to translate: « l’United States Maritime Alliance ».
  // (« l’United States Maritime Alliance » too: the built-in list's "United States" went on to be rewritten there.)
  const kept = run(entitySpelling, 'Le Mali a quitté l’ECOWAS, mais reste client de l’ECOWAS Bank for Investment and Development.', 'fr');
  assert.deepEqual(kept.findings.map((f) => f.start), [kept.text.indexOf('ECOWAS')]);
});

test('spelling: aliases, correct names and ordinary words are never flagged', () => {
  for (const [text, lang] of [
    ['General Abdourahamane Tchiani and Tchiani’s guard; Tiani too.', 'en'],
    ['Bamako, Niamey and Ouagadougou hosted the AES and ECOWAS.', 'en'],
    ['Tiana visited Gaza; the tiara; Goats in Bamako.', 'en'],
    ['Le G5 Sahel, RFI, la Cédéao et l’Alliance des États du Sahel.', 'fr'],
    ['See https://example.org/Traore for more.', 'en'],
  ] as const) {
    const article = parseArticle({ path: 'a.md', text, lang });
    const ctx: DocumentContext = { article, entities, locale: 'en', articleDate: undefined, today: new Date() };
    assert.deepEqual(entitySpelling.check(ctx).map((f) => text.slice(f.start, f.end)), [], text);
  }
});

test('spelling: a near miss next to the first name', () => {
  const { text, findings } = run(entitySpelling, 'Assimi Goïat chaired the meeting.', 'en');
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Goïat']);
  assert.equal(applyFix(text, findings[0] as RawFinding), 'Assimi Goïta chaired the meeting.');
});

const EN_SEED = 'On December 22, 2024, Bamako hosted the second summit of the heads of state of the Alliance of Sahel States (AES), bringing together Generals Assimi Goïta (Mali), Abdourahamane Tiani (Niger), and Ibrahim Traoré (Burkina Faso). The objective: to consolidate.';
const FR_SEED = 'Le 22 décembre 2025, Bamako a accueilli le deuxième sommet des chefs d’État de l’Alliance des États du Sahel (AES), réunissant les généraux Assimi Goïta (Mali), Abdourahamane Tiani (Niger) et Ibrahim Traoré (Burkina Faso). Objectif : consolider.';

test('titles: the seed sentences flag only Traoré, in both languages', () => {
  const en = run(entityTitle, EN_SEED, 'en');
  assert.deepEqual(en.findings.map((f) => EN_SEED.slice(f.start, f.end)), ['Ibrahim Traoré']);
  assert.match(en.findings[0]?.message ?? '', /"Captain"/);
  const fix = en.findings[0]?.fixes[0];
  assert.equal(fix?.preferred, false);
  assert.equal(fix?.edits[0]?.newText, 'Captain ');

  const fr = run(entityTitle, FR_SEED, 'fr', { locale: 'fr' });
  assert.deepEqual(fr.findings.map((f) => FR_SEED.slice(f.start, f.end)), ['Ibrahim Traoré']);
  assert.match(fr.findings[0]?.message ?? '', /« capitaine »/);
  assert.equal(fr.findings[0]?.fixes[0]?.edits[0]?.newText, 'le capitaine ');
});

test('titles: a direct wrong title gets a preferred fix in the writer’s capitals', () => {
  const { text, findings } = run(entityTitle, 'On March 3, 2025, General Ibrahim Traoré spoke.', 'en');
  assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['General']);
  assert.equal(applyFix(text, findings[0] as RawFinding), 'On March 3, 2025, Captain Ibrahim Traoré spoke.');
  const fr = run(entityTitle, 'Le 3 mars 2025, le général Traoré a parlé.', 'fr');
  assert.equal(applyFix(fr.text, fr.findings[0] as RawFinding), 'Le 3 mars 2025, le capitaine Traoré a parlé.');
  // The message says "on" a day and "in" a month, in both locales.
  assert.equal(findings[0]?.message, 'On March 3, 2025, the entity list gives Ibrahim Traoré the title "Captain", not "General".');
  assert.match(run(entityTitle, 'In August 2023, General Ibrahim Traoré spoke.', 'en').findings[0]?.message ?? '', /^In August 2023, the entity list/);
  assert.match(run(entityTitle, 'En août 2023, le général Traoré a parlé.', 'fr', { locale: 'fr' }).findings[0]?.message ?? '', /^En août 2023, la liste des entités/);
  assert.match(fr.findings[0]?.message ?? '', /^On March 3, 2025/);
  // A writer who abbreviates ranks, as AP does, gets the abbreviation.
  const ap = run(entityTitle, 'On March 3, 2025, Gen. Ibrahim Traoré spoke.', 'en');
  assert.equal(applyFix(ap.text, ap.findings[0] as RawFinding), 'On March 3, 2025, Capt. Ibrahim Traoré spoke.');
});

test('titles: found after no-break spaces, abbreviations, brackets, capitals and combining accents', () => {
  const flagged = (text: string, lang: string): string[] => {
    const r = run(entityTitle, text, lang);
    return r.findings.map((f) => r.text.slice(f.start, f.end));
  };
  assert.deepEqual(flagged('On March 3, 2025, General\u00a0Ibrahim Traoré spoke.', 'en'), ['General']);
  assert.deepEqual(flagged('On March 3, 2025, (Gen. Ibrahim Traoré) spoke.', 'en'), ['Gen.']);
  assert.deepEqual(flagged('On March 3, 2025, Brig. Gen.  Ibrahim Traoré spoke.', 'en'), ['Brig. Gen.']);
  assert.deepEqual(flagged('On March 3, 2025, GENERAL Ibrahim Traoré spoke.', 'en'), ['GENERAL']);
  assert.deepEqual(flagged('Le 3 mars 2025, le général\u202fTraoré a parlé.', 'fr'), ['général']);
  assert.deepEqual(flagged('Le 3 mars 2025, le ge\u0301ne\u0301ral de brigade Traoré a parlé.', 'fr'), ['ge\u0301ne\u0301ral de brigade']);
  // A word that ends no title, or no space before the name: nothing.
  assert.deepEqual(flagged('On March 3, 2025, Generally Ibrahim Traoré spoke.', 'en'), []);
  assert.deepEqual(flagged('On March 3, 2025, General-Ibrahim Traoré spoke.', 'en'), []);
});

test('spelling: a place written as a word of another name keeps that name’s spelling; a title before a person does not count', () => {
  const builtin = EntityIndex.build(builtinEntities());
  const spelt = (text: string, lang: string): string[] => {
    const article = parseArticle({ path: '/w/a.txt', text, lang });
    return entitySpelling.check({ article, entities: builtin, locale: 'en', articleDate: undefined, today: new Date('2026-01-01') }).map((f) => text.slice(f.start, f.end));
  };
  assert.deepEqual(spelt('Title\nStandfirst.\nSenegal voted. The coalition of Macky Sall, Takku Wallu Sénégal, came second.\n', 'en'), []);
  assert.deepEqual(spelt('Title\nStandfirst.\nSenegal voted. Sénégal is a country.\n', 'en'), ['Sénégal']);
  assert.deepEqual(spelt('Titre\nChapeau.\nLe pipeline de la China National Petroleum Corporation relie le Niger au Bénin. La China a investi.\n', 'fr'), ['China']);
  assert.deepEqual(spelt('Title\nStandfirst.\nThe junta is led by General Assimi Goita.\n', 'en'), ['Assimi Goita']);
  // The other language's name, given as such, is not a slip; used as the name, it is.
  assert.deepEqual(spelt('Title\nStandfirst.\nECOWAS, known in French as the Cédéao, met. The Cédéao summit opened.\n', 'en'), ['Cédéao']);
  assert.deepEqual(spelt('Titre\nChapeau.\nLa Cédéao (ECOWAS en anglais) se réunit. L’ECOWAS a tenu un sommet.\n', 'fr'), ['ECOWAS']);
  // A person's name cut short is a slip, not a word made from it (as "German" is from Germany).
  assert.deepEqual(spelt('Titre\nChapeau.\nLe chef de l’État, Bassirou Diomay Faye, a parlé.\n', 'fr'), ['Diomay']);
  // A given name one letter from a country's, before a surname, is a person (uw04).
  assert.deepEqual(spelt('Titre\nChapeau.\nLe ministre de la Culture, Franck Riester, doit travailler avec la France.\n', 'fr'), []);
  assert.deepEqual(spelt('Titre\nChapeau.\nLe ministre de la Culture, Frence Riester, doit travailler avec la France.\n', 'fr'), ['Frence']);
  // A word one letter from another language's name of a place, after a title, is a person's name: "Marco" is no « Maroc ».
  assert.deepEqual(spelt('Title\nStandfirst.\nSVP president Marco Chiesa spoke, and Morocco voted.\n', 'en'), []);
  assert.deepEqual(spelt('Titre\nChapeau.\nLe président de l’UDC, Marco Chiesa, a parlé et le Maroc a voté.\n', 'fr'), []);
  // A name kept in the other language keeps its place's name: « candidat du Workers Party of Britain » (dh05).
  assert.deepEqual(spelt('Titre\nChapeau.\nGeorge Galloway, candidat du Workers Party of Britain, a gagné.\n', 'fr'), []);
  assert.deepEqual(spelt('Titre\nChapeau.\nGeorge Galloway a gagné en Britain.\n', 'fr'), ['Britain']);
  // Spellings newsrooms settled on differently are each the name: Mamadi (AFP) and Mamady (Reuters) Doumbouya.
  assert.deepEqual(spelt('Title\nStandfirst.\nGen. Mamady Doumbouya was sworn in; Mamadi Doumbouya spoke.\n', 'en'), []);
});

test('titles in time: a colonel in 2020, a general after October 2024', () => {
  assert.deepEqual(run(entityTitle, 'In August 2020, Colonel Assimi Goïta seized power.', 'en').findings, []);
  assert.deepEqual(run(entityTitle, 'In 2020, Colonel Assimi Goïta seized power.', 'en', { articleDate: { year: 2025, month: 1, day: 2 } }).findings, []);
  const late = run(entityTitle, 'On December 1, 2024, Colonel Assimi Goïta opened the session.', 'en');
  assert.deepEqual(late.findings.map((f) => late.text.slice(f.start, f.end)), ['Colonel']);
  assert.equal(applyFix(late.text, late.findings[0] as RawFinding), 'On December 1, 2024, General Assimi Goïta opened the session.');
  // No date in the sentence: the article's date decides.
  assert.deepEqual(run(entityTitle, 'General Goïta spoke.', 'en', { articleDate: { year: 2025, month: 6, day: 1 } }).findings, []);
  assert.equal(run(entityTitle, 'General Goïta spoke.', 'en', { articleDate: { year: 2023, month: 6, day: 1 } }).findings.length, 1);
  // A rank written with no grade is fixed with none (« général », "General"); one written with a grade gets the list's, with the typographic apostrophe.
  const fr = run(entityTitle, 'Le 1er décembre 2024, le colonel Assimi Goïta a ouvert la session.', 'fr');
  assert.equal(fr.findings[0]?.fixes[0]?.edits[0]?.newText, 'général');
  const graded = run(entityTitle, 'Le 1er décembre 2024, le général de brigade Assimi Goïta a ouvert la session.', 'fr');
  assert.equal(graded.findings[0]?.fixes[0]?.edits[0]?.newText, 'général d’armée');
  // The day one title ends and the next begins may be told with either.
  assert.deepEqual(run(entityTitle, 'On Wednesday, October 16, 2024, Colonel Assimi Goïta was promoted to army general.', 'en').findings, []);
  // A sentence with no date goes on from the paragraph's earlier dates.
  const story = 'He led the coup of Wednesday, July 26, 2023, against Mohamed Bazoum. Brigadier General Abdourahamane Tiani then chaired the CNSP for 20 months.';
  assert.deepEqual(run(entityTitle, story, 'en', { articleDate: { year: 2025, month: 3, day: 27 } }).findings, []);
  // No date anywhere: a title fits if it was ever held; a captain is never a general.
  assert.deepEqual(run(entityTitle, 'Colonel Assimi Goïta spoke.', 'en').findings, []);
  assert.equal(run(entityTitle, 'General Ibrahim Traoré spoke.', 'en').findings.length, 1);
  // The title held at the article's date, given while recalling the past, is right too.
  const recalled = 'Army General Abdourahamane Tiani, who overthrew Mohamed Bazoum on July 26, 2023, spoke.';
  assert.deepEqual(run(entityTitle, recalled, 'en', { articleDate: { year: 2025, month: 7, day: 10 } }).findings, []);
  assert.equal(run(entityTitle, recalled.replace('Army General', 'Captain'), 'en', { articleDate: { year: 2025, month: 7, day: 10 } }).findings.length, 1);
});

test('titles: grades within a family, offices, and words that are not titles', () => {
  assert.deepEqual(run(entityTitle, 'On May 1, 2024, General Tiani spoke.', 'en').findings, []);
  assert.deepEqual(run(entityTitle, 'Le 1er mai 2024, le général de brigade Tiani a parlé.', 'fr').findings, []);
  assert.equal(run(entityTitle, 'Le 1er mai 2025, le général de brigade Tiani a parlé.', 'fr').findings.length, 1);
  assert.deepEqual(run(entityTitle, 'On May 1, 2025, President Ibrahim Traoré and Captain Traoré spoke.', 'en').findings, []);
  assert.deepEqual(run(entityTitle, 'On May 1, 2025, former General Traoré… Admiring Traoré, Burkinabe Ibrahim Traoré.', 'en').findings, []);
  // Before he held any recorded rank or office, nothing to compare.
  assert.deepEqual(run(entityTitle, 'In 2015, General Ibrahim Traoré was seen.', 'en').findings, []);
});

test('a dateline or a headline in capitals is typography, not a misspelling', () => {
  const entities = EntityIndex.build(builtinEntities());
  const check = (text: string, lang: string): string[] => {
    const article = parseArticle({ path: '/w/a.txt', text, lang });
    return entitySpelling.check({ article, entities, locale: 'en', articleDate: undefined, today: new Date('2026-01-01') }).map((f) => text.slice(f.start, f.end));
  };
  assert.deepEqual(check('Title\nStandfirst here.\nNIAMEY — The government of Niger announced an emergency plan on Tuesday.\n', 'en'), []);
  assert.deepEqual(check('Title\nStandfirst here.\nNIAMEY, Niger (AP) — The government announced an emergency plan on Tuesday.\n', 'en'), []);
  assert.deepEqual(check('FLOODS HIT NIAMEY AS RAINS CONTINUE\nStandfirst here.\nThe rains went on.\n', 'en'), []);
  // A location tag in a byline, a surname in capitals, a word of a longer name in capitals.
  assert.deepEqual(check('Title\n**Abdoulaye Issoufou** | NIAMEY | Updated 11:05 GMT\nThe rains went on.\n', 'en'), []);
  assert.deepEqual(check('Titre\nChapeau.\nLe colonel Assimi GOÏTA a reçu la délégation à Bamako.\n', 'fr'), []);
  assert.deepEqual(check('Titre\nChapeau.\nBENIN CITY (Nigeria) — Le parti au pouvoir a remporté le scrutin.\n', 'fr'), []);
  assert.deepEqual(check('Title\nStandfirst.\nBENIN CITY, Nigeria — The ruling party won the vote.\n', 'en'), []);
  // Mid-sentence capitals are still a slip, and capitals that lose an accent too.
  assert.deepEqual(check('Titre\nChapeau.\nLe Mali a quitté la CÉDÉAO en janvier, selon le communiqué.\n', 'fr'), ['CÉDÉAO']);
  assert.deepEqual(check('Titre\nChapeau.\nLe colonel Assimi GOITA a reçu la délégation à Bamako.\n', 'fr'), ['Assimi GOITA']);
});

test('offices are compared with offices: a chancellor called president is flagged, a rank the list does not know is not', () => {
  const { entities } = loadEntityList('/w/e.yaml', 'entities:\n  - { id: scholz, type: person, name: Olaf Scholz, aliases: [Scholz], titles: [{ en: Chancellor, fr: chancelier, from: 2021-12-08, to: 2025-05-06 }] }\n  - { id: macron, type: person, name: Emmanuel Macron, aliases: [Macron], titles: [{ en: President, fr: président, from: 2017-05-14 }] }\n');
  const index = EntityIndex.build(entities);
  const check = (text: string, lang: string): string[] => {
    const article = parseArticle({ path: '/w/a.md', text, lang });
    return entityTitle.check({ article, entities: index, locale: 'en', articleDate: { year: 2024, month: 3, day: 21 }, today: new Date('2026-01-01') }).map((f) => text.slice(f.start, f.end));
  };
  assert.deepEqual(check('President Scholz said the EU must act. Chancellor Olaf Scholz left.\n', 'en'), ['President']);
  assert.deepEqual(check('Le chancelier Olaf Scholz et le président Emmanuel Macron sont arrivés.\n', 'fr'), []);
  assert.deepEqual(check('General Macron spoke.\n', 'en'), []);
  // In 2026 Scholz is no longer chancellor, but the list gives no title then: nothing to contradict.
  assert.deepEqual(check('In 2026, Chancellor Scholz wrote a book.\n', 'en'), []);
});

test('titles: a date after the name, abbreviated as AP writes months, is the sentence’s date', () => {
  const text = 'Until Tuesday, Colonel Assimi Goïta had kept the rank he held when he overthrew the president on Aug. 18, 2020.';
  assert.deepEqual(run(entityTitle, text, 'en', { articleDate: { year: 2024, month: 10, day: 17 } }).findings.map((f) => f.message), []);
});

test('titles: a story that states no date of its own may come from as early as its lead; a deadline it looks ahead to does not date it', () => {
  const builtin = EntityIndex.build(builtinEntities());
  const text = 'Title\nStandfirst.\nMeeting in Abuja on Dec. 15, 2024, the leaders set a transition running until July 29, 2025.\nThe three juntas are led by Gen. Assimi Goïta and Brig. Gen. Abdourahamane Tiani.\n';
  const article = parseArticle({ path: '/w/a.txt', text, lang: 'en' });
  const ctx: DocumentContext = { article, entities: builtin, locale: 'en', articleDate: { year: 2025, month: 7, day: 29 }, today: new Date('2026-01-15') };
  assert.deepEqual(entityTitle.check(ctx).map((f) => text.slice(f.start, f.end)), []);
});

test('spelling: a surname too short for the near-miss index, one letter off beside the listed given name ("Bassirou Diomaye Fay")', () => {
  const files = {
    '/w/a.en.txt': 'Senegal\n\nPresident Bassirou Diomaye Fay spoke in Dakar. Macky Sal was absent. Fay, a singer, and Sal Island were not involved.\n',
  };
  const [report] = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const text = files['/w/a.en.txt'];
  assert.deepEqual(report?.findings.filter((f) => f.rule === 'entity.spelling').map((f) => [text.slice(f.start, f.end), f.fixes[0]?.edits[0]?.newText]), [
    ['Fay', 'Faye'],
    ['Sal', 'Sall'],
  ]);
});

test('titles: in a story with no date of its own, a title held since the sentence’s date fits ("General Goïta" beside a code of 2023)', () => {
  assert.deepEqual(run(entityTitle, 'The junta headed by General Assimi Goïta adopted a new mining code in 2023.', 'en').findings, []);
  assert.deepEqual(run(entityTitle, 'In 2023, Colonel Assimi Goïta adopted a new mining code.', 'en').findings, []);
  // A title he no longer held at the sentence's date, nor since, is still flagged.
  assert.equal(run(entityTitle, 'In 2025, Colonel Assimi Goïta adopted a new mining code.', 'en').findings.length, 1);
});

test('the start of a name French copy keeps in English is no form to translate: « l’United States Maritime Alliance », « l’U.S. Travel Association »', () => {
  const entities = EntityIndex.build(builtinEntities());
  const check = (text: string): string[] => {
    const article = parseArticle({ path: '/w/a.txt', text, lang: 'fr' });
    return entitySpelling.check({ article, entities, locale: 'fr', articleDate: undefined, today: new Date('2026-01-01') }).map((f) => text.slice(f.start, f.end));
  };
  assert.deepEqual(check('Titre\nChapeau.\nUn accord avec l’United States Maritime Alliance et l’U.S. Travel Association, selon les dockers.\n'), []);
  // A French sentence after the abbreviation's full stop: the English form is flagged.
  assert.deepEqual(check('Titre\nChapeau.\nIls sont partis aux U.S. Les hôtels, les plages et les parcs attendent.\n'), ['U.S.']);
});

test('French capitals without their accents are house style, not a misspelling: « les Etats-Unis »', () => {
  const entities = EntityIndex.build(builtinEntities());
  const check = (text: string): string[] => {
    const article = parseArticle({ path: '/w/a.txt', text, lang: 'fr' });
    return entitySpelling.check({ article, entities, locale: 'fr', articleDate: undefined, today: new Date('2026-01-01') }).map((f) => text.slice(f.start, f.end));
  };
  assert.deepEqual(check('Titre\nChapeau.\nLes Etats-Unis ont signé, comme la Cote d’Ivoire.\n'), ['Cote d’Ivoire']);
});

test('spelling: a word for a place’s people is no misspelling of the place (« une Allemande », "Nigerian")', () => {
  // « Allemande » is one letter from « Allemagne », which the built-in list spells; its fix wrote « une Allemagne de l’EI ».
  const files = { '/w/a.txt': 'Procès à Munich\nUne Allemande de l’EI a été condamnée mardi en Allemagne à dix ans de prison.\n' };
  const [report] = new Project(new MemoryFileSystem(files), { locale: 'fr', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  assert.deepEqual(report?.findings.filter((f) => f.rule === 'entity.spelling').map((f) => files['/w/a.txt'].slice(f.start, f.end)), []);
});
