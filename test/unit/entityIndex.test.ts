import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityIndex } from '../../server/src/engine/entities/entityIndex';
import { builtinEntities } from '../../server/src/engine/entities/builtinEntities';
import { foldText } from '../../server/src/engine/entities/fold';

const index = EntityIndex.build(builtinEntities());

function found(text: string, lang: string): string[] {
  return index.findMentions(text, lang).map((m) => `${text.slice(m.start, m.end)}|${m.entity.id}|${m.form}${m.expected ? `|${m.expected}` : ''}`);
}

test('fold keeps a map back to the original offsets', () => {
  const text = 'Goi\u0308ta  Œil';
  const f = foldText(text);
  assert.equal(f.folded, 'goita oeil');
  assert.equal(f.starts[3], 4); // "t" after the combining mark
  assert.equal(f.ends[5], 8); // the run of two spaces maps to both
  assert.equal(f.starts[6], 8);
  assert.equal(f.starts[7], 8); // "œ" folds to two letters from one
});

test('canonical names and aliases, longest match first', () => {
  assert.deepEqual(found('Ibrahim Traoré met Traoré’s aides.', 'en'), ['Ibrahim Traoré|ibrahim-traore|canonical', 'Traoré|ibrahim-traore|alias']);
  assert.deepEqual(found('L’Alliance des États du Sahel (AES) et l’AES.', 'fr'), [
    'Alliance des États du Sahel|aes|alias',
    'AES|aes|canonical',
    'AES|aes|canonical',
  ]);
  assert.deepEqual(found('Abdourahamane Tchiani, alias Tchiani.', 'en'), ['Abdourahamane Tchiani|abdourahamane-tiani|alias', 'Tchiani|abdourahamane-tiani|alias']);
});

test('precomposed and decomposed accents both match, with exact offsets', () => {
  const decomposed = 'Assimi Goi\u0308ta arrived.';
  const [m] = index.findMentions(decomposed, 'en');
  assert.equal(m?.form, 'canonical');
  assert.equal(m?.start, 0);
  assert.equal(m?.end, 13); // includes the combining mark
  const [p] = index.findMentions('Assimi Goïta arrived.', 'en');
  assert.equal(p?.end, 12);
});

test('emoji before a name and CRLF inside a name keep offsets right', () => {
  const text = '🇲🇱😀 Assimi\r\nGoïta spoke. 😀Bamako';
  const ms = index.findMentions(text, 'en');
  assert.deepEqual(ms.map((m) => text.slice(m.start, m.end)), ['Assimi\r\nGoïta', 'Bamako']);
  assert.equal(ms[0]?.form, 'canonical');
});

test('word boundaries: no match inside words or hyphenated names', () => {
  assert.deepEqual(found('Nigeria and Guinea-Bissau; Malian troops; the Bamakois.', 'en'), ['Nigeria|nigeria|canonical']);
  assert.deepEqual(found('anti-ECOWAS protests', 'en'), []);
});

test('variants: lost accents and odd capitals', () => {
  assert.deepEqual(found('Assimi Goita and Ibrahim TRAORE.', 'en'), [
    'Assimi Goita|assimi-goita|variant|Assimi Goïta',
    'Ibrahim TRAORE|ibrahim-traore|variant|Ibrahim Traoré',
  ]);
  // The body's own acronym is accepted in French, as RFI's "Cédéao" and Le Monde's "Cedeao" are.
  assert.deepEqual(found('le retrait de la CEDEAO', 'fr'), ['CEDEAO|ecowas|alias']);
  assert.deepEqual(found('l’Alliance des Etats du Sahel', 'fr'), ['Alliance des Etats du Sahel|aes|variant|Alliance des États du Sahel']);
});

