import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { languageFromPath } from '../../server/src/engine/language';

const seed = (name: string): string => readFileSync(new URL(`../../examples/sahel-summit/${name}`, import.meta.url), 'utf8');

test('the seed files are read as headline, standfirst and paragraphs, and their languages detected', () => {
  const en = parseArticle({ path: '/w/000_7b97fe734857067e.txt', text: seed('000_7b97fe734857067e.txt') });
  const fr = parseArticle({ path: '/w/001_6c847b0968dc0a27.txt', text: seed('001_6c847b0968dc0a27.txt') });
  assert.equal(en.language, 'en');
  assert.equal(en.languageSource, 'detected');
  assert.equal(fr.language, 'fr');
  assert.deepEqual(en.paragraphs.map((p) => p.kind), ['headline', 'standfirst', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  assert.equal(fr.paragraphs.length, 7);
  assert.ok(en.text.slice(en.paragraphs[2]!.start).startsWith('O n December'));
});

test('language comes from front matter, then the file name, then the folder', () => {
  const body = 'Le sommet s’est tenu à Bamako en présence des chefs d’État de la région.';
  assert.equal(parseArticle({ path: '/w/a.md', text: `---\nlang: es\n---\n${body}` }).language, 'es');
  assert.equal(parseArticle({ path: '/w/story.de.md', text: body }).language, 'de');
  assert.equal(parseArticle({ path: '/w/en/story.md', text: body }).languageSource, 'folder');
  assert.deepEqual(languageFromPath('/w/story.fr.md'), { lang: 'fr', source: 'fileName' });
  assert.equal(languageFromPath('/w/notes.md'), undefined);
  // "is" and "it" in a name are not language codes here unless the pattern fits.
  assert.equal(languageFromPath('/w/this.md'), undefined);
  // A folder's name gives way to an article long enough to tell its language: "en/" may name a copy, not a language.
  const fr = seed('001_6c847b0968dc0a27.txt');
  assert.deepEqual([parseArticle({ path: '/copy/en/oj01/story.txt', text: fr })].map((a) => [a.language, a.languageSource]), [['fr', 'detected']]);
  assert.deepEqual([parseArticle({ path: '/w/fr/story.txt', text: fr })].map((a) => [a.language, a.languageSource]), [['fr', 'folder']]);
});

test('Markdown code, URLs, link targets, HTML and front matter are not prose; offsets are kept', () => {
  const text = '---\ntitle: Sommet\n---\n# Titre\n\nIl a dit `npm ci` et **gras** [lien](https://x.fr/a_b) <b>ok</b> https://exemple.fr/x.\n\n```\nDecember 22, 2024\n```\n';
  const a = parseArticle({ path: '/w/s.fr.md', text });
  assert.equal(a.prose.length, text.length);
  assert.equal(a.frontMatter?.data['title'], 'Sommet');
  assert.ok(!a.prose.includes('npm'));
  assert.ok(!a.prose.includes('https'));
  assert.ok(!a.prose.includes('December'));
  assert.ok(!a.prose.includes('<b>'));
  assert.ok(a.prose.includes('lien'));
  assert.ok(a.prose.includes('gras'));
  // Hiding inline code leaves no double space and no word break artefacts.
  assert.ok(!/ {2}/.test(a.prose.slice(a.paragraphs[1]!.start, a.paragraphs[1]!.end)));
  assert.deepEqual(a.paragraphs.map((p) => p.kind), ['headline', 'paragraph']);
});

test('addresses, handles and hashtags are identifiers, not prose, in Markdown and in plain text', () => {
  const line = 'Suivez le débat avec #Sénégal et #Budget2025, notre correspondante @AminataNdiayeR et desk.afrique@example.org. C# reste, comme le n° #1 et le titre # Un.';
  for (const path of ['/w/s.fr.md', '/w/s.fr.txt']) {
    const text = `Titre\n\n${line}\n`;
    const a = parseArticle({ path, text });
    assert.equal(a.prose.length, text.length);
    for (const gone of ['Sénégal', 'Budget2025', 'AminataNdiayeR', 'desk.afrique', 'example.org']) assert.ok(!a.prose.includes(gone), `${path}: ${gone}`);
    for (const kept of ['Suivez le débat avec ', ' et ', 'C#', '#1', '# Un']) assert.ok(a.prose.includes(kept), `${path}: ${kept}`);
  }
});

test('CRLF and a BOM keep paragraph offsets aligned with the text', () => {
  const a = parseArticle({ path: '/w/x.txt', text: '\uFEFFTitre du jour\r\nChapeau de l’article\r\nLe 22 décembre 2025, Bamako a accueilli le sommet.\r\n' });
  assert.equal(a.hadBom, true);
  const last = a.paragraphs[2]!;
  assert.equal(a.text.slice(last.start, last.end), 'Le 22 décembre 2025, Bamako a accueilli le sommet.');
});

test('plain text with blank lines between blocks joins wrapped lines into one paragraph', () => {
  const a = parseArticle({ path: '/w/x.txt', text: 'Headline here\n\nFirst paragraph line one\nline two of it.\n\nSecond paragraph.\n' });
  assert.equal(a.paragraphs.length, 3);
  assert.equal(a.text.slice(a.paragraphs[1]!.start, a.paragraphs[1]!.end), 'First paragraph line one\nline two of it.');
});

test('Markdown written a paragraph a line, without blank lines, is read a paragraph a line; hard-wrapped Markdown stays one paragraph', () => {
  const paragraphs = (text: string): string[] => {
    const a = parseArticle({ path: '/w/story.md', text });
    return a.paragraphs.map((p) => a.prose.slice(p.start, p.end));
  };
  const aLineEach = '# The CAQ wins again\nThe Coalition won 90 of 125 seats.\nQUEBEC CITY (AP) — The party of Premier François Legault won on Monday.\n« Merci », he said.\n';
  assert.deepEqual(paragraphs(aLineEach), ['The CAQ wins again', 'The Coalition won 90 of 125 seats.', 'QUEBEC CITY (AP) — The party of Premier François Legault won on Monday.', '« Merci », he said.']);
  const wrapped = '# The CAQ wins again\n\nThe Coalition won 90 of 125 seats in the\nNational Assembly, its largest majority.\n';
  assert.deepEqual(paragraphs(wrapped), ['The CAQ wins again', 'The Coalition won 90 of 125 seats in the\nNational Assembly, its largest majority.']);
});
