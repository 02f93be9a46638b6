import assert from 'node:assert/strict';
import test from 'node:test';
import { frenchCountryEdit } from '../../server/src/engine/translation/frenchCountryName';

/** `prose` with the country `name` replaced by the country `code`, through frenchCountryEdit. */
function rename(prose: string, name: string, code: string): string | undefined {
  const start = prose.indexOf(name);
  const e = frenchCountryEdit(prose, { start, end: start + name.length, text: name, key: '', weak: false } as never, code);
  return e === undefined ? undefined : prose.slice(0, e.start) + e.newText + prose.slice(e.end);
}

test('a French country’s name comes with the article or preposition its gender and number take', () => {
  // Where: au, en, aux, à.
  assert.equal(rename('Il est né au Mali en 1960.', 'Mali', 'NE'), 'Il est né au Niger en 1960.');
  assert.equal(rename('Il est né au Mali en 1960.', 'Mali', 'FR'), 'Il est né en France en 1960.');
  assert.equal(rename('Il est né au Mali en 1960.', 'Mali', 'IQ'), 'Il est né en Irak en 1960.');
  assert.equal(rename('Il est né au Mali en 1960.', 'Mali', 'US'), 'Il est né aux États-Unis en 1960.');
  assert.equal(rename('Il est né au Mali en 1960.', 'Mali', 'CU'), 'Il est né à Cuba en 1960.');
  assert.equal(rename('Il est né en France en 1960.', 'France', 'MX'), 'Il est né au Mexique en 1960.');
  assert.equal(rename('Il est né aux Philippines.', 'Philippines', 'AT'), 'Il est né en Autriche.');
  assert.equal(rename('Il est né à Cuba.', 'Cuba', 'ML'), 'Il est né au Mali.');
  // From: du, de la, de l’, des, d’.
  assert.equal(rename('Le président du Mali a parlé.', 'Mali', 'FR'), 'Le président de la France a parlé.');
  assert.equal(rename('Le président de la France a parlé.', 'France', 'IR'), 'Le président de l’Iran a parlé.');
  assert.equal(rename('Le président de la France a parlé.', 'France', 'US'), 'Le président des États-Unis a parlé.');
  assert.equal(rename('Le président du Mali a parlé.', 'Mali', 'IL'), 'Le président d’Israël a parlé.');
  assert.equal(rename('L’équipe de France a gagné.', 'France', 'SN'), 'L’équipe du Sénégal a gagné.');
  assert.equal(rename('L’équipe de France a gagné.', 'France', 'DZ'), 'L’équipe d’Algérie a gagné.');
  // The country named: le, la, l’, les, or none.
  assert.equal(rename('Le Mali a voté.', 'Mali', 'FR'), 'La France a voté.');
  assert.equal(rename('Il a quitté la France en 2017.', 'France', 'JP'), 'Il a quitté le Japon en 2017.');
  assert.equal(rename('Il a quitté la France en 2017.', 'France', 'UG'), 'Il a quitté l’Ouganda en 2017.');
  assert.equal(rename('Le Mali a voté.', 'Mali', 'MG'), 'Madagascar a voté.');
  assert.equal(rename('Cuba a voté.', 'Cuba', 'ML'), 'Le Mali a voté.');
  // « à la », « à l’ »: « au ».
  assert.equal(rename('Grâce à la France, il a gagné.', 'France', 'ML'), 'Grâce au Mali, il a gagné.');
  // A name the article already writes is kept as written; the apostrophe is the article’s.
  assert.equal(rename("Il vit en France, loin de l'Irak.", 'France', 'CI'), "Il vit en Côte d'Ivoire, loin de l'Irak.");
  assert.equal(rename('Il vit en Chine, loin de la Corée du Sud.', 'Chine', 'KR'), 'Il vit en Corée du Sud, loin de la Corée du Sud.');
  assert.equal(rename('Il est né au Mali.', 'Mali', 'CD'), 'Il est né en RD Congo.');
  // "h" and "y" take no elision here: « au Honduras », « du Yémen ».
  assert.equal(rename('Il est né au Mali.', 'Mali', 'HN'), 'Il est né au Honduras.');
  assert.equal(rename('Le président du Mali a parlé.', 'Mali', 'YE'), 'Le président du Yémen a parlé.');
  // A list: the name alone.
  assert.equal(rename('Le Mali, Niger et Tchad ont voté.', 'Niger', 'BF'), 'Le Mali, Burkina Faso et Tchad ont voté.');
});

test('a people’s name the article writes is no name for its country: « le roi des Belges » does not make Belgium « Belges » (xf05)', () => {
  assert.equal(rename('Devant le roi des Belges, elle est la première reine née aux Pays-Bas.', 'Pays-Bas', 'BE'), 'Devant le roi des Belges, elle est la première reine née en Belgique.');
});