test('a surname alone after another given name is someone else; after a title or at a sentence start it is the entity', () => {
  assert.deepEqual(found('Reporting by Coulibaly; French version by Awa Traore; the late president Moussa Traoré.', 'en'), []);
  assert.deepEqual(found('Version française Awa Traoré, édité par Sofia Christensen.', 'fr'), []);
  // After a nickname in quotes, or a given name that opens the sentence.
  assert.deepEqual(found('The striker Adama "Petit Ada" Traore scored. Adama Traore, the scorer, smiled. Jeudi Traoré a parlé.', 'en').filter((f) => !f.startsWith('Traoré|')), []);
  assert.deepEqual(found('Une finale de trois Traoré, comme les Traoré de Ségou.', 'fr'), []);
  assert.deepEqual(found('He met Captain Traore. When Traoré spoke, the president Traoré smiled.', 'en'), [
    'Traore|ibrahim-traore|variant|Traoré',
    'Traoré|ibrahim-traore|alias',
    'Traoré|ibrahim-traore|alias',
  ]);
});

test('a word made from a listed name with an ending is not a slip of it: "Francs" from France, "Mauritanian"', () => {
  assert.deepEqual(found('France and Senegal met. | Francs CFA par unité | Mauritanian |', 'en').filter((f) => f.includes('nearMiss')), []);
});

test('all-capitals headlines are not variants', () => {
  assert.deepEqual(found('IBRAHIM TRAORÉ À BAMAKO', 'fr'), ['IBRAHIM TRAORÉ|ibrahim-traore|canonical', 'BAMAKO|bamako|canonical']);
});

test('other-language forms', () => {
  assert.deepEqual(found('le retrait de l’ECOWAS', 'fr'), ['ECOWAS|ecowas|otherLanguage|Cédéao']);
  assert.deepEqual(found('the Alliance des États du Sahel', 'en'), ['Alliance des États du Sahel|aes|otherLanguage|Alliance of Sahel States']);
  assert.deepEqual(found('withdrawal from ECOWAS', 'en'), ['ECOWAS|ecowas|canonical']);
});

test('ordinary words are not names', () => {
  assert.deepEqual(found('un sommet au Mali avec un ami', 'fr'), ['Mali|mali|canonical']);
  assert.deepEqual(found('who knows; paris sportifs; the niger delta', 'en'), []);
  assert.deepEqual(found('UN SOMMET AU MALI', 'fr'), ['MALI|mali|canonical']);
});

test('near misses only in a name-like context', () => {
  assert.deepEqual(found('Assimi Goïat spoke.', 'en'), ['Goïat|assimi-goita|nearMiss|Goïta']);
  assert.deepEqual(found('President Tianni spoke.', 'en'), ['Tianni|abdourahamane-tiani|nearMiss|Tiani']);
  assert.deepEqual(found('Abdourahmane Tiani spoke.', 'en'), [
    'Abdourahmane|abdourahamane-tiani|nearMiss|Abdourahamane',
    'Tiani|abdourahamane-tiani|alias',
  ]);
  // Names and words close to a listed name, without that context: silence.
  assert.deepEqual(found('Tiana visited Gaza. Traore is a common name; Goat farms.', 'en'), ['Traore|ibrahim-traore|variant|Traoré']);
  assert.deepEqual(found('Tiani met Tiana, her cousin.', 'en'), ['Tiani|abdourahamane-tiani|alias']);
  // A longer word mid-sentence, once the entity is named correctly nearby, is a slip.
  assert.deepEqual(found('From Niamey to Niamay', 'en'), ['Niamey|niamey|canonical', 'Niamay|niamey|nearMiss|Niamey']);
  assert.deepEqual(found('Niamay is far.', 'en'), []);
  // A listed name with an ending is another word (a demonym, a plural), even with the place named nearby.
  assert.deepEqual(
    found('Nigeria and Russia met. The Nigerian and Russian delegations, with Kenyan envoys, signed.', 'en').filter((m) => m.includes('nearMiss')),
    [],
  );
  assert.deepEqual(found('La Tunisie et l’Algérie. Les Tunisiens et les Algériens ont signé.', 'fr').filter((m) => m.includes('nearMiss')), []);
  // The name without its last letter, or with it traded for an ending, is a word made from it too.
  assert.deepEqual(found('Germany votes. German voters and the German economy.', 'en').filter((m) => m.includes('nearMiss')), []);
  assert.deepEqual(found('La Mauritanie vote. Mauritanian herders and the Mauritanian army.', 'en').filter((m) => m.includes('nearMiss')), []);
  // A doubled letter is still a slip.
  assert.deepEqual(found('Abdourahamane Tiani spoke. President Tianni left.', 'en').filter((m) => m.includes('nearMiss')), ['Tianni|abdourahamane-tiani|nearMiss|Tiani']);
  // Inside another name (a coalition that spells the country in Wolof), it is that name's spelling.
  assert.deepEqual(found('Senegal votes. The Takku Wallu Senegaal coalition, led by Macky Sall, lost.', 'en').filter((m) => m.includes('nearMiss')), []);
  // The same place misspelt is still a slip.
  assert.deepEqual(
    found('Nigeria and Russia met. The Nigreia delegation signed.', 'en').filter((m) => m.includes('nearMiss')),
    ['Nigreia|nigeria|nearMiss|Nigeria'],
  );
});

