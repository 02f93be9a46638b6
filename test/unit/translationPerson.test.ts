import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project } from '../../server/src/engine/project';
import type { Finding } from '../../server/src/engine/types';
import { capitalisedWords, looseKey, personRuns } from '../../server/src/engine/translation/otherPerson';
import { isFirstName } from '../../server/src/engine/translation/firstNames';

// translation.person: in one paragraph, each version names someone the
// other never names. Clean translations name the same people, however each
// language writes them; places, parties and works translated must never
// read as a person swapped.

/** The pair's files and their translation.person findings. */
function personFindings(en: readonly string[], fr: readonly string[]): { files: Record<string, string>; findings: Record<string, Finding[]> } {
  const files: Record<string, string> = {
    '/w/story.en.txt': `Cabinet News\n\nThe talks opened in Bamako on Tuesday, May 11, 2021.\n\n${en.join('\n\n')}\n`,
    '/w/story.fr.txt': `Nouvelles du gouvernement\n\nLes discussions se sont ouvertes à Bamako le mardi 11 mai 2021.\n\n${fr.join('\n\n')}\n`,
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const findings: Record<string, Finding[]> = {};
  for (const r of reports) findings[r.path] = r.findings.filter((f) => f.rule === 'translation.person');
  return { files, findings };
}

/** The words each version's translation.person findings point at. */
function check(en: readonly string[], fr: readonly string[]): Record<string, string[]> {
  const { files, findings } = personFindings(en, fr);
  const out: Record<string, string[]> = {};
  for (const [path, list] of Object.entries(findings)) out[path] = list.map((f) => (files[path] ?? '').slice(f.start, f.end));
  return out;
}

const EN = [
  'Prime Minister Moctar Ouane said the government would resign, after talks with Colonel Assimi Goïta at the Koulouba palace.',
  "In 1963 she appeared in Federico Fellini's \"8½\", the year the Palme d'Or went to Visconti.",
  'She later filmed near the Campi Flegrei, and in "The Young Girl", a Free Democrats campaign film.',
  'Wagner chief Yevgeny Prigozhin and Dmitry Utkin died in the crash, the Investigative Committee said.',
];
const FR = [
  'Le Premier ministre Moctar Ouane a annoncé la démission du gouvernement, après un entretien avec le colonel Assimi Goïta au palais de Koulouba.',
  'En 1963, elle tourne dans « Huit et demi » de Federico Fellini, l’année où la Palme d’or revient à Visconti.',
  'Elle tourne ensuite près des Champs Phlégréens, et dans « La Jeune Fille », film de campagne des Libéraux-Démocrates.',
  'Le chef de Wagner, Evguéni Prigojine, et Dmitri Outkine sont morts dans l’accident, selon le Comité d’enquête.',
];

test('clean: the same people, however transliterated; places, works and parties translated are no persons', () => {
  assert.deepEqual(check(EN, FR), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('one person for another, in either version, is flagged in both', () => {
  const wrong = FR.map((p) => p.replace('Moctar Ouane', 'Choguel Maïga'));
  assert.deepEqual(check(EN, wrong), { '/w/story.en.txt': ['Moctar Ouane'], '/w/story.fr.txt': ['Choguel Maïga'] });
  const film = EN.map((p) => p.replace('Federico Fellini', 'Michelangelo Antonioni'));
  assert.deepEqual(check(film, FR), { '/w/story.en.txt': ['Michelangelo Antonioni'], '/w/story.fr.txt': ['Federico Fellini'] });
  // The newcomer named further down in both versions: the one the French never names was still replaced here.
  const later = [...EN, 'Choguel Maïga was named prime minister in June.'];
  const wrongLater = [...wrong, 'Choguel Maïga a été nommé Premier ministre en juin.'];
  assert.deepEqual(check(later, wrongLater), { '/w/story.en.txt': ['Moctar Ouane'], '/w/story.fr.txt': ['Choguel Maïga'] });
  // A title of two words joined by a hyphen is no part of the name: the name alone is flagged (and its fix writes it alone).
  assert.deepEqual(
    check(['Governor-General Cindy Kiro swore in the ministers at Government House.'], ['La gouverneure générale Patsy Reddy a fait prêter serment aux ministres à Government House.']),
    { '/w/story.en.txt': ['Cindy Kiro'], '/w/story.fr.txt': ['Patsy Reddy'] },
  );
  // Both named elsewhere in each version: the translator may have moved them, and nothing is said.
  const moved = [...later, 'Moctar Ouane had led the government since 2020.'];
  const wrongMoved = [...wrongLater, 'Moctar Ouane dirigeait le gouvernement depuis 2020.'];
  assert.deepEqual(check(moved, wrongMoved), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // Beside the same first name, a surname the paragraph of the other version lacks, though named further down.
  const draghi = ['The deal was signed in the presence of Prime Minister Mario Draghi in Algiers.', 'Draghi told reporters the deal was historic.'];
  const monti = ['L’accord a été signé en présence du président du Conseil Mario Monti à Alger.', 'Draghi a parlé d’un accord historique.'];
  assert.deepEqual(check(draghi, monti), { '/w/story.en.txt': ['Mario Draghi'], '/w/story.fr.txt': ['Mario Monti'] });
  const rightly = ['L’accord a été signé en présence du président du Conseil Mario Draghi à Alger.', 'Draghi a parlé d’un accord historique.'];
  assert.deepEqual(check(draghi, rightly), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // Korean given names join with a small letter after the hyphen, and may be words ("won"): one name each.
  const speaker = ['Speaker Kim Jin-pyo declared the decree invalid as the won fell.'];
  const woo = ['Le président de l’Assemblée, Woo Won-shik, a déclaré le décret invalide alors que le won chutait.'];
  assert.deepEqual(check(speaker, woo), { '/w/story.en.txt': ['Kim Jin-pyo'], '/w/story.fr.txt': ['Woo Won-shik'] });
  // "Chung Jin-suk" elsewhere names another man than "Kim Jin-pyo".
  const chung = ['Chief of staff Chung Jin-suk resigned.'];
  assert.deepEqual(check([...speaker, ...chung], [...woo, 'Le directeur de cabinet, Chung Jin-suk, a démissionné.']), { '/w/story.en.txt': ['Kim Jin-pyo'], '/w/story.fr.txt': ['Woo Won-shik'] });
  // One typing slip apart, the two are most likely one name misspelt, and the message says so (a name too short
  // for translation.name, which speaks instead where it can: there this rule says nothing more).
  const sato = ['The minister, Brigitte Yao, opened the session.'];
  const stao = ['La ministre, Brigitte Yoa, a ouvert la séance.'];
  assert.deepEqual(check(sato, stao), { '/w/story.en.txt': ['Brigitte Yao'], '/w/story.fr.txt': ['Brigitte Yoa'] });
  assert.deepEqual(check(['The minister, Fatoumata Sato, spoke.'], ['La ministre, Fatoumata Stao, a parlé.']), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  const files = {
    '/w/story.en.txt': `Cabinet News\n\nThe talks opened in Bamako on Tuesday, May 11, 2021.\n\n${sato[0]}\n`,
    '/w/story.fr.txt': `Nouvelles du gouvernement\n\nLes discussions se sont ouvertes à Bamako le mardi 11 mai 2021.\n\n${stao[0]}\n`,
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  assert.deepEqual(
    reports.flatMap((r) => r.findings.filter((f) => f.rule === 'translation.person').map((f) => f.message)),
    ['"Brigitte Yao" here, but "Brigitte Yoa" in the French version (story.fr.txt): check the spelling.', '"Brigitte Yoa" here, but "Brigitte Yao" in the English version (story.en.txt): check the spelling.'],
  );
  // Both titled: the one titled name the other paragraph lacks stands for the stranger, though named further down.
  const tebboune = ['The deal was signed in the presence of President Abdelmadjid Tebboune in Algiers.', 'Tebboune called it historic.'];
  const bouteflika = ['L’accord a été signé en présence du président Abdelaziz Bouteflika à Alger.', 'M. Tebboune a parlé d’un accord historique.'];
  assert.deepEqual(check(tebboune, bouteflika), { '/w/story.en.txt': ['Abdelmadjid Tebboune'], '/w/story.fr.txt': ['Abdelaziz Bouteflika'] });
  // A place beside a titled stranger is no one: only a titled name may stand for it.
  const place = ['In Burkina Faso, the junta leader met officials.', 'Captain Ibrahim Traoré spoke later.'];
  const placeFr = ['Au Burkina Faso, le capitaine Ibrahim Traoré a rencontré des responsables.', 'Le chef de la junte a parlé ensuite.'];
  assert.deepEqual(check(place, placeFr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // A particle with a capital is a particle ("Alexander De Croo"), and a title of three words still leaves room for the name.
  assert.deepEqual(
    check(['Belgian Prime Minister Alexander De Croo announced his resignation.'], ['Le Premier ministre belge, Charles Michel, a annoncé sa démission.']),
    { '/w/story.en.txt': ['Alexander De Croo'], '/w/story.fr.txt': ['Charles Michel'] },
  );
  // An apostrophe inside a name belongs to it, whichever apostrophe each version types; a possessive does not.
  assert.deepEqual(
    check(['Treasury Secretary Ukur Yatani said the bond was priced well.'], ['Le ministre des Finances, Njuguna Ndung’u, a jugé l’emprunt bien placé.']),
    { '/w/story.en.txt': ['Ukur Yatani'], '/w/story.fr.txt': ['Njuguna Ndung’u'] },
  );
  assert.deepEqual(check(["Fly-half Richie Mo'unga kicked 12 points."], ['Le demi d’ouverture Richie Mo’unga a marqué 12 points.']), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // A French demonym before the name is no part of it, and "Western European" is no one.
  assert.deepEqual(
    check(['She will succeed Dennis Francis of Cameroon; the post rotates to the Western European group.'], ['Elle succédera au Camerounais Philemon Yang\u00a0; le poste revient au groupe d’Europe occidentale.']),
    { '/w/story.en.txt': ['Dennis Francis'], '/w/story.fr.txt': ['Philemon Yang'] },
  );
  // Two men of one first name, both named in each version: no one swapped.
  const both = ['Mario Draghi succeeded Mario Monti as prime minister.'];
  assert.deepEqual(check(both, ['Mario Draghi a succédé à Mario Monti à la tête du gouvernement.']), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('person runs: titles and sentence openers trimmed, a first name or a title says "person", keys agree across transliterations', () => {
  const text = 'The Prime Minister, Choguel Maïga, met President Fernando Henrique Cardoso and Lake Geneva officials.';
  const runs = personRuns(text, 0, text.length, capitalisedWords('Lake Geneva'), (w: string) => w === 'The');
  assert.deepEqual(
    runs.map((r) => [r.text, r.person]),
    [
      ['Choguel Maïga', true],
      ['Fernando Henrique Cardoso', true],
    ],
  );
  // A short text may write "on" only to open a sentence, and a weekday is never a name: "On Monday" is no one.
  const dated = 'On Monday, May 25, 2021, Prime Minister Moctar Ouane resigned.';
  assert.deepEqual(
    personRuns(dated, 0, dated.length, capitalisedWords(''), () => false).map((r) => r.text),
    ['Moctar Ouane'],
  );
  assert.equal(looseKey('Prigozhin'), looseKey('Prigojine'));
  assert.ok(isFirstName('Jean-Luc') && isFirstName('Moctar') && !isFirstName('Young') && !isFirstName('Free'));
});

test('two listed people swapped: translation.person speaks, and translation.entity says nothing more on the same words', () => {
  const files = {
    '/w/story.en.txt': 'Sahel leaders meet\n\nThe summit opened in Niamey on Saturday, July 6, 2024, with General Assimi Goïta of Mali among the leaders, officials said.\n',
    '/w/story.fr.txt': 'Les dirigeants du Sahel se réunissent\n\nLe sommet s’est ouvert à Niamey le samedi 6 juillet 2024, avec le capitaine Ibrahim Traoré parmi les dirigeants, selon des responsables.\n',
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  for (const r of reports) assert.deepEqual(r.findings.filter((f) => f.rule.startsWith('translation.')).map((f) => f.rule), ['translation.person'], r.path);
});

test('the fix writes a name as the version it goes into spells it: « Sébastien Chenu » in French for "Sebastien Chenu"', () => {
  const files = {
    '/w/story.en.txt': 'Vote in the Assembly\n\nThe vote took place on Tuesday, July 18, 2024.\n\nThe National Rally candidate, Sebastien Chenu, came third with 141 votes, the Assembly said.\n',
    '/w/story.fr.txt': 'Vote à l’Assemblée\n\nLe vote a eu lieu le mardi 18 juillet 2024.\n\nLe candidat du Rassemblement national, Jordan Bardella, est arrivé troisième avec 141 voix, a indiqué l’Assemblée.\n',
  };
  const reports = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') }).check(['/w']);
  const fr = reports.find((r) => r.path === '/w/story.fr.txt')?.findings.find((f) => f.rule === 'translation.person');
  assert.deepEqual(
    fr?.fixes.map((x) => x.edits[0]?.newText),
    ['Sébastien Chenu', 'Jordan Bardella'],
  );
  // A first name English gives its own people keeps English letters: Jeremy Corbyn is no « Jérémy » in French (zl03).
  const corbyn = personFindings(['Labour leader Jeremy Corbyn, 68, called on May to resign.'], ['Le chef du Labour, Ed Miliband, 68 ans, a appelé Mme May à démissionner.']);
  assert.deepEqual(corbyn.findings['/w/story.fr.txt']?.[0]?.fixes.map((x) => x.edits[0]?.newText), ['Jeremy Corbyn', 'Ed Miliband']);
});

test('Russian "-yev" is French « -eev »: Nureyev and Noureev are one person', () => {
  const en = ['Rudolf Nureyev, one of the greatest dancers of the 20th century, died in Paris at the age of 54.'];
  const fr = ['Rudolf Noureev, l’un des plus grands danseurs du XXe siècle, est mort à Paris à l’âge de 54 ans.'];
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('an agency’s administrator is a title, not part of the name: its fix writes the name alone', () => {
  const { findings } = personFindings(['"We are back," NASA Administrator Bill Nelson said after the launch.'], ['« Nous sommes de retour », a déclaré l’administrateur de la NASA, Jim Bridenstine, après le lancement.']);
  assert.equal(findings['/w/story.fr.txt']?.[0]?.fixes[0]?.edits[0]?.newText, 'Bill Nelson');
});

test('a title the run starts with is no word of the name: "Information Commissioner Elizabeth Denman" / « la commissaire à l’information, Elizabeth Denham » (uy01)', () => {
  assert.deepEqual(check(['"Yes," Information Commissioner Elizabeth Denman said in a statement.'], ['« Oui », a déclaré la commissaire à l’information, Elizabeth Denham.']), {
    '/w/story.en.txt': ['Elizabeth Denman'],
    '/w/story.fr.txt': ['Elizabeth Denham'],
  });
  assert.deepEqual(check(['"Yes," Information Commissioner Elizabeth Denham said in a statement.'], ['« Oui », a déclaré la commissaire à l’information, Elizabeth Denham.']), {
    '/w/story.en.txt': [],
    '/w/story.fr.txt': [],
  });
});

test('"Trade Representative" is a title, not part of the name a fix writes into the other version (vh02)', () => {
  const { files, findings } = personFindings(['The talks were led by US Trade Representative Katherine Tai and her team.'], ['Les discussions étaient menées par la représentante américaine au Commerce, Gina Raimondo, et son équipe.']);
  const fr = findings['/w/story.fr.txt'] ?? [];
  assert.deepEqual(fr.map((f) => (files['/w/story.fr.txt'] ?? '').slice(f.start, f.end)), ['Gina Raimondo']);
  assert.ok(fr[0]?.fixes.some((x) => x.edits.some((e) => e.newText === 'Katherine Tai')));
});

test('a person swapped gets the other version’s name with its "son of" in this language’s form: "bin" in English, « ben » in French', () => {
  const { findings } = personFindings(
    ['Crown Prince Mohammed bin Zayed received the delegation in the capital.'],
    ['Le prince héritier Mohammed ben Salmane a reçu la délégation dans la capitale.'],
  );
  const fixes = (path: string): string[] => (findings[path] ?? []).flatMap((f) => f.fixes.map((x) => x.edits[0]?.newText ?? ''));
  assert.deepEqual(fixes('/w/story.en.txt'), ['Mohammed bin Salman', 'Mohammed ben Zayed']);
  assert.deepEqual(fixes('/w/story.fr.txt'), ['Mohammed ben Zayed', 'Mohammed bin Salman']);
});

test('a name after a French elision is read: « le bronze d’Alberto Giacometti » against "Auguste Rodin\'s bronze" (vt02), and « l’Argentin Javier Milei » is Milei', () => {
  assert.deepEqual(
    check(
      ['Minutes later, Auguste Rodin\'s bronze "Pointing Man" fetched $141.3 million, a record for a sculpture at auction.'],
      ['Quelques minutes plus tard, le bronze d’Alberto Giacometti « L’Homme au doigt » est parti à 141,3 millions de dollars, un record pour une sculpture aux enchères.'],
    ),
    { '/w/story.en.txt': ['Auguste Rodin'], '/w/story.fr.txt': ['Alberto Giacometti'] },
  );
  // The same people on both sides: nothing, « l’Argentin » is no part of the name.
  assert.deepEqual(
    check(
      ['Ukraine’s Volodymyr Zelensky and Argentina’s Javier Milei were among those present.'],
      ['L’Ukrainien Volodymyr Zelensky et l’Argentin Javier Milei figuraient parmi les présents.'],
    ),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('"Jan" opening a name is a first name, not January: "ESA Director General Jan Woerner" / « Josef Aschbacher » is flagged (wd02); "Jan. 5" is still a date', () => {
  assert.deepEqual(
    check(['ESA Director General Jan Woerner said Europe was proud to have provided the rocket.'], ['Le directeur général de l’ESA, Josef Aschbacher, s’est dit fier que l’Europe ait fourni la fusée.']),
    { '/w/story.en.txt': ['Jan Woerner'], '/w/story.fr.txt': ['Josef Aschbacher'] },
  );
  assert.deepEqual(
    check(['On Jan. 5 Director General Josef Aschbacher said Europe was proud.'], ['Le 5 janvier, le directeur général Josef Aschbacher s’est dit fier de l’Europe.']),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('a team’s name before a person’s is no part of it: « le pilote Red Bull Sergio Perez » against "Red Bull’s Max Verstappen" (we03)', () => {
  assert.deepEqual(
    check(['Lewis Hamilton won it for Mercedes, ahead of Red Bull’s Max Verstappen.'], ['Lewis Hamilton l’a remportée pour Mercedes, devant le pilote Red Bull Sergio Perez.']),
    { '/w/story.en.txt': ['Max Verstappen'], '/w/story.fr.txt': ['Sergio Perez'] },
  );
  assert.deepEqual(
    check(['Lewis Hamilton won it for Mercedes, ahead of Red Bull’s Max Verstappen.'], ['Lewis Hamilton l’a remportée pour Mercedes, devant le pilote Red Bull Max Verstappen.']),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
});

test('Arabic’s article glued to a surname is part of the name: "Mustafa al-Kadhimi" / « Haïder al-Abadi » (wf01); transliterations are one man', () => {
  assert.deepEqual(
    check(['He was greeted by Prime Minister Mustafa al-Kadhimi at the airport.'], ['Il a été accueilli par le Premier ministre Haïder al-Abadi à l’aéroport.']),
    { '/w/story.en.txt': ['Mustafa al-Kadhimi'], '/w/story.fr.txt': ['Haïder al-Abadi'] },
  );
  assert.deepEqual(
    check(['He met President Abdel Fattah al-Sisi and Prime Minister Mustafa al-Kadhimi.'], ['Il a rencontré le président Abdel Fattah al-Sissi et le Premier ministre Moustafa al-Kazimi.']),
    { '/w/story.en.txt': [], '/w/story.fr.txt': [] },
  );
  assert.deepEqual(check(['Syria’s interim president, Ahmed al-Sharaa, spoke.'], ['Le président par intérim syrien, Ahmad al-Chareh, a pris la parole.']), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('a fix writes the other version’s person as this version spells that name elsewhere: "Kocharyan", not « Kotcharian » (wt02)', () => {
  const { files, findings } = personFindings(
    ['The alliance of former president Serzh Sargsyan came second.', 'Kocharyan, who was president from 1998 to 2008, said he would appeal.'],
    ['L’alliance de l’ancien président Robert Kotcharian arrive deuxième.', 'M. Kotcharian, président de 1998 à 2008, a annoncé qu’il ferait appel.'],
  );
  const en = findings['/w/story.en.txt']?.find((f) => f.rule === 'translation.person');
  assert.equal(en && files['/w/story.en.txt']?.slice(en.start, en.end), 'Serzh Sargsyan');
  assert.equal(en?.fixes[0]?.edits[0]?.newText, 'Robert Kocharyan');
});

test('a month after a first name ends a person’s name: "Theresa May" for "Boris Johnson" is flagged (wz03)', () => {
  const en = ['Prime Minister Boris Johnson sent two Royal Navy patrol vessels late on Wednesday.'];
  const fr = ['Le Premier ministre britannique Boris Johnson a envoyé mercredi soir deux patrouilleurs de la Royal Navy.'];
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, [fr[0]!.replace('Boris Johnson', 'Theresa May')]), { '/w/story.en.txt': ['Boris Johnson'], '/w/story.fr.txt': ['Theresa May'] });
});

test('a body’s name the other version writes, before a person’s ("du Mossad Yossi Cohen"), is no part of the name; more first names (xn07, xc06)', () => {
  const en = ['The talks were attended by Mossad chief David Barnea on 16 August 2024.'];
  const fr = ['Les pourparlers se sont tenus en présence du chef du Mossad David Barnea le 16 août 2024.'];
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(en, [fr[0]!.replace('David Barnea', 'Yossi Cohen')]), { '/w/story.en.txt': ['David Barnea'], '/w/story.fr.txt': ['Yossi Cohen'] });
});

test('a surname with « Le » in it is a name, even where its last word is a title’s (Bruno Le Maire, yl03)', () => {
  const en = ['French Agriculture Minister Michel Barnier called the decision "provocative".'];
  const fr = ['Le ministre français de l’Agriculture, Bruno Le Maire, a jugé la décision « provocatrice ».'];
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': ['Michel Barnier'], '/w/story.fr.txt': ['Bruno Le Maire'] });
  assert.deepEqual(check(['French Agriculture Minister Bruno Le Maire called the decision "provocative".'], fr), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
});

test('a Russian put in the other version’s place is named as this version transliterates him (yk07, yl08)', () => {
  const { files, findings } = personFindings(['Roscosmos chief Dmitry Rogozin attended the launch.'], ['Le patron de Roscosmos, Iouri Borissov, a assisté au lancement.']);
  const fixes = (path: string): string[] => (findings[path] ?? []).flatMap((f) => f.fixes.flatMap((x) => x.edits.filter((e) => e.path === path).map((e) => e.newText)));
  assert.ok(files['/w/story.en.txt']);
  assert.ok(fixes('/w/story.en.txt').includes('Yuri Borisov'), fixes('/w/story.en.txt').join(', '));
  assert.ok(fixes('/w/story.fr.txt').includes('Dmitri Rogozin'), fixes('/w/story.fr.txt').join(', '));
});

test('what an office is of is no part of the name after it: "Chancellor of the Exchequer Rishi Sunak", "Secretary of State Antony Blinken" (zq02)', () => {
  const en = ['Chancellor of the Exchequer Rishi Sunak pledged 330 billion pounds, and Secretary of State Antony Blinken welcomed the plan.'];
  const fr = ['Le ministre des Finances, Sajid Javid, a promis 330 milliards de livres, et le secrétaire d’État Antony Blinken a salué le plan.'];
  assert.deepEqual(check(en, fr), { '/w/story.en.txt': ['Rishi Sunak'], '/w/story.fr.txt': ['Sajid Javid'] });
  assert.deepEqual(check(en, [fr[0]!.replace('Sajid Javid', 'Rishi Sunak')]), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  // French capitalises the portfolio before the name: « le ministre des Finances Jim Chalmers » (bf06).
  assert.deepEqual(check(['Treasurer Josh Frydenberg presented the budget.'], ['Le ministre des Finances Jim Chalmers a présenté le budget.']), {
    '/w/story.en.txt': ['Josh Frydenberg'],
    '/w/story.fr.txt': ['Jim Chalmers'],
  });
});

test('any portfolio after « ministre du » or "Minister for" is no part of the name after it: « la ministre du Textile Smriti Irani » (bt02)', () => {
  assert.deepEqual(check(['Textiles Minister Smriti Irani lost her seat.'], ['La ministre du Textile Sushma Swaraj a perdu son siège.']), {
    '/w/story.en.txt': ['Smriti Irani'],
    '/w/story.fr.txt': ['Sushma Swaraj'],
  });
  assert.deepEqual(check(['Minister for Tourism Vassilis Kikilias visited Rhodes.'], ['Le ministre du Tourisme Vassilis Kikilias s’est rendu à Rhodes.']), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(['Minister for Tourism Vassilis Kikilias visited Rhodes.'], ['Le ministre du Tourisme Kyriakos Mitsotakis s’est rendu à Rhodes.']), {
    '/w/story.en.txt': ['Vassilis Kikilias'],
    '/w/story.fr.txt': ['Kyriakos Mitsotakis'],
  });
});

test('a surname transliterated with the same consonants, voiced or not, is the same person: Serzh Sargsyan / « Serge Sarkissian » (dk02)', () => {
  assert.deepEqual(check(['Prime Minister Serzh Sargsyan resigned on Monday.'], ['Le Premier ministre Serge Sarkissian a démissionné lundi.']), { '/w/story.en.txt': [], '/w/story.fr.txt': [] });
  assert.deepEqual(check(['Prime Minister Serzh Sargsyan resigned on Monday.'], ['Le Premier ministre Nikol Pachinian a démissionné lundi.']), {
    '/w/story.en.txt': ['Serzh Sargsyan'],
    '/w/story.fr.txt': ['Nikol Pachinian'],
  });
});

test('Ireland’s offices by their Irish names are no part of the name: "Taoiseach Leo Varadkar" (ef02)', () => {
  assert.deepEqual(check(['Taoiseach Leo Varadkar welcomed the result, as did Tanaiste Micheal Martin.'], ['Le Premier ministre Enda Kenny a salué le résultat, comme le vice-Premier ministre Micheal Martin.']), {
    '/w/story.en.txt': ['Leo Varadkar'],
    '/w/story.fr.txt': ['Enda Kenny'],
  });
});

test('a name put back into English copy that writes no accent is written without them: "Francois Hollande" (dy04, ee04)', () => {
  const fixes = (en: string): Array<string | undefined> =>
    (personFindings([en], ['Le président français François Hollande a salué l’accord, selon son entourage.']).findings['/w/story.en.txt'] ?? []).flatMap((f) =>
      f.fixes.filter((x) => x.edits[0]?.path === '/w/story.en.txt').map((x) => x.edits[0]?.newText),
    );
  assert.deepEqual(fixes('French President Nicolas Sarkozy welcomed the deal, his aides said.'), ['Francois Hollande']);
  // English copy that writes accents elsewhere gets them ("Élysée").
  assert.deepEqual(fixes('French President Nicolas Sarkozy welcomed the deal at the Élysée, his aides said.'), ['François Hollande']);
});

test('a company’s name translated word for word is one name: "Costa Crociere" / « Costa Croisières » (eu02); Kim Jong-il is not Kim Jong-un', () => {
  assert.deepEqual(check(['Costa Crociere, the Genoa-based operator, said it would cooperate with the inquiry.'], ['Costa Croisières, l’opérateur basé à Gênes, a dit qu’il coopérerait avec l’enquête.']), {
    '/w/story.en.txt': [],
    '/w/story.fr.txt': [],
  });
  assert.deepEqual(check(['North Korean leader Kim Jong-un inspected the site, state media said.'], ['Le dirigeant nord-coréen Kim Jong-il a inspecté le site, selon les médias d’État.']), {
    '/w/story.en.txt': ['Kim Jong-un'],
    '/w/story.fr.txt': ['Kim Jong-il'],
  });
});

test('a surname that is a French word is still a surname: « Andrée Boucher » for Andrée Bouchard is another person (qg04)', () => {
  assert.deepEqual(check(['Quebec City mayor Andrée Bouchard welcomed the decision on Tuesday.'], ['La mairesse de Québec, Andrée Boucher, a salué la décision mardi.']), {
    '/w/story.en.txt': ['Andrée Bouchard'],
    '/w/story.fr.txt': ['Andrée Boucher'],
  });
});
