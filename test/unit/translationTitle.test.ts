import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import { ownFixLines } from './ownFixes';
import { titledNames } from '../../server/src/engine/translation/personTitles';

// translation.title: one person, titles of different families in the same
// paragraph of two versions. The titles are read right before the name, in
// each language's way of writing them.

function titles(text: string, lang: string): string[] {
  return titledNames(text, { start: 0, end: text.length }, lang).map((t) => `${t.title.text} | ${t.name.text} | ${t.families.join('+')}${t.former ? ' (former)' : ''}`);
}

test('titles before names, as each language writes them', () => {
  assert.deepEqual(titles('ECB Vice President Christine Lagarde met Finance Minister Éric Lombard and Gen. Mamadi Doumbouya.', 'en'), [
    'Vice President | Christine Lagarde | vicePresident',
    'Minister | Éric Lombard | minister',
    'Gen. | Mamadi Doumbouya | general',
  ]);
  assert.deepEqual(titles('Le ministre de l’Économie, Gabriel Attal, a reçu le président sénégalais, Bassirou Diomaye Faye, et la présidente du Conseil italien, Giorgia Meloni.', 'fr'), [
    'ministre | Gabriel Attal | minister',
    'président | Bassirou Diomaye Faye | president',
    'présidente du Conseil | Giorgia Meloni | primeMinister+president',
  ]);
  // Small-letter "general" and a title inside a longer name are not read as such; a former office-holder is one, said of the past;
  // a deputy is one of his own, and an acting or outgoing governor is a governor.
  assert.deepEqual(titles('Former President Joe Biden, acting Governor Ann Roe, Deputy Prime Minister Jane Doe, the general election of Senegal, UN General Assembly President Philemon Yang.', 'en'), [
    'President | Joe Biden | president (former)',
    'Governor | Ann Roe | governor',
    'Deputy Prime Minister | Jane Doe | deputy primeMinister',
    'President | Philemon Yang | president',
  ]);
  assert.deepEqual(titles('L’ancien président Nicolas Sarkozy et le vice-président Kamala Harris.', 'fr'), ['président | Nicolas Sarkozy | president (former)', 'vice-président | Kamala Harris | vicePresident']);
  // A German company's « président du directoire » is its chief executive.
  assert.deepEqual(
    check('Dortmund chief executive Hans-Joachim Watzke welcomed the deal.', 'Le président du directoire de Dortmund, Hans-Joachim Watzke, a salué l’accord.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  // "Pope" ends a name as a surname, and a deputy director general is read as one.
  assert.deepEqual(titles('IOM Deputy Director General Amy Pope said.', 'en'), ['Deputy Director General | Amy Pope | deputy directorGeneral']);
  // A rank and an office are two things one person holds: « le général de brigade X, directeur général par intérim ».
  assert.deepEqual(
    check('Brig. Hillary Kipkosgey, the acting director general, spoke.', 'Le général de brigade Hillary Kipkosgey, directeur général par intérim, a parlé.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  // After a name, a participle spelt like a title is no title: « Donald Tusk, a jugé » (juge).
  assert.deepEqual(titles('Le Premier ministre polonais, Donald Tusk, a jugé la décision inacceptable.', 'fr'), ['Premier ministre | Donald Tusk | primeMinister']);
  // A sporting director is no coach.
  assert.deepEqual(titles('"We won," said sporting director Luis Enrique.', 'en'), ['sporting director | Luis Enrique | sportingDirector']);
  // A US representative, and governors abbreviated.
  assert.deepEqual(titles('Democratic Rep. Mikie Sherrill beat Gov. Phil Murphy.', 'en'), ['Rep. | Mikie Sherrill | representative', 'Gov. | Phil Murphy | governor']);
  assert.deepEqual(titles('La représentante démocrate Mikie Sherrill a gagné.', 'fr'), ['représentante | Mikie Sherrill | representative']);
  // « sous-gouverneur » is a deputy governor; a portfolio in small letters before "minister" is one.
  assert.deepEqual(titles('Le sous-gouverneur Jonathan Heath a voté contre.', 'fr'), ['sous-gouverneur | Jonathan Heath | deputy governor']);
  assert.deepEqual(
    titledNames('The far-right national security minister, Itamar Gvir, resigned.', { start: 0, end: 62 }, 'en').map((t) => [t.said, t.portfolio]),
    [['national security minister', ['security']]],
  );
  // « l’ex-premier ministre », after the name: a former prime minister, not a former minister.
  assert.deepEqual(titles('Amadou Ba, l’ex-premier ministre qui affrontait M. Faye.', 'fr'), ['premier ministre | Amadou Ba | primeMinister (former)']);
});

function check(en: string, fr: string): Record<string, string[]> {
  const files = {
    '/w/story.en.txt': `Leaders Meet in Paris\nThe talks opened on Tuesday.\n${en}\n`,
    '/w/story.fr.txt': `Les dirigeants se réunissent à Paris\nLes discussions se sont ouvertes mardi.\n${fr}\n`,
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const out: Record<string, string[]> = {};
  for (const r of reports) out[r.path] = r.findings.filter((f) => f.rule === 'translation.title').map((f) => (files as Record<string, string>)[r.path]!.slice(f.start, f.end));
  return out;
}

test('a title that differs between versions is flagged in both; titles of one family, however written, are not', () => {
  const en = 'Prime Minister Gabriel Attal met ECB President Christine Lagarde, Spanish Prime Minister Pedro Sánchez and Colonel Mamadi Doumbouya in Paris on 12 March 2024.';
  const fr = 'Le Premier ministre, Gabriel Attal, a rencontré la présidente de la BCE, Christine Lagarde, le président du gouvernement espagnol, Pedro Sánchez, et le colonel Mamadi Doumbouya à Paris le 12 mars 2024.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  const wrong = fr.replace('Le Premier ministre, Gabriel Attal', 'Le ministre de l’Économie, Gabriel Attal').replace('le colonel Mamadi', 'le général Mamadi');
  assert.deepEqual(check(en, wrong), { '/w/story.en.txt': ['Prime Minister', 'Colonel'], '/w/story.fr.txt': ['ministre de l’Économie', 'général'] });
  // One version giving two titles, one of them the other's, is no disagreement.
  assert.deepEqual(check('President Bassirou Diomaye Faye, a former tax inspector, spoke.', 'Le président Bassirou Diomaye Faye, ancien inspecteur des impôts, a parlé.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('the churches’ ranks: a cardinal is no archbishop’s title, and « le cardinal » is "Cardinal"', () => {
  const en = 'Cardinal Mario Grech and Archbishop of Paris Laurent Ulrich opened the synod on Wednesday, October 2, 2024.';
  const fr = 'Le cardinal Mario Grech et l’archevêque de Paris, Laurent Ulrich, ont ouvert le synode le mercredi 2 octobre 2024.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('Archbishop of Paris Laurent', 'Cardinal Laurent'), fr), { '/w/story.en.txt': ['Cardinal'], '/w/story.fr.txt': ['archevêque'] });
});

test('a listed person: entity.title speaks where the story’s date says which rank is right, translation.title where it cannot', () => {
  const dated = (rank: string): [string, string] => [
    `${rank} Assimi Goïta, Mali’s transitional president, spoke in Bamako on Monday, December 22, 2025.`,
    'Le général Assimi Goïta, président de la transition malienne, s’est exprimé à Bamako le lundi 22 décembre 2025.',
  ];
  // December 2025: he is a general, so "Colonel" is entity.title's, and the French is only told it disagrees.
  assert.deepEqual(check(...dated('Colonel')), { '/w/story.en.txt': [], '/w/story.fr.txt': ['général'] });
  assert.deepEqual(check(...dated('General')), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('ministers with portfolios, grades of general, coaches, and one person whose name each language transliterates', () => {
  assert.deepEqual(titles('Foreign Minister Andrii Sybiha met Brigadier General Ali Bagheri and coach Pape Thiaw.', 'en').map((t) => t.split(' | ')[0]), ['Minister', 'Brigadier General', 'coach']);
  const [minister] = titledNames('Ukrainian Foreign Minister Andrii Sybiha spoke.', { start: 0, end: 40 }, 'en');
  assert.deepEqual(minister?.portfolio, ['foreign']);
  // « Pape » is a first name, not the pope, when French writes it with a capital.
  assert.deepEqual(titles('Le sélectionneur Pape Thiaw et le pape François.', 'fr').map((t) => t.split(' | ')[0]), ['sélectionneur', 'pape']);
  const en = 'Turkish Foreign Minister Hakan Fidan met Gen. Abdel Fattah al-Burhan and Major General Ali Bagheri on 3 March 2025.';
  const fr = 'Le ministre turc des Affaires étrangères, Hakan Fidan, a rencontré le général Abdel Fattah al-Bourhane et le général de division Ali Bagheri le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  const wrong = fr.replace('des Affaires étrangères', 'de la Défense').replace('le général Abdel', 'le colonel Abdel').replace('général de division', 'général de brigade');
  assert.deepEqual(check(en, wrong), { '/w/story.en.txt': ['Turkish Foreign Minister', 'Gen.', 'Major General'], '/w/story.fr.txt': ['ministre turc de la Défense', 'colonel', 'général de brigade'] });
});

test('a deputy against the office he deputises is another title; against another office altogether, he may hold both', () => {
  const en = 'WHO Director-General Tedros Adhanom Ghebreyesus and Deputy Prime Minister María Jesús Montero spoke in Geneva on 3 March 2025.';
  const fr = 'Le directeur général de l’OMS, Tedros Adhanom Ghebreyesus, et la ministre des Finances, María Jesús Montero, se sont exprimés à Genève le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('WHO Director-General', 'WHO Deputy Director-General'), fr), { '/w/story.en.txt': ['Deputy Director-General'], '/w/story.fr.txt': ['directeur général'] });
});

test('secretaries: a British one is a minister, an American one has a department', () => {
  const en = 'Foreign Secretary David Lammy met Treasury Secretary Scott Bessent in London on 3 March 2025.';
  const fr = 'Le ministre britannique des Affaires étrangères, David Lammy, a rencontré le secrétaire américain au Trésor, Scott Bessent, à Londres le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('au Trésor', 'au Commerce')), { '/w/story.en.txt': ['Treasury Secretary'], '/w/story.fr.txt': ['secrétaire américain au Commerce'] });
});

test('« vice- » glued to a title the vocabulary does not join it to makes the deputy of that office', () => {
  const en = 'South Kivu Governor Jean-Jacques Purusi announced the curfew on 3 March 2025.';
  const fr = 'Le gouverneur du Sud-Kivu, Jean-Jacques Purusi, a annoncé le couvre-feu le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('Le gouverneur', 'Le vice-gouverneur')), { '/w/story.en.txt': ['Governor'], '/w/story.fr.txt': ['vice-gouverneur'] });
});

test('a French office followed by its institution and adjectives: « le gouverneur de la banque centrale autrichienne, Robert Holzmann »', () => {
  const en = "Austria's central bank governor, Robert Holzmann, said on 3 March 2025 that rates would fall.";
  const fr = 'Le gouverneur de la banque centrale autrichienne, Robert Holzmann, a déclaré le 3 mars 2025 que les taux baisseraient.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('central bank governor', 'finance minister'), fr), { '/w/story.en.txt': ['finance minister'], '/w/story.fr.txt': ['gouverneur'] });
});

test('a French portfolio of several words with commas is read whole, and messages say the portfolio each version gives', () => {
  const [diop] = titledNames('a déclaré le ministre de l’Énergie, du Pétrole et des Mines, Birame Souleye Diop, mardi.', { start: 0, end: 90 }, 'fr');
  assert.equal(diop?.name.text, 'Birame Souleye Diop');
  assert.equal(diop?.said, 'ministre de l’Énergie, du Pétrole et des Mines');
  assert.deepEqual(diop?.portfolio, ['energy']);
  assert.deepEqual(
    check('"We want what we are owed," Energy Minister Birame Souleye Diop said.', '« Nous voulons ce qui nous revient », a déclaré le ministre de l’Énergie, du Pétrole et des Mines, Birame Souleye Diop.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  assert.deepEqual(
    check('"We want what we are owed," Finance Minister Birame Souleye Diop said.', '« Nous voulons ce qui nous revient », a déclaré le ministre de l’Énergie, du Pétrole et des Mines, Birame Souleye Diop.'),
    { '/w/story.en.txt': ['Finance Minister'], '/w/story.fr.txt': ['ministre de l’Énergie, du Pétrole et des Mines'] },
  );
});

test('a title after the name, as an apposition, is read for names that start with a first name', () => {
  assert.deepEqual(titles('said Josef Aschbacher, the Director General of the European Space Agency.', 'en').filter((t) => t.includes('Aschbacher')), ['Director General | Josef Aschbacher | directorGeneral']);
  assert.deepEqual(titles('a indiqué Yves Brahima Koné, directeur général du Conseil du café-cacao.', 'fr'), ['directeur général | Yves Brahima Koné | directorGeneral']);
  // Two words may stand before the office after an article, "former" read as such; a place before a comma is no name.
  assert.deepEqual(titles('said Sunita Williams, a former Navy captain. In Abidjan, the minister spoke.', 'en'), ['captain | Sunita Williams | captain (former)']);
  assert.deepEqual(
    check('"Prices will hold," said Yves Brahima Koné, director general of the council.', '« Les prix tiendront », a dit Yves Brahima Koné, président du Conseil.'),
    { '/w/story.en.txt': ['director general'], '/w/story.fr.txt': ['président du Conseil'] },
  );
  // A French secrétaire d’État is the junior minister English copy names.
  assert.deepEqual(
    check('Starmer appointed Heidi Alexander, a justice minister, to replace her.', 'Keir Starmer a nommé Heidi Alexander, secrétaire d’État à la Justice, pour la remplacer.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('a title word that the other version writes inside the name is no title: "the investment firm General Atlantic"', () => {
  assert.deepEqual(
    check('He was most recently vice-chairman of the investment firm General Atlantic.', 'Il était dernièrement vice-président du fonds d’investissement General Atlantic.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('commissioners: European, police or UN high commissioner, and their deputies', () => {
  const en = 'EU Trade Commissioner Maroš Šefčovič and Deputy Commissioner Graham Doyle met UN High Commissioner Volker Türk on 3 March 2025.';
  const fr = 'Le commissaire européen au Commerce, Maroš Šefčovič, et le commissaire adjoint Graham Doyle ont rencontré le haut-commissaire de l’ONU Volker Türk le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('le commissaire adjoint', 'le commissaire')), { '/w/story.en.txt': ['Deputy Commissioner'], '/w/story.fr.txt': ['commissaire'] });
  assert.deepEqual(check(en, fr.replace('le haut-commissaire', 'l’ambassadeur')), { '/w/story.en.txt': ['High Commissioner'], '/w/story.fr.txt': ['ambassadeur'] });
});

test('judges and chief justices; a company’s finance and operations chiefs', () => {
  const en = 'Deputy Chief Justice Raymond Zondo and Justice Sisi Khampepe heard Woodside chief executive Meg O’Neill and chief financial officer Graham Tiver on 3 March 2025.';
  const fr = 'Le vice-président de la Cour constitutionnelle, Raymond Zondo, et la juge Sisi Khampepe ont entendu la directrice générale de Woodside, Meg O’Neill, et le directeur financier Graham Tiver le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('Justice Sisi', 'Chief Justice Sisi').replace('Deputy Chief Justice', 'Deputy Chief Justice'), fr), { '/w/story.en.txt': ['Chief Justice'], '/w/story.fr.txt': ['juge'] });
  assert.deepEqual(check(en.replace('chief executive Meg', 'chief financial officer Meg'), fr), { '/w/story.en.txt': ['chief financial officer'], '/w/story.fr.txt': ['directrice générale'] });
  // The chief justice presides over the court.
  assert.deepEqual(check('Chief Justice Mandisa Maya spoke on 3 March 2025.', 'La présidente de la Cour suprême, Mandisa Maya, s’est exprimée le 3 mars 2025.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // "Justice" before an office is no title of the name.
  assert.deepEqual(check('Justice Minister Gérald Darmanin spoke on 3 March 2025.', 'Le ministre de la Justice, Gérald Darmanin, s’est exprimé le 3 mars 2025.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('an industry minister is not a finance minister', () => {
  const en = 'Italian Industry Minister Adolfo Urso spoke on 3 March 2025.';
  const fr = 'Le ministre italien de l’Industrie, Adolfo Urso, s’est exprimé le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('Industry', 'Finance'), fr), { '/w/story.en.txt': ['Italian Finance Minister'], '/w/story.fr.txt': ['ministre italien de l’Industrie'] });
});

test('an office after the name: after a possessive in English, with an adjective or accents in French', () => {
  assert.deepEqual(titles('said Margrethe Vestager, the Commission’s executive vice president, on Monday.', 'en'), ['vice president | Margrethe Vestager | vicePresident']);
  assert.deepEqual(titles('a dit Margrethe Vestager, vice-présidente exécutive de la Commission, lundi.', 'fr'), ['vice-présidente | Margrethe Vestager | vicePresident']);
  assert.deepEqual(titles('a dit Yves Koné, président de la Commission, lundi.', 'fr'), ['président | Yves Koné | president']);
  // « de la » is a particle, never the office's complement word before a name: no "président" named "Commission".
  assert.deepEqual(titles('le président de la Commission, lundi.', 'fr'), []);
  const en = '"Apple abused its position," Margrethe Vestager, the Commission’s executive vice president, said on 3 March 2025.';
  const fr = '« Apple a abusé de sa position », a déclaré Margrethe Vestager, vice-présidente exécutive de la Commission, le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('vice-présidente exécutive', 'présidente')), { '/w/story.en.txt': ['vice president'], '/w/story.fr.txt': ['présidente'] });
});

test('an airliner’s « commandant de bord » is its captain; a body’s name is no holder’s; a French deputy’s title is quoted whole', () => {
  const en = 'Captain Sumeet Sabharwal and Jonathan Bloomer, the chairman of Morgan Stanley International, met Transportation Secretary Sean Duffy on 3 March 2025.';
  const fr = 'Le commandant de bord Sumeet Sabharwal et Jonathan Bloomer, président de Morgan Stanley International, ont rencontré le secrétaire aux Transports, Sean Duffy, le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('aux Transports', 'à la Défense')), { '/w/story.en.txt': ['Transportation Secretary'], '/w/story.fr.txt': ['secrétaire à la Défense'] });
  assert.deepEqual(titles('said Jonathan Bloomer, the chief executive of Morgan Stanley International.', 'en'), ['chief executive | Jonathan Bloomer | directorGeneral']);
  // Nor is a company's one word after its letters: "chairman of CK Hutchison" names no "Hutchison" (wp04).
  assert.deepEqual(titles('Canning Fok, deputy chairman of CK Hutchison, said the deal would help.', 'en'), []);
  assert.deepEqual(titles('Canning Fok, président du conseil de CK Hutchison, a estimé que l’opération aiderait.', 'fr'), []);
  const deputy = titledNames('Le secrétaire général adjoint des Nations unies, António Guterres, a parlé.', { start: 0, end: 80 }, 'fr');
  assert.deepEqual(deputy.map((t) => [t.said, t.families.join('+')]), [['secrétaire général adjoint', 'deputy secretaryGeneral']]);
});

test('an English portfolio after the office is quoted with it: "Minister of Public Security"', () => {
  const en = titledNames('Minister of Public Security Geneviève Guilbault spoke.', { start: 0, end: 60 }, 'en');
  assert.deepEqual(en.map((t) => t.said), ['Minister of Public Security']);
});

test('"Secretary for Justice" is a secretary with a portfolio, not a judge', () => {
  const en = 'Secretary for Justice Paul Lam defended the verdict on 3 March 2025.';
  const fr = 'Le secrétaire à la Justice, Paul Lam, a défendu le verdict le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('the word that ends the paragraph before (« … jusqu’alors. ») says nothing of the title that opens the next', () => {
  assert.deepEqual(titles('La plus grosse prise jamais réalisée jusqu’alors.\nLe sergent Abdulai Djaló a parlé.', 'fr'), ['sergent | Abdulai Djaló | sergeant']);
  assert.deepEqual(titles('L’alors président Abdulai Djaló a parlé.', 'fr'), ['président | Abdulai Djaló | president (former)']);
});

test('a rank after the name with what it commands is a post: « Éric Lambert, commandant de la section de recherches »', () => {
  assert.deepEqual(titles('Le colonel Éric Lambert, commandant de la section de recherches, a parlé.', 'fr'), ['colonel | Éric Lambert | colonel']);
  const en = 'Lieutenant Colonel Éric Lambert, head of the investigation unit, spoke on 3 March 2025.';
  const fr = 'Le lieutenant-colonel Éric Lambert, commandant de la section de recherches, s’est exprimé le 3 mars 2025.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('Le lieutenant-colonel', 'Le colonel')), { '/w/story.en.txt': ['Lieutenant Colonel'], '/w/story.fr.txt': ['colonel'] });
});

test('a region’s « président du gouvernement régional » is its president, not a prime minister', () => {
  assert.deepEqual(
    check(
      'Fernando Clavijo, the president of the Canary Islands regional government, said the islands were at the limit.',
      'Fernando Clavijo, président du gouvernement régional des Canaries, a estimé que les îles étaient à la limite.',
    ),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('« l’adjoint à la maire » is the mayor’s deputy: "Deputy mayor"', () => {
  assert.deepEqual(
    check('Deputy mayor Guillaume Libsig said the project would help.', 'Pour l’adjoint à la maire Guillaume Libsig, le projet va aider.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  assert.deepEqual(
    check('Mayor Guillaume Libsig said the project would help.', 'Pour l’adjoint à la maire Guillaume Libsig, le projet va aider.'),
    { '/w/story.en.txt': ['Mayor'], '/w/story.fr.txt': ['adjoint à la maire'] },
  );
});

test('a British chancellor is the finance minister French copy names; a German one is a chancellor', () => {
  assert.deepEqual(
    check('Chancellor Rachel Reeves welcomed the cut.', 'La ministre des Finances, Rachel Reeves, a salué la baisse.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  assert.deepEqual(
    check('Chancellor Friedrich Merz welcomed the cut.', 'Le chancelier Friedrich Merz a salué la baisse.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('a German state premier is its « ministre-président »; a Home Secretary is no foreign minister', () => {
  assert.deepEqual(
    check('Bavarian Premier Markus Söder called for a moratorium.', 'Le ministre-président bavarois, Markus Söder, a réclamé un moratoire.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  assert.deepEqual(
    check('British Home Secretary Yvette Cooper said the case was closed.', 'La ministre britannique des Affaires étrangères, Yvette Cooper, a déclaré le dossier clos.'),
    { '/w/story.en.txt': ['British Home Secretary'], '/w/story.fr.txt': ['ministre britannique des Affaires étrangères'] },
  );
});

test('a navy’s ranks: a vice admiral is « vice-amiral », a rear admiral « contre-amiral », a commander « capitaine de frégate »', () => {
  const en = 'Vice Adm. Jeffrey Hughes and Rear Adm. Fogan Adegnon met Capt. Jean-Baptiste Ngono and Commander Paul Ebe aboard the ship.';
  const fr = 'Le vice-amiral Jeffrey Hughes et le contre-amiral Fogan Adegnon ont rencontré le capitaine de vaisseau Jean-Baptiste Ngono et le commandant Paul Ebe à bord du navire.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // A French navy commander is addressed as « commandant », as a major is, and named « capitaine de frégate » too.
  assert.deepEqual(check(en, fr.replace('le commandant Paul', 'le capitaine de frégate Paul')), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('le contre-amiral Fogan', 'le vice-amiral Fogan')), { '/w/story.en.txt': ['Rear Adm.'], '/w/story.fr.txt': ['vice-amiral'] });
  assert.deepEqual(check(en.replace('Capt. Jean', 'Cmdr. Jean'), fr), { '/w/story.en.txt': ['Cmdr.'], '/w/story.fr.txt': ['capitaine de vaisseau'] });
  // An admiral whose grade one version leaves out agrees with either.
  assert.deepEqual(check(en.replace('Vice Adm.', 'Adm.'), fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('police and court titles: a presiding judge is « le président », a chief inspector a « commissaire »; an inspector is no « commandante », a police chief no « procureur »', () => {
  const en = 'Judge Jean-Louis Périès read the verdict; Chief Inspector Tom Reid and Inspector Marie-Claude Dandenault led the inquiry for police chief Julien Moinil.';
  const fr = 'Le président Jean-Louis Périès a lu le verdict ; le commissaire Tom Reid et l’inspectrice Marie-Claude Dandenault ont mené l’enquête pour le chef de la police Julien Moinil.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('l’inspectrice Marie-Claude', 'la commandante Marie-Claude')), { '/w/story.en.txt': ['Inspector'], '/w/story.fr.txt': ['commandante'] });
  assert.deepEqual(check(en, fr.replace('le chef de la police Julien', 'le procureur Julien')), { '/w/story.en.txt': ['police chief'], '/w/story.fr.txt': ['procureur'] });
});

test('an emperor is titled, not named "Emperor": « l’empereur Naruhito »', () => {
  assert.deepEqual(titles('Emperor Naruhito met Empress Masako.', 'en'), ['Emperor | Naruhito | emperor', 'Empress | Masako | emperor']);
  assert.deepEqual(titles('L’empereur Naruhito a reçu l’impératrice Masako.', 'fr'), ['empereur | Naruhito | emperor', 'impératrice | Masako | emperor']);
});

test('a Belgian mayor is « bourgmestre »; a court clerk « greffier »; a provost « prévôt »', () => {
  const en = 'Mayor Philippe Close, Registrar Anne Dupont and Provost Hugh Brady signed the agreement on Tuesday.';
  const fr = 'Le bourgmestre Philippe Close, la greffière Anne Dupont et le prévôt Hugh Brady ont signé l’accord mardi.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('Mayor Philippe', 'Deputy Mayor Philippe'), fr), { '/w/story.en.txt': ['Deputy Mayor'], '/w/story.fr.txt': ['bourgmestre'] });
});

test('a lands and natural resources minister is no finance minister', () => {
  const en = 'Lands and Natural Resources Minister Emmanuel Buah signed the licence on Tuesday.';
  const fr = 'Le ministre des Terres et des Ressources naturelles, Emmanuel Buah, a signé la licence mardi.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('Lands and Natural Resources Minister', 'Finance Minister'), fr), { '/w/story.en.txt': ['Finance Minister'], '/w/story.fr.txt': ['ministre des Terres et des Ressources naturelles'] });
});

test('Ireland’s Taoiseach is its « Premier ministre », the Tánaiste its deputy', () => {
  const en = 'Taoiseach Leo Varadkar called the vote on Tuesday.';
  const fr = 'Le Premier ministre, Leo Varadkar, a convoqué le vote mardi.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('Le Premier ministre', 'Le vice-Premier ministre')), { '/w/story.en.txt': ['Taoiseach'], '/w/story.fr.txt': ['vice-Premier ministre'] });
});

test('a US attorney general is the justice minister: « le ministre de la Justice », not « de l’Intérieur »', () => {
  const en = 'Attorney General Merrick Garland imposed a moratorium on federal executions on Tuesday.';
  const fr = 'Le ministre de la Justice, Merrick Garland, a instauré mardi un moratoire sur les exécutions fédérales.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('de la Justice', 'de l’Intérieur')), { '/w/story.en.txt': ['Attorney General'], '/w/story.fr.txt': ['ministre de l’Intérieur'] });
  // Elsewhere a prosecutor general: « le procureur général ».
  assert.deepEqual(check(en, fr.replace('Le ministre de la Justice', 'Le procureur général')), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('an airliner’s captain is « le commandant » in a story of a flight; an army captain is no « commandant »', () => {
  const en = 'Captain Chesley Sullenberger glided the Airbus A320 onto the river on Tuesday.';
  const fr = 'Le commandant Chesley Sullenberger a posé l’Airbus A320 sur le fleuve mardi.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(
    check('Captain Moussa Diallo addressed the troops on Tuesday.', 'Le commandant Moussa Diallo s’est adressé aux troupes mardi.'),
    { '/w/story.en.txt': ['Captain'], '/w/story.fr.txt': ['commandant'] },
  );
});

test('an agency’s administrator and his deputy differ; an Italian company’s « administrateur délégué » is its chief executive', () => {
  const en = '"It\'s a great day," NASA Administrator Bill Nelson said after the launch on Tuesday.';
  const fr = '« C’est un grand jour », a déclaré l’administrateur de la NASA, Bill Nelson, après le lancement mardi.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('NASA Administrator', 'NASA Deputy Administrator'), fr), { '/w/story.en.txt': ['Deputy Administrator'], '/w/story.fr.txt': ['administrateur'] });
  assert.deepEqual(
    check('Eni chief executive Claudio Descalzi signed the accord on Tuesday.', 'L’administrateur délégué d’Eni, Claudio Descalzi, a signé l’accord mardi.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('one person whose surname each language writes with its own vowels is still one person: Dagalo / « Daglo », beside the same first name', () => {
  assert.deepEqual(
    check('RSF commander Col. Mohamed Hamdan Dagalo signed the truce in Jeddah on 20 May 2023.', 'Le chef des FSR, le général Mohamed Hamdane Daglo, a signé la trêve à Djeddah le 20 mai 2023.'),
    { '/w/story.en.txt': ['Col.'], '/w/story.fr.txt': ['général'] },
  );
  assert.deepEqual(
    check('RSF commander Gen. Mohamed Hamdan Dagalo signed the truce in Jeddah on 20 May 2023.', 'Le chef des FSR, le général Mohamed Hamdane Daglo, a signé la trêve à Djeddah le 20 mai 2023.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  // The same consonants without a first name in common are no tie: two people.
  assert.deepEqual(
    check('Col. Ali Dagalo met the envoy in Jeddah on 20 May 2023.', 'Le général Omar Daglo a rencontré l’émissaire à Djeddah le 20 mai 2023.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('an office said with a verb: its holder is the name before the verb, or before "as"', () => {
  // An office joined to another ("vice chancellor and minister for the economy") is not read: the other version may say them the other way round.
  assert.deepEqual(titles('Illa, 58, served as Spain’s health minister. Crist served as governor from 2007. Robert Habeck becomes vice chancellor and minister for the economy. Robert Habeck becomes vice chancellor.', 'en'), [
    'minister | Illa | minister (former)',
    'governor | Crist | governor (former)',
    'chancellor | Robert Habeck | deputy chancellor+deputy minister',
  ]);
  // After "as", the name right before it. With no verb and no "as" ("and Penny Wong trade minister"), nothing is read:
  // an office right after a name is found only by trying every word's end, which cost a tenth of a check.
  // (Sunita Williams's title after her name, an apposition, is read as such.)
  assert.deepEqual(titles('He named Takeshi Iwaya as foreign minister and Penny Wong trade minister, while Katsunobu Kato was named finance minister. Sunita Williams, a former US Navy captain, spoke.', 'en'), [
    'captain | Sunita Williams | captain (former)',
    'minister | Takeshi Iwaya | minister',
    'minister | Katsunobu Kato | minister',
  ]);
  assert.deepEqual(titles('Salvador Illa, 58 ans, était ministre de la Santé. Le coprésident des Verts Robert Habeck devient vice-chancelier et ministre. Le coprésident des Verts Robert Habeck devient vice-chancelier. Il a nommé Chrystia Freeland comme ministre des Finances.', 'fr'), [
    'ministre | Salvador Illa | minister (former)',
    'chancelier | Robert Habeck | deputy chancellor',
    'ministre | Chrystia Freeland | minister',
  ]);
  // No holder: a pronoun, a relative clause, a possessive; a title before a name is the first reading's, not this one's.
  assert.deepEqual(titles('She became president. The envoy, who was foreign minister, left. Macron’s aide was minister. The winner was President Joe Biden.', 'en'), ['President | Joe Biden | president']);
});

test('offices said with a verb are compared with offices said so, whatever the tense', () => {
  assert.deepEqual(check('Illa, 58, served as Spain’s defense minister during the pandemic.', 'Salvador Illa, 58 ans, était ministre de la Santé pendant la pandémie.'), {
    '/w/story.en.txt': ['defense minister'],
    '/w/story.fr.txt': ['ministre de la Santé'],
  });
  assert.deepEqual(check('Three weeks after Chrystia Freeland quit as finance minister.', 'Trois semaines après la démission de Chrystia Freeland comme ministre des Affaires étrangères.'), {
    '/w/story.en.txt': ['finance minister'],
    '/w/story.fr.txt': ['ministre des Affaires étrangères'],
  });
  // The same offices, said alike: nothing.
  assert.deepEqual(
    check(
      'Robert Habeck becomes vice chancellor and minister for the economy, while Richard Marles became deputy prime minister, Penny Wong foreign minister and Katy Gallagher was named finance minister.',
      'Robert Habeck devient vice-chancelier et ministre de l’Économie, tandis que Richard Marles est devenu vice-Premier ministre, Penny Wong ministre des Affaires étrangères et Katy Gallagher a été nommée ministre des Finances.',
    ),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  // One version gives the office with a verb, the other another of the person's offices beside the name: two offices, not a slip.
  assert.deepEqual(
    check('Bart De Wever, leader of the N-VA, was sworn in as Belgium’s prime minister.', 'Bart De Wever, président de la N-VA, a prêté serment comme Premier ministre.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  assert.deepEqual(
    check('Yvette Cooper, home secretary since July 2024, became foreign secretary.', 'Yvette Cooper, ministre de l’Intérieur depuis juillet 2024, prend les Affaires étrangères.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('an office after the name and a participle, as French writes it with « nommée »: "Chris Hipkins, appointed health minister"', () => {
  assert.deepEqual(titles('Rachel Reeves, appointed Home Secretary in July, and Chris Hipkins, newly appointed health minister, spoke.', 'en'), [
    'Secretary | Rachel Reeves | secretary+minister',
    'minister | Chris Hipkins | minister',
  ]);
  // A union's general secretary, in small letters: « secrétaire général ».
  assert.deepEqual(titles('Pat Cullen, the RCN’s general secretary, said so.', 'en'), ['general secretary | Pat Cullen | secretaryGeneral']);
  // A participle that is no office's: nothing is read.
  assert.deepEqual(titles('Rachel Reeves, appointed in July, said so.', 'en'), []);
});

test('an office said with a verb after the holder’s name between commas: « Le président des Engagés, Maxime Prévot, a été nommé »', () => {
  const verbs = (text: string, lang: string): string[] =>
    titledNames(text, { start: 0, end: text.length }, lang)
      .filter((t) => t.withVerb)
      .map((t) => `${t.title.text} | ${t.name.text} | ${t.families.join('+')} | ${(t.portfolio ?? []).join('+')}`);
  assert.deepEqual(verbs('Le président des Engagés, Maxime Prévot, a été nommé ministre des Affaires étrangères.', 'fr'), ['ministre | Maxime Prévot | minister | foreign']);
  assert.deepEqual(verbs('Maxime Prévot, the president of Les Engagés, was appointed defence minister.', 'en'), ['minister | Maxime Prévot | minister | defence']);
  // Words between commas that are no name are an aside: the holder is before them.
  assert.deepEqual(verbs('Salvador Illa, 58 ans, était ministre de la Santé.', 'fr'), ['ministre | Salvador Illa | minister | health']);
});

test('Australia’s Treasurer is its finance minister: against « le Premier ministre » another office, against « le ministre des Finances » the same', () => {
  assert.deepEqual(titles('Treasurer Jim Chalmers said so.', 'en'), ['Treasurer | Jim Chalmers | minister']);
  assert.deepEqual(
    titledNames('Treasurer Jim Chalmers said so.', { start: 0, end: 31 }, 'en').map((t) => t.portfolio),
    [['finance']],
  );
});

/** Each finding's fixes, as the line they would leave in their file. */
function fixed(en: string, fr: string): Record<string, string[]> {
  const files: Record<string, string> = {
    '/w/story.en.txt': `Leaders Meet in Paris\nThe talks opened on Tuesday.\n${en}\n`,
    '/w/story.fr.txt': `Les dirigeants se réunissent à Paris\nLes discussions se sont ouvertes mardi.\n${fr}\n`,
  };
  return ownFixLines(files, 'translation.title', 2);
}

test('a title that differs gets the other version’s office as a fix, said in this version’s words and construction', () => {
  // A portfolio before the English office and after the French one; the words around it stay.
  assert.deepEqual(fixed('Japanese Defence Minister Yoko Kamikawa spoke.', 'La ministre japonaise des Affaires étrangères, Yoko Kamikawa, a parlé.'), {
    '/w/story.en.txt': ['Japanese Foreign Minister Yoko Kamikawa spoke.'],
    '/w/story.fr.txt': ['La ministre japonaise de la Défense, Yoko Kamikawa, a parlé.'],
  });
  // An office of its own for a minister: "Former" stays, the French adjective follows the new office, a woman's title is feminine.
  assert.deepEqual(fixed('Former Foreign Minister Elisabeth Borne spoke.', 'L’ancienne Première ministre Elisabeth Borne a parlé.'), {
    '/w/story.en.txt': ['Former Prime Minister Elisabeth Borne spoke.'],
    '/w/story.fr.txt': ['L’ancienne ministre des Affaires étrangères Elisabeth Borne a parlé.'],
  });
  // An adjective after the portfolio stays too: « ministre des Finances malaisien » becomes « Premier ministre malaisien » (wj06).
  assert.deepEqual(fixed('Former Malaysian prime minister Najib Razak was found guilty.', 'L’ancien ministre des Finances malaisien Najib Razak a été reconnu coupable.')['/w/story.fr.txt'], [
    'L’ancien Premier ministre malaisien Najib Razak a été reconnu coupable.',
  ]);
  // A British secretary of state for the interior is the Home Secretary; small letters stay small.
  assert.deepEqual(fixed('Health Secretary Yvette Cooper spoke, and the finance minister, Rachel Reeves, agreed in London.', 'La ministre de l’Intérieur, Yvette Cooper, a parlé, et la ministre de la Santé, Rachel Reeves, a approuvé.'), {
    '/w/story.en.txt': ['Home Secretary Yvette Cooper spoke, and the finance minister, Rachel Reeves, agreed in London.', 'Health Secretary Yvette Cooper spoke, and the health minister, Rachel Reeves, agreed in London.'],
    '/w/story.fr.txt': ['La ministre de la Santé, Yvette Cooper, a parlé, et la ministre de la Santé, Rachel Reeves, a approuvé.', 'La ministre de l’Intérieur, Yvette Cooper, a parlé, et la ministre des Finances, Rachel Reeves, a approuvé.'],
  });
  // Elsewhere, an interior secretary is one ("Interior Secretary Mar Roxas" in Manila).
  assert.deepEqual(fixed('Foreign Secretary Mar Roxas spoke in Manila.', 'Le ministre de l’Intérieur, Mar Roxas, a parlé à Manille.')['/w/story.en.txt'], ['Interior Secretary Mar Roxas spoke in Manila.']);
  // A rank as the writer abbreviates it; a grade French names is said in English.
  assert.deepEqual(fixed('Col. Moussa Diallo spoke.', 'Le général de brigade Moussa Diallo a parlé.'), {
    '/w/story.en.txt': ['Brig. Gen. Moussa Diallo spoke.'],
    '/w/story.fr.txt': ['Le colonel Moussa Diallo a parlé.'],
  });
  // "Defence" or "Defense" as the article spells such words; both where it says nothing.
  assert.deepEqual(fixed('Prime Minister Benjamin Netanyahu spoke at the center.', 'Le ministre de la Défense Benjamin Netanyahu a parlé.')['/w/story.en.txt'], ['Defense Minister Benjamin Netanyahu spoke at the center.']);
  assert.deepEqual(fixed('Prime Minister Benjamin Netanyahu spoke.', 'Le ministre de la Défense Benjamin Netanyahu a parlé.')['/w/story.en.txt'], ['Defence Minister Benjamin Netanyahu spoke.', 'Defense Minister Benjamin Netanyahu spoke.']);
  // France's « ministre des Armées » is its Armed Forces Minister (uw05); a rank's elided article takes its vowel back (uw07).
  assert.deepEqual(fixed('French Foreign Minister Florence Parly spoke.', 'La ministre des Armées, Florence Parly, a parlé.')['/w/story.en.txt'], ['French Armed Forces Minister Florence Parly spoke.']);
  assert.deepEqual(fixed('Gen. Jean-Louis Georgelin spoke.', 'Selon l’amiral Jean-Louis Georgelin, tout va bien.'), {
    '/w/story.en.txt': ['Adm. Jean-Louis Georgelin spoke.'],
    '/w/story.fr.txt': ['Selon le général Jean-Louis Georgelin, tout va bien.'],
  });
  // "Minister of Finance" keeps its construction.
  assert.deepEqual(fixed('Minister of Finance Ahmed Shide spoke.', 'Le ministre des Transports, Ahmed Shide, a parlé.')['/w/story.en.txt'], ['Minister of Transport Ahmed Shide spoke.']);
});

test('no fix where either title is not said the plain way: a guess would be a fix to undo', () => {
  // A portfolio the table does not know, two portfolios, a deputy.
  assert.deepEqual(fixed('Finance Minister Manaouda Malachie spoke.', 'Le ministre de la Décentralisation, Manaouda Malachie, a parlé.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(fixed('Finance Minister Bruno Le Maire spoke.', 'Le ministre de l’Économie et des Finances, Bruno Le Maire, a parlé.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Deputy Health Minister Hugo López-Gatell spoke.', 'Le ministre de la Santé, Hugo López-Gatell, a parlé.')['/w/story.en.txt']?.length, 1);
  assert.deepEqual(fixed('Deputy Health Minister Hugo López-Gatell spoke.', 'Le ministre de la Santé, Hugo López-Gatell, a parlé.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('a portfolio of two words is read whole: « ministre des Affaires étrangères » after the name, "foreign affairs minister" in small letters', () => {
  assert.deepEqual(check('"No," said Ian Gorst, the health minister, who met them.', '« Non », a déclaré Ian Gorst, ministre des Affaires étrangères, qui les a rencontrés.'), {
    '/w/story.en.txt': ['health minister'],
    '/w/story.fr.txt': ['ministre des Affaires étrangères'],
  });
  assert.deepEqual(check('"No," said Ian Gorst, the foreign affairs minister, who met them.', '« Non », a déclaré Ian Gorst, ministre de la Santé, qui les a rencontrés.'), {
    '/w/story.en.txt': ['foreign affairs minister'],
    '/w/story.fr.txt': ['ministre de la Santé'],
  });
  // The same portfolio: nothing; a verb after the portfolio is no part of it.
  assert.deepEqual(check('"No," said Ian Gorst, the foreign affairs minister, who met them.', '« Non », a déclaré Ian Gorst, ministre des Affaires étrangères, qui les a rencontrés.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Ian Gorst, the external relations minister, met them.', 'Ian Gorst, ministre des Relations extérieures, les a rencontrés.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('housing, competition and national development are portfolios: "Housing Minister Julie Collins" / « la ministre des Finances »', () => {
  assert.deepEqual(check('"We want it," Housing Minister Julie Collins said.', '« Nous le voulons », a déclaré la ministre des Finances, Julie Collins.'), { '/w/story.en.txt': ['Housing Minister'], '/w/story.fr.txt': ['ministre des Finances'] });
  assert.deepEqual(check('"We want it," Housing Minister Julie Collins said.', '« Nous le voulons », a déclaré la ministre du Logement, Julie Collins.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('"We want it," Minister for National Development Desmond Lee said.', '« Nous le voulons », a déclaré le ministre du Développement national, Desmond Lee.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('an office before a prince’s style is read too ("Sports Minister Prince Abdulaziz" / « le ministre de la Culture, le prince Abdulaziz »); the style is compared with styles and crowns only', () => {
  const en = 'Saudi Sports Minister Prince Abdulaziz bin Turki Al-Faisal said the games would open a new chapter.';
  const fr = 'Le ministre saoudien des Sports, le prince Abdulaziz ben Turki al-Fayçal, a évoqué un nouveau chapitre.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('des Sports', 'de la Culture')), { '/w/story.en.txt': ['Saudi Sports Minister'], '/w/story.fr.txt': ['ministre saoudien de la Culture'] });
  // The style alone in one version is no other office: "Crown Prince Mohammed bin Salman" / « le Premier ministre ».
  assert.deepEqual(check('Crown Prince Mohammed bin Salman met the delegation.', 'Le Premier ministre Mohammed ben Salmane a reçu la délégation.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Prince Philip met the delegation.', 'Le roi Philip a reçu la délégation.'), { '/w/story.en.txt': ['Prince'], '/w/story.fr.txt': ['roi'] });
  // A research minister is one portfolio in both languages.
  assert.deepEqual(check('Federal Research Minister Anja Karliczek welcomed the ship.', 'La ministre fédérale de l’Environnement, Anja Karliczek, a accueilli le navire.'), { '/w/story.en.txt': ['Federal Research Minister'], '/w/story.fr.txt': ['ministre fédérale de l’Environnement'] });
  assert.deepEqual(check('Federal Research Minister Anja Karliczek welcomed the ship.', 'La ministre fédérale de la Recherche, Anja Karliczek, a accueilli le navire.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('« le secrétaire d’État américain » is the Secretary of State, not a defence secretary; a first lady is no vice president', () => {
  assert.deepEqual(check('US Defense Secretary Mike Pompeo blamed Iran.', 'Le secrétaire d’État américain Mike Pompeo a accusé l’Iran.'), { '/w/story.en.txt': ['US Defense Secretary'], '/w/story.fr.txt': ['secrétaire d’État américain'] });
  assert.deepEqual(check('US Secretary of State Mike Pompeo blamed Iran.', 'Le secrétaire d’État américain Mike Pompeo a accusé l’Iran.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Arevalo defeated former vice president Sandra Torres.', 'Arevalo a battu l’ancienne première dame Sandra Torres.'), { '/w/story.en.txt': ['vice president'], '/w/story.fr.txt': ['première dame'] });
  assert.deepEqual(check('Arevalo defeated former First Lady Sandra Torres.', 'Arevalo a battu l’ancienne première dame Sandra Torres.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('"general manager" and "managing director" after a verb are one office each, not a manager (wa06)', () => {
  assert.deepEqual(titles('Bahamón, 54, was elected general manager of the federation in 2022.', 'en'), ['general manager | Bahamón | directorGeneral']);
  assert.deepEqual(titles('Ms Okafor was appointed managing director in May.', 'en'), ['managing director | Ms Okafor | directorGeneral']);
  assert.deepEqual(
    check('Germán Bahamón, 54, was elected general manager of the coffee federation in 2022.', 'Germán Bahamón, 54 ans, a été élu directeur général de la fédération du café en 2022.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('infrastructure is transport’s portfolio: against agriculture it differs, against transport it does not (wu07)', () => {
  const en = 'Ukraine’s agriculture minister, Oleksandr Kubrakov, said the corridor worked on 3 March 2025.';
  const fr = 'Le ministre ukrainien des Infrastructures, Oleksandr Kubrakov, a assuré le 3 mars 2025 que le corridor fonctionnait.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': ['agriculture minister'], '/w/story.fr.txt': ['ministre ukrainien des Infrastructures'] });
  assert.deepEqual(check(en.replace('agriculture', 'transport'), fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('the sea is a portfolio of its own, Japan’s Chief Cabinet Secretary is « le secrétaire général du gouvernement » (wz03, wz05)', () => {
  const en = 'Earlier in the week France’s maritime minister Annick Girardin warned Jersey on 6 May 2021.';
  const fr = 'En début de semaine, la ministre française de la Mer, Annick Girardin, avait prévenu Jersey le 6 mai 2021.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(fixed(en.replace('maritime', 'agriculture'), fr)['/w/story.en.txt'], [en]);
  assert.deepEqual(
    check('Chief Cabinet Secretary Yoshihide Suga said on 26 December 2018 that the withdrawal would take effect.', 'Le secrétaire général du gouvernement, Yoshihide Suga, a précisé le 26 décembre 2018 que le retrait prendrait effet.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('after the name and an article, English may put two words before the office; an envoy is no secretary (wy07, xb06)', () => {
  const fr = '« Nous savons », a déclaré John Kerry, l’émissaire spécial du président américain pour le climat, le 2 décembre 2023.';
  const en = '"We know," said John Kerry, the US special presidential envoy for climate, on 2 December 2023.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('special presidential envoy for climate', 'energy secretary'), fr), { '/w/story.en.txt': ['energy secretary'], '/w/story.fr.txt': ['émissaire'] });
  assert.deepEqual(titles('said Ashley Bloomfield, a former health minister in New Zealand.', 'en'), ['minister | Ashley Bloomfield | minister (former)']);
  // Not a verb and its office ("who became Chancellor"), nor a title's first half ("minister-president").
  assert.deepEqual(titles('Rachel Reeves, who became Chancellor of the Exchequer in July, spoke.', 'en'), []);
  assert.deepEqual(titles('Jan Jambon, a former Flemish minister-president, spoke.', 'en'), []);
});

test('an agency’s director-general is fixed as such: « secrétaire général » against "director general" (wy05)', () => {
  const en = 'Inspectors led by Rafael Grossi, director general of the International Atomic Energy Agency, arrived on 1 September 2022.';
  const fr = 'Des inspecteurs conduits par Rafael Grossi, secrétaire général de l’Agence internationale de l’énergie atomique, sont arrivés le 1er septembre 2022.';
  assert.deepEqual(fixed(en, fr)['/w/story.fr.txt'], [fr.replace('secrétaire général', 'directeur général')]);
});

test('initials open a name ("C.P. Radhakrishnan"), three words may follow the article ("the former German foreign minister"), "chief cabinet secretary" is one office (xg05, xh05, uq08)', () => {
  assert.deepEqual(titles('Chief Justice C.P. Radhakrishnan administered the oath.', 'en'), ['Chief Justice | C.P. Radhakrishnan | chiefJustice+president']);
  assert.deepEqual(titles('He was met by Hans-Dietrich Genscher, the former German foreign minister, at the airport.', 'en'), ['minister | Hans-Dietrich Genscher | minister (former)']);
  assert.deepEqual(
    check('Katsunobu Kato, a former chief cabinet secretary, spoke on 1 October 2024.', 'Katsunobu Kato, ancien secrétaire général du gouvernement, a parlé le 1er octobre 2024.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  const fr = 'Il a été accueilli par l’ancien ministre allemand des Affaires étrangères Hans-Dietrich Genscher le 20 décembre 2013.';
  const en = 'He was met by Hans-Dietrich Genscher, the former German foreign minister, on 20 December 2013.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, fr.replace('des Affaires étrangères', 'de l’Intérieur')), { '/w/story.en.txt': ['foreign minister'], '/w/story.fr.txt': ['ministre allemand de l’Intérieur'] });
});

test('a national security minister is fixed as such in both languages (xn01)', () => {
  const en = 'National Security Minister Itamar Ben Gvir opposed the deal on 22 November 2023.';
  const fr = 'Le ministre de la Sécurité nationale, Itamar Ben Gvir, s’est opposé à l’accord le 22 novembre 2023.';
  assert.deepEqual(fixed(en.replace('National Security', 'Finance'), fr)['/w/story.en.txt'], [en]);
});

test('a German state’s "state governor" is « ministre-président » (xp04)', () => {
  assert.deepEqual(
    check('Thuringia state governor Bodo Ramelow conceded on 1 September 2024.', 'Le ministre-président de Thuringe, Bodo Ramelow, a reconnu sa défaite le 1er septembre 2024.'),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('a company named after the office is no holder: "chief executive of Ivanhoe Mines" names Marna Cloete only (xv03)', () => {
  assert.deepEqual(titles('"We will restart," said Marna Cloete, chief executive of Ivanhoe Mines.', 'en'), ['chief executive | Marna Cloete | directorGeneral']);
  assert.deepEqual(titles('« Nous reprendrons », a déclaré Marna Cloete, présidente d’Ivanhoe Mines.', 'fr'), ['présidente | Marna Cloete | president']);
});

test('a portfolio in small letters after the office, after the name, is read up to the sentence going on (xv05)', () => {
  assert.deepEqual(titles('said Paul Kabuswe, minister of finance.', 'en'), ['minister | Paul Kabuswe | minister']);
  const en = '"This is a turning point," said Paul Kabuswe, minister of mines and minerals development.';
  const fr = '« C’est un tournant », a déclaré Paul Kabuswe, ministre des Mines et du Développement minéral.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('mines and minerals development', 'finance'), fr), { '/w/story.en.txt': ['minister of finance'], '/w/story.fr.txt': ['ministre des Mines et du Développement'] });
  // "since 2020" is no part of the portfolio; "the Exchequer" is no holder's name.
  assert.deepEqual(titles('Rachel Reeves, who became Chancellor of the Exchequer in July, spoke.', 'en'), []);
});

test('a word after a French portfolio stays with the new office, but not an adjective of the portfolio’s own (up06, vq01)', () => {
  const fr1 = 'Óscar Ugarte, médecin et ancien ministre de la Santé, a été nommé ministre de la Santé samedi.';
  const en1 = 'Óscar Ugarte, a physician and former health minister, was appointed foreign minister on Saturday.';
  assert.deepEqual(fixed(en1, fr1)['/w/story.fr.txt'], ['Óscar Ugarte, médecin et ancien ministre de la Santé, a été nommé ministre des Affaires étrangères samedi.']);
  // « du Commerce international » is one portfolio: no fix would leave « des Affaires étrangères international ».
  const fr2 = 'François-Philippe Champagne a été nommé ministre des Finances, tandis que Mélanie Joly reste ministre du Commerce international.';
  const en2 = 'François-Philippe Champagne was appointed finance minister, while Mélanie Joly remained minister of foreign affairs.';
  assert.deepEqual(check(en2, fr2), { '/w/story.en.txt': ['minister of foreign affairs'], '/w/story.fr.txt': ['ministre du Commerce international'] });
  assert.ok(!(fixed(en2, fr2)['/w/story.fr.txt'] ?? []).some((l) => l.includes('étrangères international')));
});

test('a French portfolio after « à l’ » is read (« secrétaire à l’Énergie Chris Wright »; xx03)', () => {
  assert.deepEqual(titles('et du secrétaire à l’Énergie Chris Wright.', 'fr'), ['secrétaire | Chris Wright | secretary']);
  const en = 'He was accompanied by National Security Adviser Mike Waltz and Energy Secretary Chris Wright.';
  const fr = 'Il était accompagné du conseiller à la sécurité nationale Mike Waltz et du secrétaire à l’Énergie Chris Wright.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en.replace('Energy Secretary', 'Interior Secretary'), fr), { '/w/story.en.txt': ['Interior Secretary'], '/w/story.fr.txt': ['secrétaire à l’Énergie'] });
});

test('« la chancelière de l’Échiquier » is the Chancellor of the Exchequer (ye04)', () => {
  const en = '"We must be prudent," said Rachel Reeves, the Chancellor of the Exchequer, on Tuesday.';
  const fr = '« Nous devons être prudents », a déclaré mardi Rachel Reeves, la chancelière de l’Échiquier.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('« l’ex-Premier ministre » is a prime minister, as "PM", "premier" and Scotland’s "First Minister" are (yh06, yh07, yg02)', () => {
  assert.deepEqual(titles("l'ex-Premier ministre Imran Khan et l’ex-président Arif Alvi", 'fr'), ['Premier ministre | Imran Khan | primeMinister (former)', 'président | Arif Alvi | president (former)']);
  const clean: Array<[string, string]> = [
    ['Former Pakistan PM Imran Khan was arrested.', 'L’ex-Premier ministre Imran Khan a été arrêté.'],
    ['Voters backed jailed former premier Imran Khan.', 'Les électeurs ont soutenu l’ex-Premier ministre emprisonné Imran Khan.'],
    ["He watched alongside Scotland's First Minister Alex Salmond.", 'Il a regardé aux côtés du Premier ministre écossais Alex Salmond.'],
  ];
  for (const [en, fr] of clean) assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] }, en);
  assert.deepEqual(check('Former Pakistan PM Imran Khan was arrested.', 'L’ex-président Imran Khan a été arrêté.'), { '/w/story.en.txt': ['PM'], '/w/story.fr.txt': ['président'] });
});

test('an agency’s president against a minister is flagged, with no fix that would make either a head of state or a minister of the agency (yk04)', () => {
  const en = 'The French research minister, Philippe Baptiste, hailed the launch.';
  const fr = 'Le président du Cnes, Philippe Baptiste, a salué le lancement.';
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': ['research minister'], '/w/story.fr.txt': ['président'] });
  assert.deepEqual(fixed(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('a rank put back is hyphenated as the article hyphenates it elsewhere (yy02)', () => {
  const en = 'Lieutenant-Colonel Paul-Henri Damiba was ousted. Colonel Mamady Doumbouya took power.';
  const fr = 'Le lieutenant-colonel Paul-Henri Damiba a été renversé. Le lieutenant-colonel Mamady Doumbouya a pris le pouvoir.';
  assert.deepEqual(fixed(en, fr)['/w/story.en.txt'], ['Lieutenant-Colonel Paul-Henri Damiba was ousted. Lieutenant-Colonel Mamady Doumbouya took power.']);
});

test('« présidente de la Confédération » is a head of state: a minister made so gets the fix (yz04)', () => {
  const en = 'Swiss Foreign Minister Viola Amherd welcomed the delegates.';
  const fr = 'La présidente de la Confédération, Viola Amherd, a accueilli les délégués.';
  assert.deepEqual(fixed(en, fr)['/w/story.en.txt'], ['Swiss President Viola Amherd welcomed the delegates.']);
});

test('"Vice Foreign Minister" is « vice-ministre des Affaires étrangères », a deputy like "Deputy Foreign Minister" (ba04)', () => {
  const fr = 'Le vice-ministre chinois des Affaires étrangères Xie Hangsheng a exigé des excuses.';
  assert.deepEqual(check('China’s Vice Foreign Minister Xie Hangsheng demanded an apology.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('China’s Vice Defence Minister Xie Hangsheng demanded an apology.', fr)['/w/story.en.txt']?.length, 1);
});

test('« le directeur général de la police » is the police chief, not a director general (bd02)', () => {
  const fr = 'Le directeur général de la police, Léon Charles, a annoncé des arrestations.';
  assert.deepEqual(check('Police chief Léon Charles announced arrests.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Justice Minister Léon Charles announced arrests.', fr)['/w/story.en.txt']?.length, 1);
});

test('a word that opens the sentence is no part of the office it quotes: "But US Secretary of State" is "US Secretary of State" (zt02)', () => {
  assert.deepEqual(check('But US Secretary of State John Kerry said talks would go on.', 'Mais le secrétaire américain à la Défense John Kerry a déclaré que les pourparlers continueraient.')['/w/story.en.txt'], ['US Secretary of State']);
});

test('an Australian state’s "Police Chief Commissioner" is « la cheffe de la police » (cf01)', () => {
  const fr = 'La cheffe de la police de l’État, Christine Nixon, a indiqué que les recherches continuaient.';
  assert.deepEqual(check('Police Chief Commissioner Christine Nixon said the search went on.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Chief Commissioner Christine Nixon said the search went on.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Health Minister Christine Nixon said the search went on.', fr)['/w/story.en.txt']?.length, 1);
});

test('India’s interior minister is its "Home Minister", South Africa’s its "Home Affairs Minister": the fix says so (bt05)', () => {
  assert.deepEqual(fixed('Indian Defence Minister Amit Shah spoke.', 'Le ministre indien de l’Intérieur, Amit Shah, a parlé.')['/w/story.en.txt'], ['Indian Home Minister Amit Shah spoke.']);
  assert.deepEqual(fixed('Defence Minister Aaron Motsoaledi spoke at Home Affairs headquarters.', 'Le ministre de l’Intérieur, Aaron Motsoaledi, a parlé.')['/w/story.en.txt'], [
    'Home Affairs Minister Aaron Motsoaledi spoke at Home Affairs headquarters.',
  ]);
  // Elsewhere, the interior is the Interior.
  assert.deepEqual(fixed('Chilean Defence Minister Carolina Tohá spoke.', 'La ministre chilienne de l’Intérieur, Carolina Tohá, a parlé.')['/w/story.en.txt'], ['Chilean Interior Minister Carolina Tohá spoke.']);
  // The Indian Ocean is no story of India (rq06).
  assert.deepEqual(fixed('In the Indian Ocean, Defence Minister Bruno Retailleau spoke.', 'Dans l’océan Indien, le ministre de l’Intérieur Bruno Retailleau a parlé.')['/w/story.en.txt'], [
    'In the Indian Ocean, Interior Minister Bruno Retailleau spoke.',
  ]);
});

test('more portfolios are read, and a French portfolio of several words with their adjectives: tourism, civil aviation, « la Crise climatique et la Protection civile » (by07, cf07)', () => {
  const fr = 'Le ministre de la Crise climatique et de la Protection civile, Vassilis Kikilias, a indiqué qu’aucun mort n’avait été signalé.';
  assert.deepEqual(check('Minister for Climate Crisis and Civil Protection Vassilis Kikilias said no deaths had been reported.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Minister for Tourism Vassilis Kikilias said no deaths had been reported.', fr)['/w/story.fr.txt']?.length, 1);
  const aviation = 'Le ministre de l’Aviation civile, Ram Mohan Naidu, s’est rendu sur place.';
  assert.deepEqual(check('Civil Aviation Minister Ram Mohan Naidu visited the site.', aviation), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Home Minister Ram Mohan Naidu visited the site.', aviation)['/w/story.en.txt'], ['Home Minister']);
  assert.deepEqual(check('Tourism and Culture Minister Ram Mohan Naidu visited the site.', 'Le ministre du Tourisme et de la Culture, Ram Mohan Naidu, s’est rendu sur place.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('Canada’s public security minister is its "Public Safety Minister": the fix says so (cf06)', () => {
  assert.deepEqual(fixed('Canadian Defence Minister Bill Blair spoke.', 'Le ministre canadien de la Sécurité publique, Bill Blair, a parlé.')['/w/story.en.txt'], ['Canadian Public Safety Minister Bill Blair spoke.']);
});

test('Quebec’s public security minister keeps "Public Security" (ob09)', () => {
  assert.deepEqual(fixed('Quebec Transport Minister Geneviève Guilbault said Canadian soldiers would help.', 'La ministre québécoise de la Sécurité publique, Geneviève Guilbault, a dit que des soldats canadiens aideraient.')['/w/story.en.txt'], [
    'Quebec Public Security Minister Geneviève Guilbault said Canadian soldiers would help.',
  ]);
});

test('presidents of two EU bodies disagree: the European Council’s is not the Commission’s nor the Parliament’s (bz07, cg07, cj05)', () => {
  const fr = 'Le président du Conseil européen, Charles Michel, a salué l’accord.';
  assert.deepEqual(check('European Council President Charles Michel welcomed the deal.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Charles Michel, president of the European Council, welcomed the deal.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // A body one version does not name says nothing.
  assert.deepEqual(check('EU President Charles Michel welcomed the deal.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('European Commission President Charles Michel welcomed the deal.', fr), {
    '/w/story.en.txt': ['European Commission President'],
    '/w/story.fr.txt': ['président du Conseil européen'],
  });
  assert.deepEqual(check('European Council President Charles Michel welcomed the deal.', 'La présidente du Parlement européen, Charles Michel, a salué l’accord.')['/w/story.en.txt'], ['European Council President']);
});

test('a US chamber’s majority leader is not its minority leader: « le chef de la majorité au Sénat » (cr06)', () => {
  const fr = 'Le chef de la majorité au Sénat, Mitch McConnell, a qualifié la procédure d’« arme politique ».';
  assert.deepEqual(check('Senate Majority Leader Mitch McConnell called the procedure "a political weapon."', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Senate Minority Leader Mitch McConnell called the procedure "a political weapon."', fr), {
    '/w/story.en.txt': ['Senate Minority Leader'],
    '/w/story.fr.txt': ['chef de la majorité'],
  });
});

test('a president’s fix keeps the body he heads: "European Commission Vice President", « vice-président de la Commission européenne » (cs03)', () => {
  assert.deepEqual(fixed('European Commission President Frans Timmermans spoke.', 'Le vice-président de la Commission européenne, Frans Timmermans, a parlé.'), {
    '/w/story.en.txt': ['European Commission Vice President Frans Timmermans spoke.'],
    '/w/story.fr.txt': ['Le président de la Commission européenne, Frans Timmermans, a parlé.'],
  });
  assert.deepEqual(fixed('European Commission Vice-President Frans Timmermans spoke.', 'Le président de la Commission européenne, Frans Timmermans, a parlé.'), {
    '/w/story.en.txt': ['European Commission President Frans Timmermans spoke.'],
    '/w/story.fr.txt': ['Le vice-président de la Commission européenne, Frans Timmermans, a parlé.'],
  });
});

test('"Vice President" is hyphenated as the article hyphenates it elsewhere (cs03)', () => {
  assert.deepEqual(
    fixed('President Frans Timmermans spoke, as did Vice-President Maros Sefcovic.', 'Le vice-président Frans Timmermans a parlé, comme le vice-président Maros Sefcovic.')['/w/story.en.txt'],
    ['Vice-President Frans Timmermans spoke, as did Vice-President Maros Sefcovic.'],
  );
});

test('« ministre du Plan » is a planning minister (dg08)', () => {
  const fr = 'Le ministre du Plan, Ahsan Iqbal, a déclaré que les dégâts pourraient dépasser 10 milliards de dollars.';
  assert.deepEqual(check('Planning Minister Ahsan Iqbal said the damage could exceed $10 billion.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check('Finance Minister Ahsan Iqbal said the damage could exceed $10 billion.', fr)['/w/story.en.txt'], ['Finance Minister']);
});

test('a deputy said after the French office, « assistante », is the English "assistant" one (dy06)', () => {
  const en = 'Gillian Triggs, UNHCR’s assistant high commissioner for protection, said so.';
  assert.deepEqual(check(en, 'Gillian Triggs, haut-commissaire assistante chargée de la protection au HCR, l’a dit.'), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, 'Gillian Triggs, haut-commissaire chargée de la protection au HCR, l’a dit.')['/w/story.en.txt'], ['high commissioner']);
});

test('"Vice-" belongs to the title it is joined to, not to the rank after it (dz02)', () => {
  const fr = 'Mardi, le vice-président, le colonel Assimi Goïta, a parlé.';
  assert.deepEqual(check('On Tuesday, Vice-President Colonel Assimi Goïta spoke.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // "Vice" before a portfolio is still the deputy's: « vice-ministre des Affaires étrangères ».
  assert.deepEqual(titles('Vice Foreign Minister Sergei Ryabkov spoke.', 'en'), ['Foreign Minister | Sergei Ryabkov | deputy minister']);
});

test('"Under Secretary of State" is « sous-secrétaire d’État »; "under" the preposition is no title (du08)', () => {
  const fr = 'Il a été reçu par le sous-secrétaire d’État Thomas Shannon.';
  assert.deepEqual(check('He was received by Under Secretary of State Thomas Shannon.', fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(titles('said Under-Secretary-General Martin Griffiths.', 'en'), ['Under-Secretary-General | Martin Griffiths | deputy secretaryGeneral']);
  assert.deepEqual(titles('The deal was struck under Secretary of State John Kerry.', 'en'), ['Secretary | Kerry | secretary+minister']);
});

test('two people of one surname are two people: "Environment Minister Marina Silva" beside "President Luiz Inacio Lula da Silva" (eb07)', () => {
  const en = 'Environment Minister Marina Silva spoke, and President Luiz Inacio Lula da Silva ordered an inquiry.';
  assert.deepEqual(check(en, 'La ministre de l’Environnement, Marina Silva, a parlé, et le président Luiz Inacio Lula da Silva a ordonné une enquête.'), {
    '/w/story.en.txt': [],
    '/w/story.fr.txt': [],
  });
  assert.deepEqual(check(en, 'La ministre de la Culture, Marina Silva, a parlé, et le président Luiz Inacio Lula da Silva a ordonné une enquête.'), {
    '/w/story.en.txt': ['Environment Minister'],
    '/w/story.fr.txt': ['ministre de la Culture'],
  });
  // One person's given name as each language transliterates it is one given name (Rustem / « Roustem », Faisal / « Fayçal »).
  assert.deepEqual(check('Defence Minister Rustem Umerov spoke in Kyiv on Monday.', 'Le ministre des Affaires étrangères Roustem Oumerov a parlé lundi à Kiev.')['/w/story.en.txt'], ['Defence Minister']);
});

test('two portfolios joined by "and" are one office’s: "Science and Technology Minister" (eb05); a name before "and" is not', () => {
  assert.deepEqual(titles('Science and Technology Minister Marcos Pontes spoke.', 'en'), ['Minister | Marcos Pontes | minister']);
  assert.deepEqual(
    titledNames('Science and Technology Minister Marcos Pontes spoke.', { start: 0, end: 52 }, 'en').map((t) => [t.said, t.portfolio]),
    [['Science and Technology Minister', ['research']]],
  );
  assert.deepEqual(
    titledNames('He met Andrii Sybiha and Defence Minister Rustem Umerov.', { start: 0, end: 56 }, 'en').map((t) => t.said),
    ['Defence Minister'],
  );
});

test('a commissioner and the president of a commission are one office: "the chief electoral commissioner" / « le président de la commission électorale » (eq04)', () => {
  const en = "The results were announced on Wednesday by the chief electoral commissioner, Mohamed N'fah Alie Conteh, in Freetown.";
  assert.deepEqual(check(en, "Les résultats ont été annoncés mercredi à Freetown par le président de la commission électorale, Mohamed N'fah Alie Conteh."), {
    '/w/story.en.txt': [],
    '/w/story.fr.txt': [],
  });
  assert.deepEqual(check(en, "Les résultats ont été annoncés mercredi à Freetown par le ministre de l'Intérieur, Mohamed N'fah Alie Conteh.")['/w/story.en.txt'], ['commissioner']);
});