test('lookupNearMiss finds transpositions and one-letter slips', () => {
  assert.equal(index.lookupNearMiss('Goïat', 'en')[0]?.entity.id, 'assimi-goita');
  assert.equal(index.lookupNearMiss('Ouagadougu', 'fr')[0]?.entity.id, 'ouagadougou');
  assert.deepEqual(index.lookupNearMiss('table', 'en'), []);
});

test('spans restrict the search; empty index finds nothing', () => {
  const text = 'Bamako. Niamey.';
  assert.deepEqual(index.findMentions(text, 'en', { start: 8, end: text.length }).map((m) => m.text), ['Niamey']);
  assert.deepEqual(EntityIndex.empty().findMentions(text, 'en'), []);
  assert.equal(index.byId('aes')?.name, 'AES');
});

// The scan folds as it walks the trie from each word start: these pin the
// cases where folding changes lengths or where a word start is not obvious.
test('folding while scanning: ligatures, digits, runs of spaces, a span that starts mid-word', () => {
  const list = EntityIndex.build([
    { id: 'sc', type: 'place', name: 'Sacré-Cœur', names: {}, aliases: ['Co'], aliasesByLang: {}, titles: [], bio: {}, source: { path: 'e', start: 0, end: 0 } },
    { id: 'bk', type: 'place', name: 'Bamako', names: {}, aliases: [], aliasesByLang: {}, titles: [], bio: {}, source: { path: 'e', start: 0, end: 0 } },
  ]);
  const names = (text: string, span?: { start: number; end: number }): string[] => list.findMentions(text, 'fr', span).map((m) => `${text.slice(m.start, m.end)}|${m.form}`);
  assert.deepEqual(names('au Sacré-Coeur, au Sacré-Cœur, au SACRÉ-CŒUR.'), ['Sacré-Coeur|variant', 'Sacré-Cœur|canonical', 'SACRÉ-CŒUR|variant']);
  // "Cœur" read as "co…" must not stop at "Co" halfway through "œ".
  assert.deepEqual(names('Cœur'), []);
  assert.deepEqual(names('3Bamako, Bamako3, Bamako 3, (Bamako)'), ['Bamako|canonical', 'Bamako|canonical']);
  assert.deepEqual(names('Sacré-Cœur\t \u00a0'), ['Sacré-Cœur|canonical']);
  const text = 'xBamako Bamako';
  assert.deepEqual(names(text, { start: 1, end: text.length }), ['Bamako|canonical']);
});

test('near misses after emoji and digits keep their offsets', () => {
  const text = '😀 President Tianni spoke; 3Tianni did not.';
  const ms = index.findMentions(text, 'en');
  assert.deepEqual(ms.map((m) => [text.slice(m.start, m.end), m.form]), [['Tianni', 'nearMiss']]);
});

test('an acronym in brackets after the words it stands for is theirs: « le Parti authenticité et modernité (PAM) » is no World Food Programme (eh06)', () => {
  assert.deepEqual(found('Le Parti authenticité et modernité (PAM) arrive deuxième.', 'fr'), []);
  // After the list's own name, or with no name before it, it is the listed body's.
  assert.deepEqual(found('Le Programme alimentaire mondial (PAM) a livré du riz. Le PAM a parlé.', 'fr').filter((m) => m.startsWith('PAM')), ['PAM|wfp|alias', 'PAM|wfp|alias']);
});
