import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/engine/applyEdits';
import { MemoryFileSystem } from '../../server/src/engine/fileSystem';
import { Project, type FileReport } from '../../server/src/engine/project';
import type { Finding } from '../../server/src/engine/types';

// Some 1,150 English/French pairs and fifty-one single articles written
// apart from the engine, in about 120 rounds (p01–p16; then
// q01–q12, r01–r12, s01–s14, t01–t16, u01–u14, v01–v10, w01–w14, x01–x12,
// solo/, and a01–a12 (Markdown-rich: front matter, tables, hashtags,
// bylines), b01–b12 (numbers every way: race times, scores, decades),
// c01–c12 (timelines, in .md, .txt and en/ fr/ folders), d01–d12 (features:
// days as habits, sprint times, hours, conversions), e01–e12 (loose,
// adapted translations), f01–f12 (world news dense with transliterated
// names), g01–g14 (Sahel dispatches, half named like the seeds), i01–i12
// (British English: 22 December, £3.5bn, 14:00 BST), k01–k06 (long
// features of 1,500 words and more), l01–l12 (court reports, with
// corrections, captions and credits in one version only), solo2/ (single
// articles in one folder, traps for the style rules), y01–y12 (business:
// quarters, fiscal years, Md€), z01–z12 (elections and offices), h01–h12
// (weather and disasters: °C and °F, km/h, British "8.11pm"), j01–j12 (Sahel
// dispatches laid out like the seeds), m01–m12 (sport), n01–n12 (courts,
// culture and obituaries), oa01–oa12 (wars and diplomacy, names transliterated
// two ways), ob01–ob12 (Canada, Belgium, Switzerland: septante, Québec) and
// oc01–oc08 (long features adapted, not translated: merged and split
// paragraphs, background in one version), od01–od12 (seed-like dispatches
// with five or six slips each), oe01–oe12 (Markdown: front matter, tables,
// lists, links), of01–of10 (figures: points, ranks, ranges, signs),
// og01–og20 (short briefs), oh01–oh12 (the seeds' own kinds of slip, four or
// five a pair), oi01–oi12 (a day of every desk), oj01–oj08 (obituaries),
// ok01–ok08 (health, science, space), ol01–ol08 (energy and farming),
// om01–om08 (reshuffles: ministers and their successors), on01–on08
// (culture: works' titles translated), oo01–oo08 (disasters: tolls in
// words), op01–op08 (strikes and wages), oq01–oq08 (technology),
// or01–or08 (Sahel dispatches like the seeds), os01–os08 (courts), ot01–ot08
// (transport), ou01–ou08 (elections), ov01–ov08 (features adapted, not
// translated), ow01–ow08 (Sahel again), ox01–ox08 (economy), oy01–oy08
// (sport), oz01–oz08 (diplomacy), pa01–pa08 (briefs), pb01–pb08
// (environment), pc01–pc08 (French politics), pd01–pd08 (East and
// Southern Africa), pe01–pe08 (North Africa), pf01–pf08 (the European
// Union), pg01–pg08 (Central Africa), ph01–ph08 (Latin America), pi01–pi08
// (Asia), pj01–pj08 (the Middle East), pk01–pk08 (West African politics),
// pl01–pl08 (North America), pm01–pm08 (the UN and international
// organisations), pn01–pn08 (Sahel dispatches again), po01–po08 (sport),
// pp01–pp08 (France and Belgium), pq01–pq08 (health), pr01–pr08 (African
// economies), ps01–ps08 (culture), pt01–pt08 (migration), pu01–pu08
// (farming and food), pv01–pv08 (technology), pw01–pw08 (Sahel and Lake
// Chad security), px01–px08 (short briefs), py01–py08 (elections), and
// pz–qu, qv–rt, ru–sl, sm–tk, tl–tw, tx–ue, uf–ug, uh–ui, uj–ul, um–un, uo–up, uq–ur, us–ut, uu–uv, uw–ux, uy–uz, va–vb, vc–vd, ve–vf, vg–vh, vi–vj, vk–vl, vm–vn, vo–vp, vq–vr, vs–vt, vu–vv, vw–vy, vz–wa, wb–wd, we–wh and wi–wl (one theme a round, from courts and mining to race results,
// summits and humanitarian aid: the commit that added each names it) by
// testers who never
// read the code; v* are traps for each rule: "Theresa May may", "what they could
// of their savings", a Julian date, a promotion day, "known in French as";
// u* adapted the way agencies adapt copy: paragraphs moved, split and
// merged, names turned into titles, background added or dropped; r* in three
// layouts, with front matter, Markdown lists, tables and quotes, CRLF and a
// BOM; s* in rich newspaper style; t* as plain-text Sahel dispatches named
// like the seeds), correct as published (test/fixtures/pairs): names
// transliterated both ways (Peskov, al-Sissi, Nétanyahou), look-alike places
// and people (Iran and Iraq, Niger and Nigeria, Daniel and Daniela Ortega),
// accents English drops, French
// typography, months next to names (June, Jude), hyphenated amounts
// ("$7-billion"), a coalition that spells Senegal in Wolof. Clean, they must
// raise nothing but the "Assimi Goita" and "Ibrahim Traore" the entity list spells "Goïta" and "Traoré".
// Then 7,993 errors of the kind a copy editor
// catches are made in one version each (injected.json), and the check must
// find them, and nothing else. The misses are listed: a change that catches
// more, or fewer, shows here.

const DIR = join(__dirname, '..', 'fixtures', 'pairs');

interface Injection {
  /** Relative to DIR. */
  file: string;
  /** 1-based. */
  line: number;
  old: string;
  /** Empty: the paragraph was dropped. */
  new: string;
  kind: string;
  note: string;
}

const INJECTED = JSON.parse(readFileSync(join(DIR, 'injected.json'), 'utf8')) as Injection[];

/** Injected errors the engine does not catch, by design: each says why. */
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  'wi02/003_e5cc9742736c6faf.txt Born in the village of Namche': 'one village for another, both too small for the city list (Namche, Thame)',
  'wi02/002_49fc31346218f04c.txt directeur général de l’agence d’expéditions': "a company's chairman against its director general: neither is an office the title reader compares",
  'wi08/014_60d7a4f7a57aaed8.txt 49 ans, commandant de l’armée': 'a rank in an apposition after the name ("a captain in the British Army") is not read',
  'wj01/000_0748967121bade02.txt Attorney General Damian Williams': 'a federal prosecutor (« procureur fédéral ») is no office the vocabulary holds, so against an attorney general it is not compared',
  'wj05/009_245edebc817af708.txt jailed for 11 years on Monday': 'the English headline, the paragraph before, states the French figure (14 years): a figure the other version gives nearby is taken for moved',
  'wj05/009_245edebc817af708.txt at UBS in Singapore': 'Singapore is a country first: a city against a country is not compared',
  'wk01/001_a466f59fb0c6aaa7.txt the chief financial officer of the luggage maker': 'a co-chief executive (« codirecteur général ») is no office the vocabulary holds',
  'wk07/012_8a79cd6e1f064cc9.txt remplacée par Dario Vitali': 'the last letter',
  'wl01/000_0781ba00e3077b49.txt The 45-year-old foreign minister': 'a title with no name after it ("the 45-year-old foreign minister") is not read: titles are compared for the person they name',
  'wl03/004_53bb8ea1777d8007.txt appointed neurosurgeon Garry Conille': 'one person for another the other version names elsewhere in the paragraph ("Henry had not yet been sworn in")',
  'wl05/009_474ca609e2d44d6b.txt 150 mph (250 km/h)': 'the figure the writer put first is the one compared, and 150 mph is 241 km/h: a conversion in brackets is not checked against the other version',
  'wl07/013_bf34a9306eb948b7.txt who became finance minister in May 2018': 'an office said with a verb in one version and as a post in the other is not compared',
  'wl08/014_2d0fd140be3430b0.txt au moins sept morts': 'number words are paired, and flagged only where both count the same unit of time or a unit the rule reads',
  'wl08/015_0b330de112c28402.txt the devistation in Abaco': 'a misspelling the list does not hold ("devistation")',
  'uo04/006_f98708b3fd24d0a3.txt Burkinabè Gberdao Gustave Kan': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'oy08/025_7df2e2c369af0aaf.txt Benson Kiprotu': 'two letters swapped that are not neighbours are two slips',
  "we01/000_5ca324d33d7276bc.txt passing Toyota's Timo Block": "a slip at a name's first letter (Block / Glock) reads as another name: one person for another is flagged only where both are whole names the other version never writes, and the first name is the same",
  'we02/003_5ad18d90e933b93e.txt FIA president Michael Masi': 'a race director is no title the vocabulary holds',
  'we04/007_10a6309485db8fe3.txt Ferrari chairman Frederic Vasseur': "a company's chairman against a team principal (« directeur de l’écurie »): neither is an office the title reader compares",
  'we06/010_40d16ce6f3850804.txt la station de Courchevel': 'one ski resort for another, both too small for the city list (Méribel, Courchevel)',
  'wf02/003_1818e811892f902b.txt Father Federico Lombardini': 'letters added at the end of a name are how languages give it an ending (Lombardi / Lombardini)',
  "wf02/002_d23f0824128b2f33.txt Sodano, secrétaire d'État": 'a dean of the College of Cardinals is no office the vocabulary holds',
  'wf05/008_1738f7d93d9c1724.txt en présence du président Raúl Castro': 'two brothers: the French names both Fidel and Raúl Castro, so one for the other is no first name the other version never writes',
  'wf06/011_f28c105d1fb17c23.txt invited by House Majority Leader John Boehner': 'a majority leader is no office the vocabulary holds, so against a Speaker (« président de la Chambre ») it is not compared',
  'wf07/012_a09f76b5a170b338.txt cheikh Ahmed al-Tayed': 'the last letter',
  'wf08/014_95e60af593bd04cf.txt préfet du dicastère pour la doctrine de la foi': 'a Vatican dicastery is no portfolio the vocabulary holds',
  'wg02/002_70bef09743103f53.txt couronnes norvégiennes': 'both countries are named elsewhere in both versions (the laureate’s, the academy’s): background one version put elsewhere',
  'wg07/013_2ab32e606278956f.txt the attorney general in charge': 'an assistant attorney general against the office itself: a deputy is never compared with the office, as one person often holds both',
  'wh01/000_844106730f03536c.txt 16,9 millions de dollars américains': '"A$" is read as some dollar, which the same figure in US dollars may be (Quebec copy writes « $ » for its own): only the figures are compared',
  'wh06/010_e2dbb7600aa7edf4.txt Castle Bravo à Enewetak': 'one atoll for another, neither in the city or region list (Bikini, Enewetak)',
  'wh07/013_706b1df3e21e8457.txt in the Austrian city': 'the other version names Germany twice and this one once, in its dateline: a country named anywhere in the paragraph is no country swapped',
  'rr05/008_e25e2b3139598cbb.md Patrick Pouyanne': 'an English version that writes no name with an accent keeps a house style that drops them all: one dropped accent cannot be told from it',
  'wb03/005_1a2c7fb622293fb2.txt Le ministre saoudien de l’Énergie': "a minister of state (\"Minister of State for Foreign Affairs\") is a junior office the title reader does not compare with a minister's",
  'wb06/011_ec623c44b6e6bd0a.txt Prime Minister Irakli Garibashvili': 'one person for another the other version names elsewhere in the article',
  'wc02/003_1b2a0bcaa0f3d5ca.txt pour 350 millions de livres': '"305-million-pound" reads as a weight in pounds, and « livres » as money: a weight and a sum are not compared',
  'wc02/002_4aacdd6457e71a4f.txt the Saudi finance minister, becomes': 'an office after the name in small letters ("the Saudi finance minister") against a governor of a fund: neither reading compares them',
  'wc06/010_00dcae192df11fce.txt born in Stockport in the West Midlands': "one town for another where the other version's (« Stourbridge ») is in no city list",
  'wc08/015_8d8d97cfa912d2cd.txt United are sixth in the Premier League': 'a rank in words ("sixth" / « huitième ») beside no figure the other version states is not compared',
  'wd01/000_0748967121bade02.txt a former senator from Georgia': 'Georgia is a country first: the American state is not in the region list, so Georgia against « Floride » is not compared',
  'wd03/004_d04ce50b0620f087.txt (ISRO) in Chennai': 'one city for another the other version names elsewhere (Bengaluru, « Bangalore »): a city named elsewhere is no swap',
  'vz02/002_72f4b79670f7c6e1.txt executive chairman of the WTA': 'one body for another ("the WTA" / « l’ATP »), neither in the entity list: translation.entity compares listed names only',
  'vz04/006_5892ace261e106b7.txt wildcard into the Madrid Open': "a city inside an event's name (\"the Madrid Open\") is not read as the place a version names",
  'vz05/009_0ef32a904ca4337b.txt le médecin Umberto Ferrara': 'a trade (« médecin », "fitness trainer") is no title the check reads',
  'vz06/010_ba8b3c3832f8c14a.txt troisième joueuse mondiale': 'a world ranking said as a number in one version ("world number two") and an ordinal in the other is not compared',
  'vz08/015_b7299155ab24cc42.txt British judge Adam Lewis': 'a trade (« avocat ») is no title the check reads, so a judge against a lawyer is not compared',
  'wa02/003_505542ca23447cb7.txt Ashanti region': "Ghana's regions are not in the region list",
  'wa05/008_9eed146763190652.txt Márcio Ferraz, president': "a surname more than one slip from the other version's (Ferraz / Ferreira), neither in the entity list",
  'wa07/013_8bd22c61272128ef.txt commissioner for trade': "a European commissioner's portfolio after the name in small letters is not read",
  'wa08/014_52020bce5f51bb66.txt $400 a kilogram on all': 'a price per unit ("a kilogram" / « la tonne ») is not compared: the figure is the same',
  "wa08/014_52020bce5f51bb66.txt director general of Ghana's": "a country said as a possessive before a body (\"Ghana's Cocobod\") against an adjective after it in a long paragraph that names other countries",
  'vw05/008_207473b706e7df8e.txt nommé ministre du Commerce': 'an office said with a verb in one version (« nommé ministre du Commerce ») and after the name in small letters in the other ("finance minister") is not compared',
  'vw07/013_ab195b4791d5d9ef.txt range of one to four percent': 'a range in words ("one to four percent") is not read as a range of figures',
  'vx02/002_466de486522c4f8d.txt Prime Minister Shinzo Abbe': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'vx03/004_d04ce50b0620f087.txt 1976 Munich Olympics': "a city inside an event's name (\"the Munich Olympics\") is not read as the place a version names",
  'vx08/015_e9a462ce0fa030a0.txt Italian President Giuseppe Conte': "« président du Conseil » is read as a president; Italy's is its prime minister",
  'vy03/004_8905435b8c8c1232.txt Lord Reid, the president': 'e for i is a vowel transliterations trade, in a name of four letters',
  'vy03/004_8905435b8c8c1232.txt was appointed foreign secretary': 'an office said with a verb in one version and as a post (« au poste de ministre ») in the other is not compared',
  'vy06/010_7f2db01d9527f0b6.txt commissioner for justice': "a European commissioner's portfolio after the name in small letters is not read",
  'vu05/008_fbdb6957538ff400.txt Franck Riester, the culture minister,': 'an office said with « chargé de » (« ministre délégué chargé du Commerce extérieur ») is not read as a portfolio',
  'vu08/014_7c4b605e2516a080.txt [paragraph dropped: Gin will benefit from the same…]': 'a short last paragraph (53 characters) that names nothing and states no figure: a translation may well leave such a line out',
  'vs02/002_0c5c7fd0a6a3a450.txt minister for citizen protection': 'citizen protection is a portfolio the vocabulary lacks',
  'vs03/004_1818e811892f902b.txt Rural Fire Service Deputy Commissioner Shane Fitzsimmons': 'a deputy against the office itself ("Deputy Commissioner" / « commissaire ») is not compared',
  'vs04/006_e8e25d940ed90475.txt Bill Blair, nommé ministre fédéral': 'one person for another the other version names elsewhere in the article',
  'vt02/002_0ceaba452b91e657.txt directeur général de Christie’s': "a company's president against its director general: neither is an office the title reader compares",
  "vt03/004_f60fcc32b4d3fd49.txt head of Impressionist art at Sotheby's": 'a head of department ("head of Impressionist art") is no office the vocabulary holds',
  'vt04/006_c8aac62f827e4156.txt [paragraph dropped: La sculpture fait partie d’une…]': 'a short paragraph (68 characters) that names nothing and states no figure: a translation may well leave such a line out',
  'vr02/002_cf8edef0669b0227.txt Wout van Aert of Lidl-Trek': 'one rider for another in a list of results: the person replaced is named elsewhere in the other version',
  'vr04/006_35f0a14f6c150989.txt the four-time Tour winner': 'multiplier words ("four-time", « quintuple ») are not read as numbers',
  'vr05/009_9c53d4149a706d49.txt starts near Milan on May 4': 'both cities are named elsewhere in both versions: background one version put elsewhere',
  'vr06/010_e5de64f2fbec92ad.txt La ministre des Sports, Marion Rousse': 'a race director is no title the vocabulary holds',
  'vq01/001_2e3539b0c4bd8e7c.txt reste ministre du Commerce international': 'an office said with a verb in one version and by its portfolio alone in the other is not compared',
  'vq02/002_4f55b9a716b12bbf.txt Liberal Bruce Fanjoi': 'y for i is a letter transliterations trade',
  'vq05/008_4b51a2a6ae630ae8.txt the minister of immigration': 'a minister\'s office in small letters after the name ("the minister of immigration") is not read',
  'vq06/011_3ca8eb5ff211b485.txt Manitoba MP Leslyn Lewis': 'a province said by its adjective (« ontarienne ») is not read',
  'vq06/011_3ca8eb5ff211b485.txt replaces Andrew Scheer': 'one person for another the other version names elsewhere in the article',
  'vp03/004_c194cc6bfa4f374e.txt President Rodrigo Duterte said': 'four errors in one short pair (a date, a figure, a person, a paragraph) leave it sharing half its figures and three quarters of its marks, as two stories on one subject do: it is not paired, and only the weekday check speaks',
  'vp03/005_c3422d5bf8a4a70f.txt 3\u202f600 millions de dollars': 'four errors in one short pair (a date, a figure, a person, a paragraph) leave it sharing half its figures and three quarters of its marks, as two stories on one subject do: it is not paired, and only the weekday check speaks',
  'vp03/005_c3422d5bf8a4a70f.txt [paragraph dropped: Le sommet se poursuit jusqu\'au…]': 'four errors in one short pair (a date, a figure, a person, a paragraph) leave it sharing half its figures and three quarters of its marks, as two stories on one subject do: it is not paired, and only the weekday check speaks',
  'vo05/008_92cc2b6821cc96d3.txt coast of Brittany': 'a region said by its adjective (« la côte normande ») is not read',
  'vo08/014_280c4c355e1054fa.txt Finance Minister Robert Habeck': 'an economy minister and a finance minister are one portfolio in most governments, though not in Germany\'s',
  'vp01/001_63d631963a59e59c.txt province chinoise du Yunnan': 'one province for another beside a city both versions name (Chengdu): the region is not compared there',
  'vp02/003_1248848715e38746.txt about 100 miles north-west': '« une centaine de kilomètres » is a round count in words: it pairs with a figure near it, and 100 miles is 161 km',
  'vp05/009_ac4f1fae2683ad64.txt Fifty plaintiffs won': 'number words are paired, and flagged only where both count the same unit of time or a unit the rule reads',
  'vp06/011_f9ec3576c2368f66.txt Vietnam and China have clashed': 'both countries are named elsewhere in both versions: background one version put elsewhere',
  'vp08/014_42296aa69c8363ed.txt Prime Minister Xanana Gusmao said': 'an accent English drops',
  'vm01/000_8190a17d4567ee1f.txt Russian Energy Minister Alexander Novak': 'a deputy prime minister against another office altogether: a person may hold both, so only a deputy against the office deputised is told apart',
  'vm02/002_5e2ce795c229152b.txt Jake Sullivan, the White House chief of staff': 'a chief of staff and an adviser are no titles the vocabulary holds',
  'vm04/006_ddfdf1f9ef9bc47a.txt Saad Sherida al-Kaaby': 'y for i is a letter transliterations trade',
  'vn05/009_f28c105d1fb17c23.txt Franca Marquez, sera': 'a vowel beside a vowel written or not is how transliterations differ, and neither Francia nor Franca is a first name the lists hold',
  'vi01/001_2d4b0c44ac5a85c2.txt a déclaré Mensun Bond': 'o for ou is how transliterations differ (Bound / Bond)',
  'vi04/006_200934cf1aa79cc0.txt Ilulissat, la capitale groenlandaise': 'one town for another where the town is too small for the city list (Ilulissat)',
  'vj05/008_a5b37bb9220e8c70.txt a anullé toutes': 'a misspelt French word: spelling.common reads English only',
  'vk03/004_781b9a43d04ce50b.txt le Russe Ian Nepomniatchi, avait': 'a letter left out of a consonant cluster is how transliterations differ (-chtchi / -tchi)',
  'vk04/007_06e7df8e1eb1c66e.txt pour la troisième fois': 'the team named T1 reads as a French quarter, and the lede pair is one the alignment is unsure of: each version\'s rank is stated elsewhere in the other',
  'vl03/005_e3e227a53507fc4c.txt de 22 heures à 18 heures': '« 22 heures » is a time of day as often as a length of time, and a time is never compared with a duration',
  'vl04/007_a51f75f54dc420e9.txt canal administrator Ricaurte Vazquez': 'z for s is how Spanish surnames are spelt both ways (Vázquez / Vasquez)',
  'vg06/011_3629927fc2c63da9.txt Matshidiso Moeti, WHO Deputy Director-General': 'a deputy is never compared with another office: one person often holds both',
  've04/007_d5de6e91074206e2.txt Empress Masako, expressed': 'both versions name Masako elsewhere (as crown princess), so one empress for the other is no person the other version never names',
  've05/009_30f47f35d0380cfb.txt depuis Phuket': 'Phuket is in no city list (GeoNames files the town under its province)',
  've08/015_1266ef64311275fc.txt l’archevêque d’York, Justin Welby': 'an archbishop\'s see (Canterbury / « d’York ») is part of the title, which is compared by family only',
  'vf05/008_48b1f62da957f7a6.txt La Californie, par contre, est épargnée': 'style.fr-par-contre flags it, at hint severity, which the check leaves out by default',
  'vf05/009_b19b8647bfd01380.txt Interior Secretary Camille Touton': '« la commissaire du Bureau of Reclamation »: a commissioner of a named body is not an office the title reader compares with a secretary\'s',
  'vf06/010_c89bddd0ae8ac915.txt Pedro Sanchez, a assuré': 'an accent French does not write itself (á) dropped in the French version: the accent check counts only the accents of French spelling',
  'vc07/012_b044d527dd1775a9.txt l’époque, Liz Truss': '"then prime minister Theresa May" in small letters with "then" before it is not read as a title, and « la Première ministre de l’époque, Liz Truss » puts the time between office and name',
  'vd01/001_c94fed97ffa2c349.txt Anne Rigail, s’en est par contre mieux sortie': 'style.fr-par-contre flags it, at hint severity, which the check leaves out by default',
  'vd02/002_cccc54476dec9e89.txt chargée du commerce': '"the Commission\'s executive vice-president in charge of competition": an office said with "in charge of" is not read as a portfolio',
  'vd05/008_c3fdbe950d42acf6.txt an Armenian former diplomat': 'a nationality said of someone the French sentence does not name (« Cet ancien diplomate géorgien ») is not compared',
  'vd07/012_1adf0c9fa7289a7f.txt cheikh Mohammed ben Rachid Al Maktoum': 'both names share « Al Maktoum », which the other version writes: one of a family\'s names for another is no swap translation.person can tell from a transliteration',
  'va01/001_80b44a7bb049db49.txt elected general delegate of the festival': 'an office said with a verb ("elected general delegate" / « élue présidente »), a festival post no title list holds',
  'va04/007_0f727cb6556cfb5b.txt ministre allemande des Affaires étrangères': '"minister of state for culture" in small letters: the English office\'s portfolio after "of state for" is not read, so there is nothing to compare',
  'vb02/002_e4fb616593e1e4e1.txt dont Salah Abdeslem': 'a for e after an Arabic first name is how transliterations differ (Ahmad / Ahmed)',
  'vb02/003_57862ff4dc99e7cd.txt metro train at Schuman station': 'a metro station is no place the place lists hold',
  'vb03/004_cbdb8d7a8f60bed6.txt Ghraieb and Chokri Chafrud': 'u for ou is how English and French transliterate (Umerov / Oumerov)',
  'vb04/006_e42a1719d557e815.txt au Niger et au Burkina Faso': 'the French paragraph says more than the English (« déployés dans la région », « Emmanuel »), past the length slack beyond which a place named in one version only is taken for something said in it alone',
  'uy02/002_2961904df2d818d7.txt chief financial officer Jennifer Newstead': 'a company post ("chief financial officer" / « directrice juridique ») in small letters is not compared',
  'uy05/008_72aab8ae59f88715.txt and Microsoft €35 million': 'one company for another ("Microsoft" / « Amazon »), neither in the entity list: translation.entity compares listed names only',
  'uz02/003_5c3fd4b82cf9c1f5.txt ministre nigériane de la Santé': 'an office with no name beside it (« cette ancienne ministre nigériane de la Santé ») has no holder to compare',
  'uz04/006_381b1ae7d7c6bbe4.txt harbour of Gorey': 'Gorey, a harbour in Jersey, is in no city list',
  'uw02/002_4d6befeb507b23ff.txt ministre déléguée chargée de l’Éducation': '« ministre déléguée chargée de l’Éducation » against "minister of state for culture": an office said with « chargée de » is not read as a portfolio',
  'uw08/015_cf707013dd75d956.txt du deuxième étage': 'a floor ("first-floor window" / « deuxième étage ») is an ordinal the number reader leaves alone, and floors count differently in British, American and French use',
  'ux04/007_52885b46715b53ce.txt qui était aussi ministre de la Justice': '"deputy premier" against « ministre de la Justice »: a deputy is never compared with a portfolio, as one person often holds both',
  'ux05/009_9523fe73a1ba39f0.txt du Parlement, à Durban': 'the English names Durban two paragraphs up: a city the other version names elsewhere is not counted as a swap',
  'ux07/013_5f2f6f23bef47a12.txt ruling 5-4': 'a vote said in words in one version (« six voix contre trois ») and as a score in the other ("5-4") is not paired',
  'uu02/003_c91245d9d2325baa.txt the Leipzig plant': 'one city for another where the one replaced is named elsewhere in the other version: a city named elsewhere is no swap',
  'uu03/005_2240029ea05cf9c9.txt Jun Young-hyun, le président': '"vice chairman" against « président » after the name: a title after the name is read only where a person\'s first name starts it, and Korean names have none the lists know',
  'uu03/005_2240029ea05cf9c9.txt remplacement de Kyung Kye-hyung': 'the last letter',
  'uu04/006_27cf81b7d3b4f87a.txt dans l’autrichienne Commerzbank': 'a nationality before a company\'s name (« l’autrichienne Commerzbank ») is read in passing, never as the country swapped',
  'uu06/011_bf22de4e0eac6360.txt by an acounting scandal': 'a misspelling the list does not hold ("acounting")',
  'uu08/015_574fdce042c5de9a.txt directeur général, Park Jung-ho': 'one person for another the other version does not name, after a title and a comma: Korean names start with no first name the lists know',
  'uv01/000_0fb65bc92bb92a0f.txt Laxmi Prasad Dakhal': 'two letters swapped that are not neighbours are two slips',
  'uv03/005_d4b69a73476510aa.txt au large du Guerrero': 'one Mexican state for another: Mexico\'s states are not in the region list (Guerrero is a surname as often)',
  'uv08/015_ad7076291f5bae39.txt Sutopo Purwo Nogroho': 'o for u is a vowel transliterations trade',
  'us02/003_1818e811892f902b.txt three minutes 49.21 seconds': 'a time with its minutes in words ("three minutes 49.21 seconds") is not read as one duration: its seconds are compared alone, and « 3 min 49 s 11 » is one',
  'us07/012_a09f76b5a170b338.txt Jeux de Pékin en 2004': 'a city named before another name ("the Athens Games") counts as named but is never the one swapped',
  'ut03/004_b4f2c37adeff9ced.txt Odesa, Mykolaiv and Yuzhny': 'one port for another in a list where the other version\'s (« Tchornomorsk ») is in no city list',
  'uq02/003_e657ba8b321bf685.txt became defence minister in place of': 'an office said with a verb far from its holder ("Stephane Sejourne, 38, head of the Renew group…, became defence minister"): the holder is read right before the verb or one aside',
  'uq05/009_111a625149d13cfe.txt had been minister of defence': 'an office with no name beside it (its holder is "the new prime minister")',
  'uq07/012_cd0656df89a64ab0.txt Nirmala Sitharaman le Commerce': 'a portfolio said without « ministre » (« Rajnath Singh la Défense, … le Commerce »): no title is read',
  'uq08/014_26123313af6a5f9f.txt was named trade minister': 'the other version gives the office with a verb and no « ministre » (« prend les Finances »): there is no title to compare',
  'ur03/004_2b09f2699e381535.txt Minister Kim Boo-kyun': 'the last letter',
  'ur03/005_085fb623a24beb29.txt asiatique, à Eceabat': 'one town for another where neither is in the city list (Gelibolu / « Eceabat »)',
  'uo02/002_dfd96c6ee600e5bc.txt le ministre de la Justice': 'a title with no name beside it',
  'uo06/010_3de828760a85fbe5.txt il était maire de Tel-Aviv': 'one city for another where each is named elsewhere in the other version (the dateline\'s Tel Aviv, "southern Jerusalem"): places named elsewhere are not a swap',
  'uo07/012_7cf64c6b53cb4385.txt Prosecutor Fatou Bensuda': 'u for ou is how transliterations differ',
  'um07/013_50b7a03e626ca1ae.txt jusqu’à 14 000 tonnes': 'another unit with the figure kept (14,000 containers / « 14 000 tonnes »): containers are counted, not measured, and a count and a measure are not compared',
  'um01/000_b92f7ed7e1287fda.txt chairman, Osama Rabia': 'e / a in an Arabic name is a vowel transliterations trade (Rabie, Rabia)',
  'um02/002_ad103ea037cf034b.txt au port de Bouchehr': 'one Iranian port for another (Bandar Abbas / « Bouchehr »): neither is in the city list',
  'um03/005_e0fa7bc061978bd3.txt pavillon de Malaisie': 'a flag state said as "Singapore-flagged" / « pavillon de Malaisie »: a country before a hyphen is read in passing',
  'um06/011_35edab501477e1f2.txt Osama Rabie, chairman': 'one chairman for another the other version does not name, after the name ("Osama Rabie, chairman" / « Mohab Mamish, président »): names one version gives alone, with no title before them, are not paired',
  'um06/010_ae900b31bfa7eb2e.txt Certains économistes ont par contre mis en doute': '« par contre » is a hint by default (style.fr-par-contre), and hints are not reported',
  'um07/012_b8d35d4cfabe9483.txt President Juan Carlos Valera': 'r / l swapped between two letters of a name (Varela / Valera): a transposition of two letters is read only where they are side by side',
  'um08/015_12b749647c0075e5.txt a Georgian-flagged cargo ship': 'a flag state said as "Georgian-flagged" / « battant pavillon moldave »: a nationality before a hyphen is read in passing',
  'un04/007_8904d83a18eeb9c6.txt Council of States for Fribourg': 'a canton said as an adjective in French (« vaudois ») against its name in English (Fribourg): cantons are not among the regions read',
  'un07/012_f2335fb2e5684851.txt minimum wage of $18 a month': 'a rate per month against one per hour ("$18 a month" / « 18 $ l’heure »): what a figure is per is not compared',
  'un08/014_faad1d92e50618e7.txt Le ministre de l’Emploi, Jan Jambon': 'a title before the name whose portfolio differs (Pensions / « de l’Emploi »), in a paragraph where the other version gives the same person another office with a verb: offices said beside the name and with a verb are not compared',
  'uj01/001_e635dfeec9f7c400.txt Jean-Paul Troadec, président du BEA': 'an agency\'s director given as its « président » after his name: the office after a name is compared only where the other version says one of another family, and "director" is read before a name only',
  'uj02/002_7f750073cbe6a809.txt German President Angela Merkel': 'a title in a list of three titled people (Merkel, Hollande, Rajoy), where the other version\'s paragraph gives the title changed to another of them: offices in a list are not compared',
  'uj03/005_125785ac32c45fa0.txt Ahmednur Mohamed Omar, 25 ans': 'Mohamed / Mohammed is a transliteration either version may write',
  'uj05/008_59626ed15d7acfcd.txt Tjibbe Jostra, told': 'o / ou is a vowel transliterations trade (Youssef, Yusuf)',
  'uj08/014_9512f270fca86396.txt Sully » Sullenburger': 'e / u in an unstressed syllable is a vowel transliterations trade',
  'uj08/015_fd7e43d59f640008.txt from Newark Airport': 'one airport for another (Newark / LaGuardia): airports are not among the places compared, and Newark is a city of New Jersey the other version does not name',
  'uk02/002_4ed4c96fa5ef19f0.txt Foreign Minister Nasser Kanaani': 'a minister against a ministry\'s spokesman (« porte-parole du ministère »): a spokesman is no office the title check reads',
  'uk04/007_72f26113cd0a7131.txt the British-American scientist': 'two nationalities joined by a hyphen (British-American / « britannique et canadien »): the second of a hyphenated pair is read in passing',
  'uk04/006_8fa6b96a975c2528.txt Ellen Moons, secrétaire du comité Nobel': 'a committee\'s chair against its « secrétaire »: an office after the name is compared only between families both versions say of people, and a committee\'s secretary is not one',
  'uk04/006_8fa6b96a975c2528.txt avec Joshua Bengio': 'J / Y is a letter transliterations trade (Yoshua, Joshua)',
  'uk05/009_947566fd5e05c111.txt Née à Busan en 1970': 'the other city is named in the same French paragraph (« soulèvement de Gwangju »): a city named elsewhere in the other version is no swap',
  'ul05/009_456c37423520e9c0.txt the federal minister of national defence': 'one portfolio for another the portfolio list lacks (« Protection civile »): a minister with a portfolio not read is compared with no other',
  'ul06/010_c6446c6707f6177a.txt Kiotari et de Lindos': 'one village for another (Lardos / Lindos): villages are not in the city list',
  'ul08/015_04907e97fdb9df2a.txt some 12,800 acres': 'acres for hectares with the figure kept, in an article that converts hectares into acres elsewhere: the conversion vouches for the unit',
  'ui03/004_a93b7ab9482b7dfa.txt the bank\'s director of economic policy': 'one director\'s office for another at a central bank (economic / « politique monétaire »): a director is read by his title word only, and the portfolio of a director is not compared',
  'ui05/009_eb5cf518f721e79b.txt a six-to-three vote': 'a vote\'s tally in words on each side ("six-to-three" / « cinq voix contre quatre »): counts in words joined by "to" are not read as figures',
  'ui05/009_eb5cf518f721e79b.txt appointed home secretary': 'a British secretary of state in small letters after a participle ("appointed home secretary" / « nommée chancelière de l’Échiquier »): "secretary" in small letters is read only as a general secretary, and « chancelière de l’Échiquier » names no portfolio',
  'ui06/011_1e4e0a04a94cf218.txt traded below 18 per dollar': 'an exchange rate with its currency named in one version only ("18 per dollar" / « 17 pesos pour un dollar »): a figure with a unit is compared with a figure with the same unit',
  'uf01/001_55c601725b66ac30.txt Gen Nakatani ministre de la Justice': 'an office in a list of appointments with no verb or « comme » before it (« et Gen Nakatani ministre de la Justice »): offices said with a verb are read after the verb or after "as" only',
  'uf02/002_166ee30cd23c9f49.txt Penny Wong trade minister': 'an office in a list of appointments with no verb or "as" before it ("Penny Wong trade minister"): offices said with a verb are read after the verb or after "as" only',
  'ug03/005_ac1c2be97c5df494.txt deux tentatives de meurtre': 'a lone count in words on each side, of nouns that differ ("ten counts" / « dix tentatives »): with no other figure paired, two counts in words may count two things',
  'uf06/010_69e5e90b647e8f32.txt Kim, a retired army colonel': 'a rank after a lone surname ("Kim, a retired army colonel" / « M. Kim, général de l’armée de terre à la retraite »): a title after the name is read after a first name and a surname only',
  'ug01/000_7fc068a9cc5a30d1.txt Mr Justice Gross told': 'a surname alone after a title ("Mr Justice Goss" / « le juge Goss »), one letter off: a lone surname is no name translation.name compares',
  'ug02/002_85d4cb0fdc39b3a7.txt Lord Justice Leveson said': 'one judge for another, each named by the surname alone after his title: a lone surname is no person the check pairs',
  'ug07/013_5c8a9e438e8e5911.txt la députée conservatrice': 'one party for another: parties not on the entity list are not compared',
  'ug08/014_b89d113154d8a477.txt bloodstain on Norris\'s jacket': 'one person for another the story names elsewhere, by the surname alone',
  'ue01/000_064000bcc04bd2a0.txt Annalena Baerbock takes over as defense minister': 'an office after a verb with no name after it ("takes over as foreign minister"): offices are compared before a name or in apposition',
  'ue01/001_e0aa8d8e1cacd96d.txt Frank-Walter Steinmeyer a ensuite': 'y for i is a letter transliterations trade, even beside a Western first name',
  'ue03/004_f13abfb8c8e56830.txt vice chancellor and labor minister': 'an office after the name with another office between (« vice-chancelier et ministre des Finances »): only the office next to the name is read',
  'ue05/008_54e826618e3a33ee.txt deputy prime minister and interior minister': 'an office after the name with another office between: only the office next to the name is read',
  'ue06/011_250a23bf07fa43e3.txt the League and Brothers of Italy refused': 'one party for another: parties not on the entity list are not compared',
  'ue07/013_70664cadf05d5def.txt Il succède à Quim Torra': 'one person for another who is no title’s holder and the other version names once: two full names in the same place, but the alignment of that paragraph is unsure',
  'ud03/005_028c8a48fe820baa.txt le sélectionneur Luis Enrique': 'one person for another with the same first name (Luis de la Fuente, Luis Enrique): the check reads the second name as a different surname only after a title it knows',
  'ud05/008_6e124ec26e41cf29.txt 5-0 at the Allianz Arena': 'one stadium for another: stadiums are not among the places compared',
  'ud08/015_b3e24a23842ae588.txt Jeux olympiques de Londres': 'a city in an event’s name (« Jeux olympiques de Paris ») counts as named in passing, never as one swapped',
  'tx02/002_4ca85123710029f8.txt Majid al-Ansari announced': 'i for e is a vowel transliterations of Arabic names trade (Majed / Majid)',
  'tx07/013_13699f0731b63999.txt le ministre de la Défense, Dmytro Kouleba': 'one person for another the other version names elsewhere in the article (Oumerov, named in the next paragraph)',
  'ty07/012_5af62d04fb478fc6.txt Susan Arnold, vice chair of the board': 'a board’s chair and vice chair after the name: the chair of a board is no title the check pairs',
  'tz04/006_ee9116dc318cf929.txt La présidente de l’EMA, Emer Cooke': 'an agency’s executive director is no title the check pairs with « présidente »',
  'ua05/008_05cfb89a8a94af9c.txt candidate Cabral Libii came': 'one person for another the other version names elsewhere in the article (Kamto, named again below)',
  'ua05/008_05cfb89a8a94af9c.txt Northwest and Far North regions': 'compass regions (Northwest, Far North) name a part of any country: they are left out of the regions read',
  'ub01/001_9cae89415c3945a2.txt led by Marit Styles': 'y for i is a letter transliterations trade, even beside a Western first name',
  'ub03/004_2df9540130560c71.txt sweeping Red Deer': 'Red Deer is not among the cities the check knows',
  'ub06/010_a24a37fd9ec4ac9b.txt le comté de Broward': 'one county for another: counties are not among the places compared',
  'ub07/012_fe99d8aa95047fe2.txt succédant à Christy Clark': 'one person for another in a paragraph next to one the French left out: the alignment is unsure of it',
  'uc02/003_9a5ae4ad7fa72bc4.txt said Chief Inspector Elmer Soria': 'police ranks (chief superintendent, chief inspector) against « commissaire divisionnaire »: both read as one family of police officer',
  'uc07/013_c0d2c3528d435fbe.txt avec Makassar, un district': 'Donggala is not among the cities the check knows: a swap is read only between two known cities',
  'uc08/015_89f205ad18dbc494.txt about 115 miles (70 miles)': 'a figure’s unit changed to the unit of its own conversion (115 miles (70 miles)): the conversion still pairs with the other version’s 115 kilometres',
  'tv02/002_21b18a2986105a72.txt Omar Aliou Touray, read': '« ou » for « e » is how French and English transliterate West African names (Aliou, Alieu)',
  'tv02/003_7e156eb714b81940.txt de seize pays': 'a count in words (« quinze pays ») against a count in digits joined to its noun ("The 15-nation bloc"): a figure joined by a hyphen is read as a compound, not a count',
  'tv04/007_c7548776abf2bbba.txt le ministre malien des affaires étrangères, le colonel': 'a portfolio in lower case after a nationality (« le ministre malien des affaires étrangères »), before a rank and the name: the rank is what is paired with the name',
  'tv07/013_0c047ae40ecd18a3.txt pour un mandat de deux ans': '« un an » against "one year": « un » is an article too, and is not read as a number',
  'tw01/000_c0b02a408af5fb39.txt program manager Earl Maze': 'a letter dropped from a surname that is a word (Maize, Maze), beside a first name the check does not pair',
  'tw02/003_c82d7e7c99d29ae2.txt a annoncé Swati Mohun,': 'u for a is a vowel transliterations trade, beside a first name the check does not know',
  'tw03/005_11ec68cf73f6b52f.txt 6.5 meters (21 inches)': 'a conversion\'s unit changed (feet, inches) where its figure still agrees: a conversion in brackets is compared by figure',
  'tw05/009_cc6f578ff99df207.txt le directeur de l’Organisation': 'a title with no name beside it',
  'tw06/011_6de29f0967e51142.txt flew past Jupiter and Uranus': 'one planet for another: planets are not among the places compared',
  'tw07/013_091ab11e319147f2.txt la directrice des vols': 'a role (launch director, flight director) that is no title the check knows',
  'tw08/014_0c3036078958863b.txt 250 grams (8.8 pounds)': 'a conversion\'s unit changed (ounces, pounds) where its figure still agrees: a conversion in brackets is compared by figure',
  'tt04/007_91b00da957c18a4e.md son siège dans Surrey-Centre': 'one electoral district for another: ridings are not among the places compared',
  'tt06/010_c58099be01fc8567.md 134 votes in the third round': 'an ordinal in words against another ("third round" / « deuxième tour »), beside a count that agrees: the count pairs, the ordinal is left over',
  'tt06/010_c58099be01fc8567.md will take over the finance department': 'a portfolio with no name beside it ("take over the finance department")',
  'tu03/004_9340e19da65b94b4.txt Kano state was the hardest hit': 'one region for another (Jigawa, Kano state): regions are not compared between versions',
  'tu04/007_5ae03743f558208f.txt the German company': 'a nationality that qualifies a company, not a named person: read only in passing',
  'tu07/013_a8869e102637a51d.txt the WHO deputy director for Africa': 'an office after the name, in a clause ("Matshidiso Moeti, the WHO regional director"), against « directrice régionale »: the rank within an office is not compared there',
  'tr01/001_ce1b4200874103fc.txt Enrique Peña Neto, a salué': 'a letter dropped from the second of two surnames (Peña Nieto), in an adapted translation that names him once',
  'tr02/002_f04bb597c8ed706a.txt Hawking was born in Cambridge': 'one city for another in a paragraph the French adaptation rewrites with added context: the alignment leaves it unpaired',
  'tr02/002_f04bb597c8ed706a.txt Lucasian Professor of Physics': 'a chair\'s subject (mathematics, physics) is no title the check pairs',
  'tr03/004_b41eaf1442695b63.txt [paragraph dropped: Her novel "Beloved", published…]': 'a paragraph left out of an adapted translation that also merges others: the paragraph counts do not tell which one is missing',
  'tr03/004_b41eaf1442695b63.txt President Bill Clinton awarded': 'one person for another in a paragraph the French adaptation merged with the next',
  'tr04/007_1bbaa84dbf89a5d4.txt le 1er\u202favril 1939': 'a year changed in a paragraph the French adaptation merged from two: the date is compared with the wrong half',
  'tr04/006_7b77d79e4fe7dfbc.txt University of Nantes': 'one city for another in a paragraph the French adaptation merged with the next',
  'tr06/011_2cbee416bc820bea.txt à Gabrovo, en Roumanie, il': 'one country for another in a paragraph the French adaptation rewrites: the alignment is unsure of it',
  'tr07/012_c8c90cda7d5b2391.txt starring Alain Delon and Jean Seberg': 'one actor for another in a list of two, in a paragraph the French adaptation merged',
  'tr07/013_b10bbccb2a5628d2.txt Son médecin, Patrick Jeanneret': 'a role (legal adviser, doctor) that is no title the check knows',
  'ts04/007_941213d2dc5cbb0e.txt passe de Lamine Yamel': 'e for a is a vowel transliterations trade, beside a first name the check does not know',
  'ts08/014_28c82dd01ae9ad60.txt England hooker Kyle Sinckler': 'a rugby player\'s position (prop, hooker) is no title the check pairs',
  'ts08/015_a4e5710c91f6337f.txt stade international de Tokyo': 'a city inside a stadium\'s name ("International Stadium Yokohama") counts as named in passing, never as one swapped',
  'tp03/005_fa9d8367580527bb.txt ministre des Affaires étrangères': 'an office in a relative clause after the name (« devenue ministre des Affaires étrangères »): offices are compared before a name or in apposition',
  'tp04/006_0525f16efd5d5687.txt Governor Lesetja Kganyego': 'a for e is a vowel transliterations trade, beside a first name the check does not know',
  'tp05/009_c6838cda519f540c.txt face à l’euro depuis': 'a currency named with no amount (« face à l’euro »): only amounts are compared',
  'tq02/003_59b00ab9c5384a04.txt puis ministre de l’intérieur': 'an office with no name beside it (« puis ministre de l’intérieur sous le président »)',
  'tq03/004_939bd5c8ea941da5.txt Michel Nihoul, an Antwerp businessman': 'a city\'s adjective (« bruxellois ») against a city\'s name: cities\' adjectives are not read',
  'tl03/004_f5cf923e43d6e3ad.txt said S. Somnath, chairman': 'a vowel dropped from a name after an initial (Somanath, Somnath): both are transliterations of the name',
  'tl07/012_69ee353dd1217ccf.txt rose from Vandenberg Space Force Station': 'one launch site for another: bases and sites are not among the places compared',
  'tl08/015_7fc66a3d07e67de4.txt base de lancement de Jiuquan': 'Jiuquan is not among the cities the check knows, and a launch site is no city',
  'tm02/002_7529ced40309a0eb.txt Prime Minister Naoto Khan\'s': 'an h after a k is how transliterations differ (Khan, Kan)',
  'tm03/005_18318ab8756f71f3.txt Finance Minister Robert Habeck': 'finance and the economy are one ministry in many governments (« ministre de l’Économie et des Finances »): the check does not tell them apart',
  'tm05/008_bc081a187f707841.txt Defense Secretary Mike Pompeo': '« secrétaire d’État » is also a French junior minister\'s rank: it agrees with any secretary',
  'tm08/015_d3c86ab580b7f952.txt Le président de l’Assemblée générale de l’ONU, António Guterres': 'a title with its body between it and the name',
  'tn05/008_d97efb353bcbd98c.txt and Verdi\'s "Tosca."': 'one surname for another, alone, as a work\'s author: people are compared by full name or title',
  'tn08/015_c5753efff34ad1bf.txt Orly airport in Paris': 'one airport for another: airports are not among the places compared',
  'tn08/014_b5e4000ceaf1db9a.txt il a été directeur musical': 'a title with no name beside it',
  'to01/000_0e93dfa67184a03f.txt Hou You-ih of the Nationalist': 'o for ou is how transliterations differ',
  'to03/005_20fb4646298dc932.txt Komeito, Keiichi Ishi': 'a doubled vowel undoubled, which Japanese names\' romanisations differ in (Ohno, Ono)',
  'to05/009_5d76c647d6677c0d.txt gouverneur de Java oriental': 'one region for another: regions are not compared between versions',
  'to07/013_376ae20b12b0a764.txt Kazi Habibul Awan,': 'a last letter changed in a surname beside a first name the check does not know',
  'tj01/100_6bbbeb26142fe6aa.txt GebreMarian told': 'n for m at the end of a name with a capital inside it (GebreMariam), read alone after the first mention',
  'tj08/114_1ffe032453a891fd.txt five crew members': 'a number word counting what the check\'s lexicon lacks ("crew members" / « membres d\'équipage »): compared only where both versions count alike',
  'tk04/007_17f423f204b93a53.txt Par contre, le chiffre définitif': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'tk04/007_17f423f204b93a53.txt Gu Jinshun': 'u for a is a vowel transliterations trade, in a name with no first name the check knows',
  'th01/100_5cf26b89a900178a.txt Guinea-Bisau': 'a doubled letter in a place named once, with no name beside it to tie it',
  'ti05/008_2c64df6fd37324a2.txt junta chief General Min Aung Hlaing': '"General" against « général en chef »: a general whose grade one version leaves out agrees with any',
  'tf01/000_9380cba5f0beb676.txt Fahd al-Jalajil': 'i for e is a vowel transliterations of Arabic names trade',
  'tf07/012_f17abd3cd6460415.txt Cardinal Rino Fisichella': '« Mgr » (Monseigneur) is a form of address any bishop or cardinal takes: no title the check pairs with "Cardinal"',
  'tg04/001_2530dd8d0dd72c15.txt ALPVH': 'a name in capitals, which the check reads as an acronym',
  'tg06/000_99bb937f971fcdd6.txt about 30 miles': '« une trentaine de kilomètres » is a round count, compared only where both versions count alike',
  'tg06/000_99bb937f971fcdd6.txt Health Minister Olivier Véran': 'one person for another the other version names elsewhere in the article',
  'tg06/001_f1dfffdacba19869.txt à Pau': 'Dax, a town of 20,000, is not among the cities the check knows',
  'tg07/000_40052dbebb749ed6.txt Ciaran Marten': 'e for i is a vowel transliterations trade, beside a first name the check does not know',
  'tg08/001_c640d90a2cb265d5.txt Aleid Wolfsen, vice-président': 'a title after the name, against "the chairman" after it in the other version: appositive titles are compared only before a person\'s name',
  'td01/000_f0f6f76af2c00ba1.txt a four-star colonel': 'a rank after "four-star", not right before the name: no title the check pairs',
  'td02/002_c6d996ef18f1ea3d.txt Omar Bongo Ondimba': 'another first name before the same surname, which father and son share: the check takes them for two people',
  'te04/007_6c431928ba782ba2.txt Prime Minister Pedro Sanchez': 'an accent English drops, in a version that writes the name once',
  'te05/009_969b6877a7c35fab.txt Danielle Smyth': 'y for i is a letter transliterations trade',
  'te06/010_7607620ae73f8475.txt La coroner adjointe': '« adjointe » after the office, against "chief" before it: the rank within an office is not compared',
  'tb02/002_685cefbfcb52442c.txt Carlo Ancelloti': 'two slips (an l doubled, a t undoubled)',
  'tb03/005_39eaf52af64a776b.txt Erik ten Hag': 'one person for another, after a verb (« entraîné par ») rather than a title',
  'tb06/011_d76f519e059009c2.txt Manchester United': 'one club for another, named after the same city: organisations are not compared between versions',
  'tb08/014_0d30a22e8a62b648.txt club president Oliver Kahn': '« président du directoire » is a German company\'s chief executive and a president: "president" agrees with it',
  'tc02/003_d7e2a07f3c1224c7.txt Mark Bristov': 'an -ov ending is how Slavic surnames are transliterated: v for w there is no slip the check can tell',
  'tc05/009_5418ceeedee2948e.txt Samy Gyamfi': 'a doubled letter undoubled in a first name, which two people may spell two ways',
  'tc08/015_e241be2e44b89e5c.txt Wang Xiaochen': 'ch for sh is how French spells many names it transliterates',
  'sz02/003_9531985d5d9dc9f8.txt Emperor Akihito of Japan': 'one person for another where the other version\'s sentence names several people with their titles and countries: the check does not tell which is the counterpart',
  'sz06/010_953f48f1a09f76b5.txt Le Front Polisaro': 'a vowel left out beside a vowel (io / o) is how transliterations differ, in a name with no first name to tie it',
  'ta02/000_999d27d1b6e67562.txt whose chairman is': 'a title in a relative clause ("whose chairman is") against a verb in the other version (« dirigée par »)',
  'ta06/000_f31c30b270ae0395.txt of nine counts': 'a number word counting something (counts, « chefs ») the check\'s lexicon does not have: compared only where both versions count alike',
  'ta07/001_ecf6ba7bcb2c1dda.txt vice-gouverneur de la Banque centrale': 'a title with its body, after the name, against one the other version gives before the body: no title the check pairs',
  'sx04/006_9e494ce116529ef6.txt five-time Olympic champion': '« quadruple champion » is no number the check reads',
  'sx05/009_3f6c70cde1180110.txt 12 centièmes': '« 22 centièmes » is 0.22 seconds, a reading the check does not make',
  'sx06/011_e8e9eb95b6d5a0c5.txt Le vice-président de la Fédération tunisienne': 'a title whose body comes between it and the name (« vice-président de la Fédération tunisienne de natation, Ahmed Dhiab »), against one the other version writes in small letters after the body',
  'sy02/003_9799ee4a97869b17.txt second deputy mayor Fatou Diagne Sarr': '"second deputy" against « première adjointe »: the rank of a deputy is not compared',
  'sq06/000_e022051d38298fe1.txt Yamoussokro': '"o" for "ou" is how transliterations differ (Moammar / Mouammar), in a place with no name beside it to tie it',
  'sr03/000_bda2a96c03d3b797.txt Antonio Guterres': 'an accent English drops, in a version that writes the name once',
  'sr05/000_a66ce8eeda21aa8a.txt WFP’s executive director': 'a title after a possessive, which the check does not read as a title before a name',
  'sr06/001_c38d600d534fbea6.txt Grace Wanjuri': 'two letters swapped that are not neighbours are two slips',
  'sr07/001_332b1a808bb1718f.txt Zalengei': 'e for i is a vowel transliterations trade, in a place with no name beside it',
  'sr08/000_5c575d62ddf3a985.txt Leni Kinzly': 'y for i at the end is a letter transliterations trade, beside a first name the check does not know',
  'st07/013_f6ece4346d600334.txt Par contre, sur l’ensemble': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'sv08/015_ab6ad7cd442c0911.txt Par contre, des compagnies comme EgyptAir': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'sw01/000_4d2a07488433087f.txt Nicolas Le Briss': 'a final s doubled after a particle (Le), where no first name stands right before the surname',
  'sw05/009_9624b6c8ded4a28a.txt le greffier Mame Mandiaye Niang': '« greffier » (a court clerk) is no title the check reads',
  'sn08/015_fec47301b0751a4d.txt [paragraph dropped:  L’objectif du gouvernement es…]': 'a sentence of 37 characters left out of a paragraph: too short to tell from how translations run longer or shorter',
  'so01/000_7ab701edfa504259.txt Leena Nayr': 'y for i is a letter transliterations trade, in a surname of four letters beside a first name the check does not know',
  'sp03/030_7a9355fd820bb7a2.txt the regional minister for health': 'a portfolio after « ministre », not before a name: no title the check pairs',
  'sk01/001_c46afac554844ac0.txt Pasang Dava Sherpa': 'v for w is a letter transliterations trade, beside a first name the check does not know',
  'sk06/010_66438933e95fa147.txt Kim Chang-ha': 'the last letter of a hyphenated Korean given name, one syllable of two letters',
  'sl03/005_060e3096203ab918.txt Anish Giri': 'one person for another: the other version names the newcomer elsewhere',
  'sl07/012_f030db80a5470f83.txt Team Falcons\' chairman': '"chairman" against « directeur général », after a possessive the check does not read as a title before a name',
  'si01/000_8bc62992a73be0ed.txt Hindon said he was': 'a surname alone, one letter for another (t for d): as often two words as one slipped',
  'si05/008_354d5444ca3b7fa6.txt Terumi Tanaka, 82, a co-chair': 'one person for another: the other version names the newcomer elsewhere',
  'si07/012_8972ab4c79843228.txt Helge Holden, secretary of': 'a title after the name the other version words otherwise (« président du comité »): no title the check pairs',
  'si08/014_13674972f555a750.txt Maryam Mirzakhan in 2014': 'the last letter, beside a first name transliterations touch',
  'sj03/004_ad06626efe09e8b1.txt Ge Pin': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'sj04/006_1b29f8514480fe59.txt released a payload comprised of small': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'sj06/011_c1a39072204b57e0.txt V. Narayanam': 'n for m at the end, after an initial: no first name ties it',
  'sg05/009_6e0b2d8f91c7a4e3.txt comme Premier ministre du Kenya': 'a title after « comme » (sworn in as…) is not read as a title before a name',
  'sg06/010_1b8e6c4f0a2d7395.txt Okudzeto Ablakwah': 'an h added at the end is how transliterations differ (Allah / Alla), and the first name is one the check does not know',
  'sg07/012_f20c7a9e5d3b1846.txt from the Northwest region': 'one region for another: places are not compared between versions',
  'sg08/015_a0c6f8e3b5d2194e.txt a écrit le président Ousmane Sonko': 'a title the other version does not give, on a person entity.title finds no date for',
  'sh05/008_963a77b209a789ec.txt President Giorgia Meloni': '« présidente du Conseil » is Italy\'s prime minister and the European Council\'s president: \'President\' agrees with it',
  'sh07/012_f75c82f67e46e8ac.txt Carlos Mazon': 'an accent English drops',
  'sh08/015_01642271348c1f18.txt directrice du C3S': '« directrice » against \'deputy director\': a director is no title the check reads',
  'se05/223_815ef6d13b8faa18.txt Christia Freeland': 'y for i is a letter transliterations trade, in a first name the check ties to no other',
  'sf01/001_0a91d0608bf31178.txt émouvant, voire même historique': 'inside a quotation, a speaker\'s words are quoted as said (style.fr-voire-meme skips quotations)',
  'sf02/002_427bc7539d94cddb.txt Abba Isa Tijani, deputy director': '"deputy director" against « directeur général »: a director is no title the check reads',
  'sc05/001_e28027ee265deb15.txt saluent la simplification, par contre elles critiquent': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'sc07/000_88881d29bd78f2fb.txt Rubirola’s second deputy': '"second deputy" against « premier adjoint »: the rank of a deputy is no title the check reads',
  'sd01/001_a9b96ea75652b478.txt 2 497 mardi': 'a weekday the other version has elsewhere in the paragraph (« mardi » twice): a reordering cannot be told from a slip',
  'sd08/014_07ddb5f388070dcc.txt Pinarayi Vijayen': 'e for a in the last syllable beside a first name the check does not know (Pinarayi): how transliterations differ (Ahmed / Ahmad)',
  'sa02/002_83c037741d6ce7e2.txt Joseph Blunt': 'the slip makes a common English word (blunt): a capitalised word English also writes in small letters is no name the check compares',
  'sa05/008_49445786bfaa4863.txt Graeme Biggar, deputy director of the NCA': '"deputy director" against « directeur général »: a director is no title the check reads',
  'pt03/005_df50bb99c69c998c.txt avait quitté Benghazi,': 'one city for another: places are not compared between versions',
  'ry04/006_446f3df05a9342d1.txt 6-1, 6-4 in a final': 'a set\'s score: tennis scores are not compared between versions',
  'rz04/106_e8e25d940ed90475.txt Antonio Gutteres': 'two slips (a t doubled, an r undoubled): further apart than one slip',
  'rz05/109_6b0d549b6f03675a.txt de Dubaï ADQ': 'one city for another: places are not compared between versions',
  'rz07/113_90c192cfd3ac94af.txt Yasir al-Rumayan': 'a doubled consonant is how Arabic names are transliterated (a shadda written or not)',
  'rz08/114_f28c105d1fb17c23.txt to win back traffic and reign in losses.': '"reign in" is a noun and a preposition as often (\'his reign in Spain\'): not in style.en-common-slips',
  'rw02/000_13c658527e5fa39e.txt Tawfiq al-Rabbiah': 'a doubled consonant is how Arabic names are transliterated (a shadda written or not)',
  'rx03/005_c7727da52e399bfc.txt Mekès': 'a letter dropped from a place named once in each version, with no name beside it to tie it',
  'rx08/014_d433e9a1466db5a2.txt [paragraph dropped:  The government said it would …]': 'a sentence left out of a paragraph, which the check cannot tell from a translator’s choice: the lengths do not say it, or the article is not translated sentence for sentence',
  'rx08/014_d433e9a1466db5a2.txt Kemi Badenoch, deputy leader': '"leader" is no title the check reads',
  'rv04/000_386113fad5c92d38.txt comprised of': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'rs04/007_36f675cc81e74ef5.txt Le docteur Adrian Hill': '« professeur » and « docteur » are no titles the check reads',
  'rs04/006_e8e25d940ed90475.txt Tedros Adhanom Ghebreyesu': 'the last letter, and the built-in list does not hold Tedros',
  'rs06/010_3d9c172411e20b8f.txt who led the commission, comprised of 27 experts': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'rs08/014_f28c105d1fb17c23.txt in Worchester': 'an h added after a consonant is how transliterations differ (Chandrasekar / Chandrasekhar)',
  'rt06/010_766d7a884e9dc089.txt (FNLKS)': 'an acronym is no name the check compares between versions',
  'rt07/012_7dc96bcf362f75a6.txt [paragraph dropped:  "It is a law for French."…]': 'a sentence left out of a paragraph, which the check cannot tell from a translator’s choice: the lengths do not say it, or the article is not translated sentence for sentence',
  'rq02/003_4c0dc2c724822280.txt El-Fasher depuis mars': 'the other version\'s month (May) is stated in this version elsewhere: a reordering cannot be told from a slip',
  'rq03/004_0e0d8f1f2984b327.txt the UN Deputy High Commissioner for Refugees': 'a title with no name after it is no title the check compares',
  'rq06/011_686a29369ab217b0.txt L’eau est par contre le besoin': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'rq07/013_053c5b544ff87d12.txt Antonio Guterres': 'French copy often drops the accents of Portuguese and Spanish names (AFP writes Antonio Guterres)',
  'rr07/013_b307e0f59aa879bb.md Carlo Tavares a assuré': 'a final s dropped from a first name (Carlo / Carlos) is how languages write one name',
  'ro04/006_46c1f28c67f01940.txt Paul Atanga Nij': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'ro05/009_ba22fb30c659b877.txt Librevile': 'a doubled letter in a place named once, with no name beside it to tie it',
  'rp03/005_875361bfafd4a9f7.txt Xóchitl Galvez': 'French copy often drops the accents of Spanish names (AFP writes Pedro Sanchez): an acute English keeps is no slip in French',
  'rp04/007_97aecf235fa2fd5c.txt Tony Estanguet, vice-président': 'the English names no title to compare ("head of the organising committee")',
  'rp05/009_1950e09849994b69.txt Jayantha Jayasuria': 'an "i" or "y" beside a vowel is one transliterations drop (Matviyenko / Matvienko)',
  'rp06/011_2f46c233550b3d8e.txt Celestino Migliori': 'e for i is a vowel transliterations trade',
  'rp07/013_035a9680a317308c.txt Mahfud MD': 'one person for another named by a word in capitals: too little of a name to tell a person by',
  'rn02/003_f63dcdad86f7d41b.txt Emerse Fané': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'rk04/008_0620f0877e5fe381.txt had a capacity of 2,000 megawatts and was comprised of four': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'rk06/012_79f74d60ac03031e.txt By Saturday evening': 'the other version\'s weekday (« vendredi ») is stated in this version the paragraph before: a reordering cannot be told from a slip',
  'rk06/013_06e7df8e1eb1c66e.txt À Plougonvellin': 'a place named in one version only: nothing to compare it with',
  'rk07/014_817af708207473b7.txt of Greenpeace': 'one organisation for another, neither in the entity list: bodies are not compared between versions',
  'rl04/007_36f675cc81e74ef5.txt Thibaut Bruttin, rédacteur en chef': '« rédacteur en chef » and « directeur général » after a name: an editor-in-chief is no title the check reads',
  'rj03/004_e10909058213ccb4.txt Economy Minister Christian Lindner': 'an economy minister and a finance minister are one portfolio to the check: many governments, and their translators, call one office by either name',
  'ri01/000_4e5159e7625633ab.txt Xóchitl Galvez': 'an accent English drops',
  'ri04/007_e457c13d3a537652.txt Jørgen Watne Frydness': 'a last letter doubled, and a final s may be a plural',
  'ri05/009_8bbd97aaf94f136f.txt ancienne ministre de la Santé': 'a former office (« ancienne ministre ») is no claim the check compares',
  'ob07/112_ba49c19fc0a9c8be.txt Premier Francois Legault\'s': 'an accent English drops',
  'rh06/010_0a450addb7c78016.txt a 7-2 vote of the policy board, which is comprised of nine members.': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'rh03/005_c779ca012648c47e.txt Akhilesh Yadev': 'a for e in the last syllable is how names are transliterated (Ahmad / Ahmed)',
  'rh04/006_cbd644d449317b4b.txt former colonel': 'a former rank, away from the name, is no title the check reads',
  'rh07/013_af2abcc2d2c051a1.txt Par contre, le yen s’est apprécié': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'rc03/004_05e4168ea2eeb520.txt Home Secretary Seema Malhotra': 'a minister of one portfolio for another where the French names the portfolio in words the check does not read (« chargée des Migrations »)',
  'rc03/005_6f406808262595de.txt passera à 18\u202flivres': '« livres » alone is pounds or books: no currency the check reads',
  'rc05/009_a0f821411c14a2a8.txt Par contre, le financement viendra': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'rd01/001_6e6cbe2ec7160366.txt stade de Wembly': 'a vowel left out of a place named once, with no name beside it to tie it',
  'rd02/003_e300c4c6b3d5c423.txt Chapell Roan': 'a doubled letter dropped from a first name, which names spell more than one way',
  're03/104_1091eaccca6fc461.txt Deputy Governor Huw Pill': '« l’économiste en chef » is no title the check reads',
  'rf01/001_cda129d607c7aa4e.txt Omar Aliou Touray': '"ou" for "eu" is how transliterations differ (Alieu / Aliou)',
  'rf07/012_402129feca44b2fc.txt Mamani Nassire': 'an accent English drops',
  'qw03/005_b6bfaab3556de3e5.txt went to Sandrine Collette': 'one person for another: the newcomer is named elsewhere in this version',
  'qw06/010_5e5964d5d0d33817.txt producer Halina Reijn': 'a film’s "director" and "producer" are no titles the check reads',
  'qw08/014_f5ef2ff1ed88ecb2.txt Par contre, Mati Diop avait déjà obtenu': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'qx04/106_9da79b023da7faab.txt Salcedo Ortis': 's for z is a letter transliterations trade',
  'qx05/109_cd2e6df5e455479f.txt directeur général adjoint': '"executive director" / « directeur exécutif » is no title the check reads',
  'qy01/001_6513270e269e0d37.txt tête de série numéro trois': 'a seeding in words ("seeded second") is no figure the check reads',
  'qy05/009_6b0d549b6f03675a.txt Le Sud-Africain Wayde van Niekerk': 'one person for another where the paragraph of each version names several people the other does not',
  'qy07/012_0f21ddb66cad4a26.txt said Ferrari team principal John Elkann': '"team principal" is no title the check reads',
  'qz02/002_d15d224cb4a067bf.txt Noailes': 'a doubled letter in a place named once, with no name beside it to tie it',
  'qz03/005_06e3d789685c5ae8.txt Moore-Bik': 'a "c" before "k" written or not is how transliterations differ',
  'qz04/006_669934fff2ae8167.txt Gregory Doucet': 'an accent English drops',
  'qz05/008_85bbacb9574c7426.txt manager Sean Dyche': 'one person for another where the paragraph of each version names several people the other does not',
  'qz06/011_a074e7106c071804.txt Chatuchack': 'a "c" before "k" written or not is how transliterations differ',
  'rb01/001_bf9936bea5f73ff0.txt Kosiniak-Kamycz': 'c for s is a letter transliterations trade',
  'rb06/001_02edc1af50a954ea.txt Barow-in-Furness': 'a doubled letter in a place named once, with no name beside it to tie it',
  'qu07/022_0f21ddb66cad4a26.txt is comprised of a railway': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'qr01/001_fee2494267cd029d.md Le chef conservateur Pierre Poilièvre': 'an accent added where the English has none is flagged in the English, where the name is written as both versions should',
  'qr03/004_1aab5a8c9571c275.md Interior Minister Elisabeth Baume-Schneider': 'an accent English drops',
  'qr04/007_5fa383316744eaaa.md Maxime Prévot, président des Engagés, devient Premier ministre': 'an office after a verb ("devient Premier ministre") is no title the check reads',
  'qr08/015_0714673c00875bf1.md Jagmeet Sing': 'the last letter',
  'qr08/015_0714673c00875bf1.md Les droits de douane imposés par le premier ministre Trump': 'the English names no title to compare ("Trump’s tariffs")',
  'qs01/000_53c74898908db331.md Vice President Mahamadu Bawumia': 'a for u is a vowel transliterations trade',
  'qs03/004_9e0aa54c7c93269f.md | Pedro Nuno Santo | Socialist': 'the last letter',
  'qs06/010_d00ce829c6408716.md the Supreme Court annulled': 'one court for another: bodies not in the entity list are not compared between versions',
  'qp04/007_01ced5e25b67b2c8.txt Luka Jović': 'one person for another in a list of names: the paragraph of each version names several',
  'qq02/102_36c1077e7378764f.txt Gen. Mohamed Tumba': 'u for ou is how transliterations differ',
  'qq03/104_661cbaea227ad423.txt Governor Babagana Zulu': 'the last letter',
  'qq07/112_6a88a88c90a29f26.txt Mirriah, Magaria and Matameye': 'an accent English drops',
  'qq08/115_e966aedc3495cce1.txt Frederike Otto': 'a vowel beside a vowel written or not is how transliterations differ',
  'qo04/006_ffec3fee8ed2305d.txt Atiku Abubakr': 'a vowel left out between two consonants is how transliterations differ',
  'qo07/013_7f453a0ef5097b4f.txt la Mauritaine': 'a country spelt once in each version, each language its own way (Mauritania / Mauritanie): nothing ties the slip',
  'qn02/003_cf462883790833b4.txt Tata Sons Chairman N. Chandrasekharan': 'an h added after a consonant is how transliterations differ (Chandrasekar / Chandrasekhar)',
  'qn03/004_a1136dc3be3c0549.txt Chief Executive Benjamin Smit': 'the last letter',
  'qn04/006_6b4ca28a20ab4ea0.txt cheikh Mohammed ben Rachid Al Maktoum': 'one person for another of the same family name: "Al Maktoum" is named in both versions, and the first names are not before the same word',
  'qn04/007_882a138db9261ff1.txt Emirates Chairman Tim Clark': '« président » is a chairman or a president: the check cannot tell',
  'qn08/015_5e4374f9530baa88.txt Irregardless, nobody is against tourism.': 'inside a quotation: house-style rules leave quotes as spoken (quotations: skip)',
  'ql02/003_6cce089269104d4a.txt Raphael Bostik': 'k for c is a letter transliterations trade',
  'ql06/010_84bddb8044857fb1.txt Chakib Benmousa': 'a doubled s is one transliterations drop',
  'qm03/004_6f2b8e19a0c7d354.txt [paragraph dropped:  Les socialistes ont réclamé d…]': 'a sentence left out of a paragraph, which the check cannot tell from a translator’s choice: the lengths do not say it, or the article is not translated sentence for sentence',
  'qm05/008_71e3c0b8d59a2f46.txt L’entrée restera par contre gratuite.': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'qj01/001_a30b79d75bb642cb.txt Fahd al-Jalajil': 'e for i is a vowel transliterations trade',
  'qk06/011_47aa2dbad9e2ec8d.txt Fernando Grande-Marlasca': 'c for k is a letter transliterations trade',
  'qh08/015_1d3309deb697b9eb.md Ali Mahamane Lamine Zein': 'a final e dropped is how French and English spellings of a name differ (Ouane / Wane)',
  'qi05/008_0822e8f36c031199.txt Deputy Director Tirana Hassan': '"Executive Director" / « directrice exécutive » and "Deputy Director" are no titles the check reads',
  'qi06/011_9a1de644815ef6d1.txt Par contre, le gouvernement de Hong Kong a rejeté': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'qf02/021_9b7e2c5a1d4f8063.txt S.\u00a0Somnath': 'a vowel left out between two consonants is how transliterations differ',
  'qf03/030_7c1f5e9a2b6d4038.txt flight director Charlie Blackwell-Thompson': '"launch director" and « directrice du lancement » are no titles the check reads',
  'qf05/050_0d7a4b9e3f21c856.txt Kouru': 'u for ou is how transliterations differ',
  'qf08/081_3c9e5a07d2b81f46.txt l’université d’Essex': 'one place for another: places are not compared between versions',
  'qd03/004_36f675cc81e74ef5.txt Pedro Sanchez': 'French copy often drops the accents of Spanish names (AFP writes Pedro Sanchez): an acute English keeps is no slip in French',
  'qd07/013_3898d190f9ebdacc.txt Ambrogio Cartoso': 'a vowel beside a vowel written or not is how transliterations differ',
  'qb06/011_5aa2e300c452a17e.txt de la FCCPC, Adamu Abdullahi.': 'one person for another: the newcomer is named further down the same paragraph in both versions',
  'qc08/014_d997626114d5cfcb.txt Princess Sofía': '« infante » is no title the check reads: English copy calls the infanta a princess as often as not',
  'qa05/009_4d35e77f2d679477.txt a déclaré Aleksandar Vučić': 'one person for another: the person replaced is named elsewhere in this version, and the newcomer elsewhere in the other',
  'qa07/013_7c69a46706e3eb47.txt le prince Mohammed ben Salmane': 'one prince for another of the same father: a first name before "ben Salmane", which the English writes "bin Salman", too far from its own key for the check to tie the two surnames',
  'qa07/013_7c69a46706e3eb47.txt Haitham al-Gais': 'an h dropped after a consonant is how transliterations differ (Ghais / Gais)',
  'qa08/015_1c3f0a4f872055d5.txt Sangafowa-Coulibali': 'y for i is a letter transliterations trade',
  'pw04/006_8bd30fd730d70af0.txt Defence Minister General Mohamed Toumba': 'the French gives the office and then the rank (« le ministre de l’Intérieur, le général Mohamed Toumba »): only the title right before the name is read, the rank, which agrees',
  'pw05/008_0173079ff8d5c5ef.txt Mohamed Elmaouloud Ramdane': 'a vowel left out between two consonants is how transliterations differ (Ramadane / Ramdane)',
  'pw08/014_9040fb9c04ca5ada.txt village of Korda': 'the last letter of a place named once, with no name beside it to tie it',
  'px03/005_7be0219e645f7776.txt et le Calvados': 'one place for another: places are not compared between versions',
  'py02/002_86674df8977a31e7.txt IEC chief electoral officer Mosotho Moepya': '"chief electoral officer" is no title the check reads',
  'py05/008_403ef9b55de35eee.txt Vice President Mahamadu Bawumia': 'a for u is a vowel transliterations trade (Muhammad / Mohammad)',
  'py06/010_d6fa12b467e6b812.txt Hage Gaingob': 'a vowel beside another is how transliterations differ (Alieu / Aliou)',
  'pv07/012_cc1e186a60b1c6d6.txt the FCCPC\'s chairman': 'a title after a possessive ("the FCCPC\u2019s chairman") is not read',
  'pv08/014_fe028c233d3e13e8.txt [paragraph dropped:  Nigeria\'s Flutterwave and OPa…]': 'a sentence left out of a paragraph, which the check cannot tell from a translator’s choice: the lengths do not say it, or the article is not translated sentence for sentence',
  'pt01/000_9aff1c2c9235144f.txt Interior Minister Fernando Grande-Marlasca': 'c for k is a letter transliterations trade',
  'pt02/002_7ba76ee15e6bef91.txt Commission President Roberta Metsola': 'a president is compared as a president: the institution each version names before or after the title is not',
  'pq01/211_8c2e5d90a1f37b64.txt Tedros Adhanom Ghebreyessus': 'a doubled s is one transliterations add (al-Sisi / al-Sissi), and the built-in list does not hold Tedros',
  'pq06/088_d3a65f19c7e0b24a.txt chief executive, Bill Gates, said': 'one person for another: the other version names the newcomer elsewhere',
  'pq07/561_b48e0d7a2c9f1356.txt N\'dijli airport': 'a name after an elided « N’ » reads as a small word, not a name',
  'pr01/000_f2a74de452e6b438.txt Olayemi Cardozo': 'z for s is a letter transliterations trade',
  'ps06/011_1ef0950ddce46fb3.txt a saga comprised of two volumes published': '"comprised of" is a hint by default (style.en-comprised-of), shown only with --hints',
  'pn01/010_14359ae151f0ab78.txt Moussa Coulibali': 'i for y is a letter transliterations trade',
  'pn06/020_9ba3dfb62556ec85.txt mosquée de Fambitta': 'a doubled letter in a place named once, with no name beside it to tie it',
  'po07/001_7f2c0a95e4b6d813.txt Coach Carlo Ancelloti': 'a doubled letter moved is two slips',
  'po02/000_5c0d7e2a19f84b63.txt Belgium\'s Mathieu van der Poel': 'one person for another: the other version names the newcomer elsewhere',
  'pm03/001_c19f7b26e04a83d5.txt Il prévoit': 'a sentence left out of a paragraph, which the check cannot tell from a translator’s choice: the lengths do not say it, or the article is not translated sentence for sentence',
  'pm04/000_71e4d0b9a35c8f22.txt Born in Pume': 'a slip in a name of four letters, with no name beside it to tie it',
  'pm06/001_6b0f2c8e9a1d47e3.txt Moussa Faki Mahamet': 'a for e in the last syllable is how Arabic names are transliterated (Ahmad / Ahmed, Mahamat / Mahamet)',
  'ph03/031_c8437c6ca8693c28.txt le ministre des Finances, Luis Caputo': 'an economy minister and a finance minister are one portfolio to the check: many governments, and their translators, call one office by either name',
  'ph05/050_f96c582f705d8e7c.txt Republican Party of Johannes Kaiser': 'one person for another: the person replaced is named elsewhere in this version, so no stranger to it',
  'ph07/070_e995436b3a3ac5dd.txt Tarcisio de Freitas': 'an accent English drops',
  'pi01/000_69ddc2d6f148b81e.txt city of Suzzu': 'a slip in a name of four letters, with no name beside it to tie it',
  'pi08/015_aae63346bc5f5f5d.txt ISRO chairman K. Sivan': 'one person for another named by an initial and one word: too little of a name to tell a person by',
  'pj02/021_bd64b4c576c09876.txt finance minister, Itamar': 'the French office has a complement the check does not read (« d’extrême droite de la Sécurité nationale »), and spells "Ben Gvir" where the English writes "Ben-Gvir"',
  'pj03/030_7118b89e25e1af62.txt Ahmed al-Shaara': 'the French writes « al-Chareh », and the English writes al-Sharaa once elsewhere: nothing tells which of its two spellings slipped',
  'pj04/041_921bb5c626386e22.txt Air Base in Bahrain': 'one country for another: countries are not compared between versions',
  'pj05/050_99ab0c39ce34c0a7.txt le prince Mohammed ben Salmane': 'one prince for another of the same father: "bin Salman" is named in both versions, and only the first names differ',
  'pe01/101_3f9a1c7e5b2d4a60.txt Yassine Bonou': '"o" for "ou" is how transliterations differ (Bounou / Bonou)',
  'pe03/306_4a9c2e7b1f0d6c35.txt Ayachi Zamel': 'a doubled m is one transliterations drop (Mohammed / Mohamed)',
  'pf02/001_e8d4173b2a6c90f5.txt Andrius Kubilus': 'an "i" beside a vowel is one transliterations drop (Matviyenko / Matvienko)',
  'pf05/330_9b7c2e05a1d64f8e.txt said Marion Maréchal, who leads': 'one person for another: the other version names the newcomer elsewhere',
  'pf05/331_04f6d8b3e2c95a17.txt [paragraph dropped: La participation a atteint 51,…]': 'the versions differ in paragraph count by more than the paragraphs left over (the French merges two paragraphs elsewhere): a paragraph left out cannot be told from one merged',
  'pf08/113_0b7d2c9f6e4a1835.txt Viktor Orban': 'an accent French copy drops as often as not ("á" is no French letter)',
  'pg01/001_a81c44e09d7b3f25.txt Le groupe minier français Erammet': 'a doubled m is one transliterations add',
  'pb05/009_01f2256b34e566a8.txt Samantha Burgess': 'one person for another: the other version names the newcomer elsewhere',
  'pb08/014_ce3334cdd5770b34.txt Justino Martinez': 'an accent English drops',
  'pc05/019_f6d20cd4df5ae035.txt Laurent Berger, président de la CFDT': 'the English names no title to compare ("the leader of the CFDT")',
  'pa04/130_d2008561beee553f.txt Rishi Sunek': 'a for e is a vowel transliterations trade, and the built-in list does not hold Sunak',
  'pa06/151_b92188b00b28164f.txt Par contre, les dégâts les plus graves': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'oz07/012_d8c0dbec2dec54c3.txt Italian President Giorgia Meloni': '« présidente du Conseil » is a prime minister or a president: the check cannot tell which',
  'oy06/020_7c608c246dbc9640.txt made nine 3-pointers': 'the thing counted, "3-pointers" / « tirs à trois points », is no noun the check reads',
  'oy08/025_7df2e2c369af0aaf.txt Par contre, chez les femmes, la Néerlandaise': '« par contre » is a hint by default (style.fr-par-contre), shown only with --hints',
  'ov02/003_f0f7d93ccbb7af93.txt Kristof Milák': 'an accent dropped: French copy keeps foreign accents as often as not',
  'ow02/002_52142221576a922e.txt Omar Aliou Touray': '"ou" for "eu" is how transliterations differ (Alieu / Aliou)',
  'ox03/104_20ecb6a640803226.txt Cheikh Dia': 'a slip in a name of four letters or fewer, not in the entity list',
  'ox06/110_c04407da16482616.txt for the 2024/25 season': 'a season written with a slash ("2024/25") is not read',
  'ot03/005_8eef692b11cbbc0a.txt Miguel Pinto Lus': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'ot05/008_4fcf13ec42f5a412.txt Mansour Fay said': 'a slip in a name of four letters or fewer, and the entity list does not hold this Faye',
  'ot08/014_44fdd53d36bb3145.txt Vincentson said at the factory': 'o for e is a vowel transliterations trade',
  'op01/011_8c04e7b19a3f5d62.txt Murtala Muhamed': 'a doubled m dropped: Muhammed / Muhamed is how transliterations differ',
  'oq05/051_c85f1a3e6b09d27d.txt La directrice financière de Vodafone': '« directrice financière » is no title the check reads, and the English names the office after the name with a possessive ("Vodafone’s chief executive")',
  'or03/207_ecb35321647eef62.txt Brigadier General Abdourahamane Tiani received': 'the sentence has no date of its own, and the French « le général » is either grade',
  'p03/story.fr.md Hakainde Hichelema': 'e for i is a vowel transliterations trade',
  'q03/story.fr.md Lee Jae-young': 'a letter added is how transliterations differ most',
  'q11/story.fr.md M. Karlsson': 'the first letter: names differing there are other names',
  't02/215_d76d4330f1446bea.txt the juntas said the AES had': 'one organisation for another: the other version names both elsewhere, so neither is missing from it',
  't06/270_2827688de6a16a3b.txt Ali Mahaman Lamine Zeyne': 'y for i is a letter transliterations trade',
  't08/299_3fd4235992edcf45.txt Outtara, 83, has led': 'a near miss of a listed name at the start of a sentence, where capitals say nothing',
  't09/312_bb2edb20035b7399.txt Amadou Ouri Bah': 'the last letter',
  't11/340_63b229f1c4069545.txt Togo joining ECOWAS': 'one organisation for another, both named elsewhere in the other version',
  'w01/601_6018366cf658f7a7.txt général d’armée Abdourahamane Tiani': 'the story states no date of its own (its dateline has none): it may come after March 2025, when he was an army general',
  'w03/604_230824d215ceb3a1.txt operates the Loulo-Gounkouto complex': 'o for ou is how transliterations differ',
  'w05/608_07c15471a4517d6c.txt Le général de brigade Abdourahamane Tiani, investi': 'the story states no date of its own; its latest date is the day his rank changed, when either title may be told',
  'w06/611_92b850ad7eb72f82.txt Birame Soulaye Diop': 'a for e is a vowel transliterations trade',
  'w11/620_b9db434b610b1631.txt Fatimata Mbaya': 'the last letter',
  'a02/story.fr.md Omar Alieu Touré': '"é" for "ay" is how transliterations differ',
  'a12/story.fr.md Le président de la transition, Mamadou Doumbouya': 'Mamadou is a name of its own, two letters from Mamadi: someone else',
  'b01/story.fr.md Samuel Owusu-Ansa, 52': 'the last letter dropped',
  'b01/story.fr.md s’est imposée 1 à 3': 'a score’s two numbers are both there: their order is not compared',
  'b08/story.en.md Omar Aliou Touray': 'ou for u is how transliterations differ',
  'b10/story.en.md Zongho, 26, took': 'a letter added is how transliterations differ most',
  'c04/story.fr.md Omar Aliou Touray': 'ou for u is how transliterations differ',
  'd11/story.fr.md L’entraîneur de Médina, Ousmane Fay': 'a slip in a name of four letters: too short to tell from another name',
  'e03/story.fr.md Halima Bello-Yussuf': 'a doubled s is one transliterations add',
  'e04/story.fr.md plus de 7 millions d’hectares': 'in a paragraph the translator moved: it is aligned with another',
  'e05/story.fr.md l’ancien adjoint aux finances Laurent Ferrand et le gérant du cabinet de conseil, Patrick Vidal': 'two people swapped: each is still named in both versions',
  'e09/story.en.md The strike began on Oct. 9.': 'in a sentence the translator moved to another paragraph',
  'f04/story.en.md Turkish President Masoud Pezeshkian and Iranian President Recep Tayyip Erdogan': 'two people swapped: each is still named in both versions',
  'f05/story.en.md Lee Jae-myun': 'the last letter',
  'f08/story.en.md Juliet Binoche': 'the last letters',
  'f08/story.fr.md Jean-Pierre Dardenne a remercié': 'two brothers swapped: each is still named in both versions',
  'f10/story.en.md Senate Minority Leader John Thune': 'offices of people the entity list does not hold are not checked',
  'f10/story.fr.md Hakim Jeffries': '"i" for "ee" is how transliterations differ',
  'f12/story.fr.md María José Montero': 'another first name, several letters apart',
  'g06/000_f3b7a0c58e21d694.txt Le Niger s’est détourné de la France': 'one country for another, both named in the paragraph of the other version',
  'g10/story.fr.txt la capitale nigérienne': 'a country named by its adjective is not compared',
  'g14/story.fr.md quitter le Niger tant que': 'one country for another, both named nearby in the other version',
  'i07/story.en.md some 15m people': '"1.5m" may be metres or millions: left out',
  'i08/story.en.md its Q2': 'the French names the quarter as « le troisième de son exercice », which is not read as a quarter',
  'i10/story.fr.md Bassirou Diomaye Fall': 'Fall for Faye is two letters: another name',
  'i11/story.en.md | 12/24/2024 |': 'a numeric date that no order reads is not a date',
  'i11/story.fr.md | 12/22/2024 |': 'a numeric date that no order reads is not a date',
  'solo2/fr03.md Elle se rappelait volontiers de son premier souvenir': 'a word between "se rappeler" and "de" hides the construction',
  'k05/story.en.md said Yawovi Amegan, the police': 'an accent English drops',
  'k05/story.fr.md ont acheté entre juillet et septembre 2024\u202f120 boîtes de cinq médicaments courants': 'a year and a count joined by a no-break space read as one number',
  'k06/story.en.md [paragraph dropped: Banks reported record profits …]': 'the versions differ in paragraph count by more than the paragraphs left over: a paragraph left out cannot be told from one merged',
  'l12/story.fr.md affaire n°\u00a02024/132': 'a case number with a slash is not read as a number',
  'oh02/001_6c96670e42040bc0.txt Omar Alieu Turay': 'u for ou is how transliterations differ',
  'oh07/001_f3c0a6aa07e9933a.txt and Brigadier General Abdourahamane Tiani': 'the sentence has no date of its own and takes the one before it (January 2025), when he was a brigadier general',
  'oh10/001_fb7dca6931c91f56.txt le général d’armée Abdourahamane Tiani': 'a rank held at the story’s own date is accepted for an earlier day (the story states no date, and may come after March 2025)',
  'oi03/109_9823beb1e6ba3ad7.txt Xóchitl Galvez': '"á" is no letter French copy must keep (Spanish names lose it as often as not)',
  'oi04/112_5bae2d26683447c1.txt Kim Min-sook': 'o for e is a vowel transliterations trade',
  'oi05/116_33f5f28807f0cbd4.txt Mohammed Ghazi al-Jalili': 'i for a is how Arabic transliterations differ',
  'oi05/117_00d9f4ad53a2f2b6.txt d’"abattoir humain"': 'straight quotes after an elided apostrophe are not read as a quotation',
  'oi08/138_f1f0742a0e46c215.txt Georges Kurtz': 'a final s is how George and Georges differ between languages',
  'oi11/165_f585675fd1773781.txt Emil Zatopek': '"á" is no letter French copy must keep',
  'of01/000_da140cc99837071d.txt a quarter of households': 'fractions in words ("a third" / « un tiers ») are not read',
  'of02/003_4a9d62b4c70da263.txt 15.3 billion': 'a headline’s figure that the other version gives as a round of another (« 15 339 milliards ») is not compared with it',
  'of03/004_68d7146d155a577a.txt ranked second': 'ordinals in words ("first" / « première ») are not read',
  'of04/007_0498b775f94f4872.txt three-fifths': 'fractions in words are not read',
  'of09/017_e80babbf72dea650.txt énergie 2,1\u202f%': 'signs are not compared: one version may say "fell 2.1%" where the other writes « −2,1 % »',
  'og14/001_159d9c16eb5c35d9.txt contre 1 500 auparavant': 'an ordinary space grouping thousands is not checked',
  'og14/000_471968ce7b05bc1a.txt Kobenan Kouassi Adjumani': 'u for ou is how transliterations differ',
  'od02/826_2bf9a6281f48bffc.txt Omar Aliou Touray': '"ou" for "eu" is how transliterations differ (Alieu / Aliou)',
  'od03/419_682b6dbb40f0f651.txt Le général Goïta avait pris le pouvoir en août 2020': 'a title held at the story’s own date is accepted for a past event ("General Goïta seized power in 2020")',
  'od09/146_c7110f22f411fb61.txt Jean-Lucien Savi de Tove': 'an accent English drops',
  'oe05/story.en.md | Best Director | *Grand Tour* | Miguel Gomez |': '"z" for "s" is a letter transliterations trade',
  'oe07/finale-can.md | Demi-finale | Côte d’Ivoire 2-0 RD Congo |': 'each figure of the score is stated elsewhere in the other version’s table: a reordering cannot be told from a slip',
  'oa01/102_3e426d7a0e0d44cf.txt Rustem Umarov': 'the French spells him Oumerov: two letters from Umarov, where transliterations differ',
  'oa01/102_3e426d7a0e0d44cf.txt Ukrainian Defense Minister Andrii Sybiha': 'the French calls him « son homologue »: no title to compare',
  'oa05/111_9f35e1e895880860.txt Olivier Nduhungihere': 'two letters swapped that are not neighbours are two slips',
  'ob03/105_bc38d756d0055979.txt Le conseiller d’État Albert Rösti': '« conseiller d’État » is no title the check reads',
  'ob06/110_c63d5f77bb3a6a06.txt devant le grand-duc Jean': 'one person for another, neither in the entity list; « grand-duc » is no title the check reads',
  'ob08/115_88177abd25fbab1b.txt assistant coach Martin St. Louis': '"assistant" before a title makes it another office, which is not compared',
  'ob11/121_54b1070f63eb18aa.txt CSN president Magali Picard': 'the organisation before a title is not compared',
  'oc07/000_995c798e76f1f242.txt Vice President William Ruto': 'the French says « le chef de l’État »: no title the check reads',
  'j07/013_f3c0a6aa07e9933a.txt party of former Prime Minister Sidya Touré': 'one person for another, neither in the entity list; a title after "former" is not compared',
  'j12/022_2202f16bb6228d2e.txt Omar Aliou Touray': '"ou" for "eu" is how transliterations differ (Alieu / Aliou)',
  'm02/003_bd82cb23241caf2d.txt Edin Terzic': 'an accent English drops',
  'm04/007_4219874118dc3be6.txt Nigel Amos': 'g for j is a letter transliterations trade',
  'm10/019_183f3e98c40e8c23.txt le samedi 25 mai à Lyon': 'one city for another, both named in the paragraph of the other version',
  'n09/001_8f6d05584ef8aa38.txt Laurence de Cars': 'a particle ("des" / "de") is a word of its own, not compared',
  "n11/001_b64ce4228c38fb29.txt Michelangelo Antonioni's": 'one person for another, neither in the entity list',
  'y01/100_4ad21a63cf4d2a05.txt Guinea-Bisau': 'a doubled s is one transliterations drop, and the built-in list does not hold Guinea-Bissau',
  'y05/109_b242b7491717759f.txt Éric Lombart': 'a last \'d\' for \'t\' is a letter transliterations trade (Mohamed / Mohammet)',
  'y08/115_6b4e4ed0c6101c85.txt King Albert': 'one person for another, neither in the entity list: translation.entity speaks only of listed people',
  'z01/105_c07e4b19a2d36f58.txt Diamnadio': 'a vowel dropped beside another is how transliterations differ',
  'z05/531_e4a07c2d9f16b385.txt Alpha Conde': 'an accent English drops',
  'z08/861_b47f1a6d3e0c2859.txt Eric Duhaime’s': 'an accent English drops',
  'h02/003_bbab79a51b593786.txt Maribel Albalad': 'a last \'d\' for \'t\' is a letter transliterations trade',
  'h03/004_855b2b59230be511.txt A bout 25,000 residents': '\'A\' and \'bout\' are both words: a split is drop-cap debris only where it makes no words',
  'h04/006_a5b4fa081a7cc1ac.txt at Charterhal,': 'a last letter doubled or not needs the same neighbour in both versions, and a place has none',
  'om07/012_ec8f91f2bf3278c2.txt replacing Shabana Mahmoud,': '"ou" for "oo" is how transliterations differ',
  'om07/013_694f4b32ea2eb45c.txt Rachel Reeves, ministre': 'one person for another: the English names the newcomer elsewhere',
  'on04/001_9f6a2c8e14d37b05.txt [paragraph dropped: His family said the funeral wo…]': 'a last paragraph with no figure, date or new name: nothing to tell it from one merged into the paragraph before',
  'on04/000_2e84d1a6b9f057c3.txt [paragraph dropped: \u202f; il avait été placé sous cur…]': 'a part of a sentence left out: paragraphs are compared, not sentences',
  'on06/001_0c6d94a1f3e8b27d.txt Karima Ashadu': 'the last letter',
  'oo04/001_2a6c8e0f4b7d1953.txt Khalifa Haftar': 'one person for another: the other version names the newcomer elsewhere',
  'oo07/001_8f2c6b0e4a1d7395.txt village of Fass Boy': 'a slip in a name of four letters or fewer: too short to tell from another name',
  'oj07/001_1920bee59bab70c5.txt [paragraph dropped:  He reinvented the role of the…]': 'a sentence left out of a paragraph, which the check cannot tell from a translator’s choice: the lengths do not say it, or the article is not translated sentence for sentence',
  'ok02/021_e2faafeb547bbe38.txt Burkina Fasso': 'a doubled s is one transliterations add, and the built-in list does not hold Burkina Faso',
  'ok05/050_d2b7378c7f1c2bda.txt a former Navy commander': 'a title after the name, and after "former", is not read',
  'ol02/003_dcc28ce3e812e482.txt Afreximbank': 'one organisation for another, neither in the entity list',
  'ol05/008_4dc575a84ec43c7c.txt Bonabéry': 'y for i is a letter transliterations trade',
};

/** Findings no injected error explains: each is a consequence of one, said why. */
const KNOWN_SIDE_EFFECTS: Readonly<Record<string, string>> = {
  '/w/vj06/010_c4eec4e0858c8b76.txt date.weekday "mardi"': 'vj06 French was given the year 1984 in its dateline: « le mardi 5 mars » below it is then a Monday, as the weekday check says',
  '/w/uv01/000_0fb65bc92bb92a0f.txt date.weekday "samedi"': 'uv01 French was given the year 2016 in its dateline: « samedi 25 avril » below it is then a Monday, as the weekday check says',
  '/w/qy02/003_d23f0824128b2f33.txt date.weekday "Sunday"': 'qy02 English was given the year 2023 in its dateline: "Sunday, 9 June" below it is then a Friday, as the weekday check says',
  '/w/od01/872_4ad646000484bf0a.txt entity.title "Colonel"': 'od01 English was given the year 2025 for 2024: at that date Goïta is a general, as the title check says',
  '/w/od01/872_4ad646000484bf0a.txt entity.title "Brigadier General"': 'the same, for Tiani, an army general by then',
};

/** Caught errors no fix can undo to the letter, by design: each says why. */
const NOT_RESTORED: Readonly<Record<string, string>> = {
  'tt07/012_4b510e7df1d78798.md about 4 billion euros a year': 'the French says « francs » alone: the fix writes "francs", where the writer had "Swiss francs"',
  'wj04/006_c35d7d3b92e4016e.txt caution de quinze millions': 'the fix writes the figure in digits (« 5 millions »), where the writer spelt it out (« cinq millions »)',
  'wk05/009_ebbed27c2209d397.txt Johann Rupert, directeur général de Richemont': "a company's office after the name (« directeur général de Richemont ») is compared but not rewritten",
  'wk08/014_9b73cfcc8f299357.txt had agreed in August 2022': 'two errors in one line (a date and a price): each fix puts back one of them',
  'wk08/015_7b35302a40c30011.txt La juge de district Analisa Torres': 'two errors in one line (a person and a misspelling): each fix puts back one of them',
  'wk08/015_7b35302a40c30011.txt injonction préliminare': 'two errors in one line (a person and a misspelling): each fix puts back one of them',
  'wl03/005_0d84f4d6904cbd50.txt le ministre des Affaires étrangères par intérim, Claude Joseph': 'an acting office (« par intérim ») is compared but not rewritten',
  'wl04/007_578cb6356835bb7f.txt Le Premier ministre Jocelerme Privert': 'the fix says the office (« président »), and drops the « provisoire » the writer had',
  'wl05/009_474ca609e2d44d6b.txt in neighbouring Barbados': "the fix writes the country's name as the list spells it (\"Saint Vincent and the Grenadines\"), where the writer had \"St. Vincent\"",
  'we01/001_d1eeb309e24eb71f.txt 98 points, contre 96': 'two errors in one line (a figure and a first name): each fix puts back one of them',
  'we01/001_d1eeb309e24eb71f.txt depuis Graham Hill en 1996': 'two errors in one line (a figure and a first name): each fix puts back one of them',
  'wf01/001_a6a3a4506513270e.txt Premier ministre Haïder al-Abadi': 'the fix writes the name as the English version does (Mustafa al-Kadhimi), where the French transliterated it (« Moustafa al-Kazimi »)',
  'wh04/006_bcc7e8d92354e640.txt malgré qu’il ne produit': '« malgré que » is fixed to « bien que », the usage guides’ choice; the writer had « alors que »',
  'wd07/013_ab195b4791d5d9ef.txt Saturday, April 25, about': "two errors in one paragraph pair (the English date, the French weekday): each version's fix copies the other's error",
  'wd07/012_b044d527dd1775a9.txt station dimanche 24 avril': "two errors in one paragraph pair (the English date, the French weekday): each version's fix copies the other's error",
  'wd08/014_7210d3dbe88f40a2.txt à 17h03 (15h03 GMT)': "two errors on one line pair (the city and the time): the city's finding covers the line, and \"1603 GMT\" is paired with « 17h03 », a time in no written zone, so the time is not compared",
  'wb01/001_85241b0368649387.txt Yuri Ushakov declined': "the person fix copies the other version's spelling of the name (« Dmitri Peskov »), not this version's (Dmitry)",
  'wb07/013_769f1c1ac666c7a8.txt Secretary for Justice John Lee': "a secretary's bureau (\"Secretary for Justice\") gets no title fix",
  'wc03/004_fff8d120f78948e5.txt président russe Dmitri Medvedev': 'the fix writes the English spelling of the person the other version names (Vladimir Putin): the French spelling is nowhere in this version',
  'wc05/008_7bbde0ea07dc400c.txt et le directeur sportif Erik ten Hag': 'translation.title offers no fix: a sporting director against a manager, and which office the other version means is the editor’s call',
  'wc06/011_fae433a4ad4ee042.txt le directeur sportif de Dortmund': 'translation.title offers no fix: a sporting director against a manager, and which office the other version means is the editor’s call',
  'wc07/013_d5b151db77b5d6b9.txt le 7 juin à Budapest': 'the city list holds Prague and Praha, not which one French writes: the French version gets no city fix',
  'vw05/009_245edebc817af708.txt 650 percentage points': 'a unit of two words (percentage points, basis points) gets no unit fix',
  'vw03/005_284a2d4f781b9a43.txt Le Premier ministre, Jeremy Hunt': 'translation.title offers no fix: the Chancellor of the Exchequer is « ministre des Finances » or « chancelier de l’Échiquier », and which one the writer would say is the editor’s call',
  'vx05/008_207473b706e7df8e.txt à Gleneagles, en Irlande': 'the fix writes « Écosse » with its accent, where the writer had « Ecosse »',
  'vs05/008_1600a35a099950d8.txt deux incendies dans les Landes': 'translation.place offers no French fix for a département: « dans les Landes » for « en Gironde » needs its preposition changed too',
  'vs04/007_36f675cc81e74ef5.txt about 1,500 miles to Edmonton': 'the unit fix writes the word ("kilometres"), where the writer had the symbol (km)',
  'vs06/010_3d9c172411e20b8f.txt Defence Minister Bill Blair': "the title fix names the portfolio in the vocabulary's words (\"Public Security\"), not Canada's (\"Public Safety\")",
  'vs07/013_90c192cfd3ac94af.txt More than 7,000 firefighters': 'two errors on one line (7,000 and Porto): each fix restores its own, not the whole line',
  'vs07/013_90c192cfd3ac94af.txt about 150 km north-east of Porto': 'two errors on one line (7,000 and Porto): each fix restores its own, not the whole line',
  'vt04/007_79763df842b1b17f.txt Commerce Secretary Steven': "an American secretary's department gets no title fix (Commerce, Treasury)",
  'vt07/012_fae9aab447172d33.txt euros ; le reste': 'two errors on one line (16 millions and the space before « ; »): each fix restores its own, not the whole line',
  'vt07/012_fae9aab447172d33.txt à hauteur de 16 millions': 'two errors on one line (16 millions and the space before « ; »): each fix restores its own, not the whole line',
  'vr02/002_cf8edef0669b0227.txt average speed of 47.8 mph': 'a speed\'s unit slipped (mph / km/h) gets no unit fix',
  'vr04/007_d9e41a92ab0f6911.txt Le Britannique de 38 ans': 'two errors on one line (the age and the town): each fix restores its own, not the whole line',
  'vr04/007_d9e41a92ab0f6911.txt partie de Saint-Michel-de-Maurienne': 'two errors on one line (the age and the town): each fix restores its own, not the whole line',
  'vr08/014_b6419e6db18a820b.txt USADA chairman Travis Tygart': 'a chief executive\'s or a chairman\'s title gets no title fix',
  'vq02/003_7d2a7478cb76a419.txt en Alberta': 'a region fix is left out where French would change its article or preposition (« en Colombie-Britannique »)',
  'vq08/015_b1313076b1f6ced9.txt et l’Ohio': 'a region fix is left out where French would change its article or preposition (« le Michigan »)',
  'vq07/013_1a84f7fd8152d892.txt six millions de dollars': 'a figure in words gets its fix in digits (« 6 milliards », not « six milliards »)',
  'vo05/009_7a15af7520eb7361.txt EDF, Jean-Bernard Lévy': 'the person fix copies the other version\'s spelling of the name, without the accent this version writes (Remont, not « Rémont »)',
  'vm05/008_1dc255bc99c8e096.txt US Defense Secretary Mike Pompeo': 'an American secretary\'s department gets no title fix (Defense, State)',
  'vn05/009_f28c105d1fb17c23.txt Le secrétaire américain à la Défense Antony Blinken': 'an American secretary\'s department gets no title fix (Defense, State)',
  'vm06/010_0e62edec7db44370.txt Mexican President Enrique Pena Nieto': 'the person fix copies the other version\'s accents (« López Obrador »), which this English version drops',
  'vn08/014_2217beaddbc496cb.txt defeating former vice president Sandra Torres': 'a first lady is no office a title fix writes',
  'uk07/013_18b3287ffba6411d.txt 7.5 million Swedish kronor': 'the country fix gives "Norwegian", but the currency\'s own word stays Swedish (kronor, not kroner)',
  'ur03/005_085fb623a24beb29.txt britannique et russe': 'two errors on one line (the place and the nationality): each fix restores its own, not the whole line',
  'uy02/003_feeb7f263f9de792.txt le militant allemand': 'two errors on one line (the age and the nationality): each fix restores its own, not the whole line',
  'vj07/013_efdf992894ad86fd.txt Premier ministre Mikhaïl Michoustine': 'the person fix copies the other version\'s spelling of the name (Dmitry, not « Dmitri »)',
  'vl05/008_4e6be6e7586339d4.txt Maersk chairman Vincent Clerc': 'a chief executive\'s or a chairman\'s title gets no title fix',
  'vl07/013_a96bc4e77682faa5.txt Homeland Security Secretary Pete Buttigieg': 'an American secretary\'s department gets no title fix (Homeland Security, Transportation)',
  'vg04/007_52c845866ad68859.txt minus 70 degrees Fahrenheit': 'a temperature in another scale gets no fix: the same figure in °F and °C are two temperatures, and which was meant is the editor\'s call',
  'vh08/015_3903ec342a8bb2bd.txt a 2 billion dollar order': 'the currency fix writes the plural ("2 billion euros order"), where the word stands as an adjective ("euro order")',
  'vh08/014_754ef2534ed6f7e3.txt Johnstone, directeur général par intérim': 'a chief executive\'s or chairman\'s title is not one the title fix names',
  've05/009_30f47f35d0380cfb.txt trois millions de bahts': 'the fix states the figure in digits (« 3 milliards »), where the writer spelt it out',
  'vf01/000_bf67b782ee873be1.txt Irrigation Minister Sameh Shoukry': 'irrigation is read as a portfolio but is not one the title fix names',
  'vf02/003_167121598beb379e.txt dirigée par Alan Winde': 'with its name changed, the paragraph no longer aligns with its counterpart: it is reported as one with no counterpart (translation.missing), which has no fix',
  'vf04/007_9824567dc8a781a2.txt Kremlin spokesman Dmitry Medvedev': 'the fix gives the other version\'s spelling of the name (« Dmitri Peskov »), not this version\'s',
  'vf07/012_7bd8b6ae7f23fd58.txt 1 milliard d’euros': 'Brazil\'s real gets no currency fix: the fix names a few currencies only',
  'vc02/003_83faac572f564652.txt L’Andalousie est devenue': '« L’Andalousie » against another region named with « la » or « le »: the French fix would need its article changed, and gets none',
  'vc05/008_207473b706e7df8e.txt 500 millions d’euros': 'an Australian dollar ("A$") gets no currency fix: the French word would need « australiens » after the scale',
  'vc05/008_207473b706e7df8e.txt La ministre des Finances, Julie Collins': 'housing is read as a portfolio but is not one the title fix names',
  'vc08/015_e9a462ce0fa030a0.txt Finance Minister Desmond Lee': 'national development is read as a portfolio but is not one the title fix names',
  'vd02/002_cccc54476dec9e89.txt dividende de 30 euros': 'cents against euros: a currency fix names currencies, not a currency\'s cents',
  'vd03/004_38b43bfd85297d9c.txt le président de l’IATA, Willie Walsh': 'an organisation\'s director general is not an office the title fix names',
  'va04/006_22ad89bbda052499.txt follows 36 royal artefacts': 'two errors on one line (26 → 36 and Cotonou → Porto-Novo): each fix restores its own, not the whole line',
  'va04/006_22ad89bbda052499.txt from Paris to Porto-Novo': 'two errors on one line (26 → 36 and Cotonou → Porto-Novo): each fix restores its own, not the whole line',
  'vb06/010_1b7f2a86e57e985c.txt géographie de 49 ans': 'two errors on one line (the age and the date): each fix restores its own, not the whole line',
  'vb06/010_1b7f2a86e57e985c.txt le 17 octobre 2020': 'two errors on one line (the age and the date): each fix restores its own, not the whole line',
  'vb06/011_6441252e04d66b05.txt prosecutor Franck Zientara': 'a judge\'s or prosecutor\'s title is not one the title fix names',
  'pd03/004_caf263505f6afd4e.txt Deputy Governor Mamo Mihretu': 'a deputy gets no title fix: a guess at how the other office is said would be a fix to undo',
  'uz04/007_76a7be6739ade628.txt ministre des Finances de Jersey': '"external relations" is read as the foreign portfolio but is not one the title fix names',
  'uy02/003_feeb7f263f9de792.txt Max Schrems, 53 ans': 'two errors on one line (the age and the nationality): each fix restores its own, not the whole line',
  'uz08/014_ef0828f6d3cc63bc.txt au large de la Nouvelle-Écosse': 'regions get no fix',
  'uv04/007_f7a6eb787ea29219.txt between $2 billion and $3 million': '« entre deux et trois milliards » is read as one range; the figures are paired the other way round, and the fix rewrites the first',
  'uv07/013_48bae67a20f1c2a0.txt 23 million people': 'the same line has another injected error (a region)',
  'uv07/013_48bae67a20f1c2a0.txt southern province of Punjab': 'translation.place offers no fix for a state or region: which one is right is the editor’s call',
  'uv08/015_ad7076291f5bae39.txt afin de pallier à la propagation': 'the fix mends « pallier à » as house style asks; the writer had « éviter », another verb',
  'us04/007_6b0d549b6f03675a.txt France captain Didier Deschamps': 'translation.title offers no fix: a coach is « sélectionneur » or « entraîneur », and which the other version means is the editor’s call',
  'us06/011_f28c105d1fb17c23.txt Dortmund sporting director Hans-Joachim': 'translation.title offers no fix: « président du directoire » is two offices, and which one English would say is the editor’s call',
  'ut03/004_b4f2c37adeff9ced.txt is to run for 90 days': 'the same line has another injected error (a city), missed',
  'uq07/012_cd0656df89a64ab0.txt ministre en chef de l\'Uttar Pradesh': 'translation.place offers no fix: which version names the right state or region is the editor’s call',
  'up03/004_edc391c7faff01ae.txt western city of Mumbai': 'translation.place offers no fix: which city is right is the editor’s call',
  'up03/004_edc391c7faff01ae.txt efficacy was 70.24%': 'the same line has another injected error (a city)',
  'up04/007_972e690b88817a9a.txt Health Minister Hugo': 'a title has no fix where a deputy is one of the two: which deputy, and of what, is the editor’s call',
  'ul03/004_411e994a7f67eb50.txt Treasurer Scott Morrison announced': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'un03/005_81c6e0a82799f5cd.txt Environ 56 000 enseignants': 'two errors in one paragraph (the number of teachers, Laval): each fix puts back one of them',
  'un03/005_81c6e0a82799f5cd.txt à Montréal, à Longueuil,': 'translation.place offers no fix: which version names the right city is unknown',
  'uj06/010_d6596bee175d37c3.txt opened on Wednesday, February 2, 2010': 'the error added a weekday to the date: date.weekday\'s fix writes the right one (Tuesday), not the words the error replaced',
  'uk05/009_947566fd5e05c111.txt en juin 1980': 'two errors in one paragraph (Busan, June): each fix puts back one of them',
  'uj03/004_cb3f00d511b498b4.txt Minister of Finance Dagmawit': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'uj02/003_4f5f8d3347178a01.txt de Madrid à 10': 'translation.place offers no fix: which version names the right city is unknown',
  'uk06/010_93ce56ab954a5656.txt Née à Kharkiv': 'translation.place offers no fix: which version names the right city is unknown',
  'uj04/006_3a31e66f77442de5.txt was a Pakistani national': 'translation.country offers no fix: which version names the right country is unknown',
  'uk08/014_d129d5fd4d081fed.txt de la Banque mondiale': 'translation.entity offers no fix: the error replaced a title with another body (IMF chief economist / « de la Banque mondiale »), and which body is right is unknown',
  'uh01/000_ac99ac7f87db5ddd.txt Senate President Gerard Longuet': 'translation.person\'s fix writes the name as the other version spells it (« Gérard Larcher »), with the accent this English version left out',
  'uh02/003_ddcca59fe9fd995f.txt lord chancelier': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'uh06/010_6ebca7f56b146a34.txt Vice-Chancellor Olaf Scholz': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pt07/012_65d4e0827ab415b3.txt IOM Deputy Director General Amy Pope': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pt07/012_65d4e0827ab415b3.txt the real toll could of been much higher': 'the error rewrote the phrase: the fix makes "could of" "could have", right for the rule, not the words it replaced',
  'pu08/014_2ee320d939b6992a.txt FAO Deputy Director-General Qu Dongyu': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pv02/003_f7f62dbb9188aa5d.txt le commissaire Graham Doyle': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ug06/010_cc4d7a0b3412dbba.txt Mr Justice Tony Hunt, presiding': 'the error replaced the title with the person (Ms Justice Tara Burns, Mr Justice Tony Hunt): the fix puts the name back, not the title',
  'ub06/011_f471173585559239.txt Crist served as attorney general from': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ue07/012_8ad023aecf3ad667.txt served as Spain\'s defense minister': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ud04/007_1eb848eb74d3de13.txt Le directeur sportif du Bayern, Thomas Tuchel': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ud06/011_7c9348f3ac45a3da.txt Le capitaine Andy Farrell dirige': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'tx01/001_cf750c1e6bcc2ada.txt Sergueï Lavrov': 'the fix writes the English spelling of the person the other version names (Sergei Shoigu): the French spelling is nowhere in this version',
  'ty04/006_6485af42cfce118d.txt about 1.3 million tonnes of oil equivalent': 'a unit changed gets no fix: how the other unit is said in this language is the editor’s call',
  'ty06/011_ff87b676a32f6c3c.txt dans l’État de l’Oregon': 'translation.place offers no fix: French elides before a vowel, and which place is right is the editor’s call',
  'tz02/002_1b3da860176b9b9c.txt Kalamazoo, dans l’Indiana': 'translation.place offers no fix: French elides before a vowel, and which place is right is the editor’s call',
  'tz07/013_60d2027557fc968e.txt basé à Zurich, en Suisse': 'translation.place offers no fix: French elides before a vowel, and which place is right is the editor’s call',
  'ua01/000_94c96847e4933674.txt Col. Abdourahamane Tiani': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ub03/005_f18005898b8b8b1e.txt La ministre des Finances de l’Alberta, Danielle Smith': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ub08/015_2277d9ae82aa1d96.txt John Thune, du Dakota du Nord': 'translation.place offers no fix: French elides before a vowel, and which place is right is the editor’s call',
  'tt03/005_fbe538d1d5ccd186.md puis la Banque d’Irlande': 'translation.country offers no fix: a French country takes its own article and preposition',
  'tr03/005_5609fe04da962e65.txt le 18\u202ffévrier 1913': 'caught, but compared with the wrong English date: the French adaptation merges the death and its announcement into one paragraph, and its fix writes the announcement\'s date',
  'tr05/008_4c3da47aa912e447.txt a 27-mile ring': 'a unit changed gets no fix: how the other unit is said in this language is the editor’s call',
  'ts03/004_fbc553b2d31c1ca3.txt General manager Michael Malone\'s team': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ts05/008_3b2b4bf5507b9fd7.txt England captain Sarina Wiegman': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'tl04/006_1cadba3c82ed9eb7.txt NASA Deputy Administrator Bill Nelson': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'tl06/011_ac735042f5ddc8fa.txt le secrétaire d’État Mike Pence': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'tm06/011_f634ba0152c8bec9.txt The plant, with four reactors,': 'counted as caught through a translation.missing note on its paragraph: with the last paragraph dropped too, the alignment pairs the paragraphs after it one off, and the figure is not compared',
  'tm07/012_f63d29e92d6d0bba.txt Thursday, March 10, 2022': 'the fix writes "February 10": the article abbreviates no other month, so nothing says it writes "Feb." in AP style',
  'tn03/004_b922bd6932da810d.txt The Met\'s general manager': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'to03/004_557569a19d5e9e5d.txt foreign minister Sanae Takaichi': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'sl07/013_a4c990d46d163588.txt à Djeddah,': 'translation.place offers no fix: a French place takes its own preposition',
  'sz06/011_0fd630f1f29d0da9.txt in Casablanca on': 'translation.place offers no fix: which city is right is the editor’s call',
  'tj07/112_f02c805b25ba4327.txt Prime Minister Choi Sang-mok': 'a title has no fix: which one is right is the editor’s call',
  'tk05/008_b10a47a8fb569842.txt Treasury Secretary Howard Lutnick': 'a title has no fix: which one is right is the editor’s call',
  'tg03/001_ffaf27908c3c0d58.txt Le ministre américain de l’Intérieur, Merrick Garland': 'a title has no fix: which one is right is the editor’s call',
  'th04/107_337e7c989983d7ce.txt La présidente de la République italienne': 'a title has no fix: which one is right is the editor’s call',
  'th04/107_337e7c989983d7ce.txt de l’OTAN': 'translation.entity offers no fix: which organisation is meant is the editor’s call',
  'ti02/003_88b984109628d7dc.txt Le ministre de l’Intérieur, Merrick Garland': 'a title has no fix: which one is right is the editor’s call',
  'tg04/000_3048102a1fef733d.txt Representative Ron Wyden': 'a title has no fix: which one is right is the editor’s call',
  'td05/009_be4551d713bd6ad4.txt le vice-Premier ministre, Leo Varadkar': 'a title has no fix: which one is right is the editor’s call',
  'te05/008_e238f42c5808b795.txt Deputy Prime Minister Justin Trudeau': 'a title has no fix: which one is right is the editor’s call',
  'tc05/008_6b6c37d1f046deae.txt Finance Minister Emmanuel Armah-Kofi Buah': 'a title has no fix: which one is right is the editor’s call',
  'sy07/012_b4ea702911a82819.txt Deputy Mayor Philippe Close': 'a title has no fix: which one is right is the editor’s call',
  'sq03/000_21d17a5e54107fc2.txt Imperial\'s provost, Hugh Brady': 'a title has no fix: which one is right is the editor’s call',
  'sz05/009_f28c105d1fb17c23.txt 1,550 miles': 'another unit has no fix: the figure is not the same distance in miles and kilometres',
  'sx04/007_ae11ff14d3f8399e.txt Le président de l’équipe, Grant Dalton': 'a title has no fix: which one is right is the editor’s call',
  'sr06/000_be6b32ffb90c0b90.txt FAO Deputy Director-General Qu Dongyu': 'a title has no fix: which one is right is the editor’s call',
  'st02/002_cf5e809fa5c09ef4.txt Brussels police chief Julien Moinil': 'a title has no fix: which one is right is the editor’s call',
  'st04/007_26831ca4135130bd.txt La commandante Marie-Claude Dandenault': 'a title has no fix: which one is right is the editor’s call',
  'sv02/003_b9f102e460312b45.txt à destination de Djeddah': 'translation.place offers no fix: French elides before a vowel, and which city is right is the editor’s call',
  'sn01/001_3d6fd5038e824872.txt directeur financier du groupe': 'a title has no fix: which one is right is the editor’s call',
  'sn04/007_1ee6baf77ce9ae45.txt 12,8 milliards d’euros': 'another currency has no fix: which one is meant is the editor’s call',
  'so02/002_6045457015aa8d40.txt the group\'s chief financial officer': 'a title has no fix: which one is right is the editor’s call',
  'so04/007_a4ef404abf24cd1b.txt Patrizio Bertelli, directeur général du groupe': 'a title has no fix: which one is right is the editor’s call',
  'so07/013_f21f914f7f852918.txt le vice-gouverneur Babajide Sanwo-Olu': 'a title has no fix: which one is right is the editor’s call',
  'sp06/061_87afbb326ece8c99.txt Pour pallier à ce défaut, le gouvernement s’est engagé': 'the tester added words with the slip; the fix mends the slip (« pallier ce défaut ») and keeps them',
  'sp07/070_77a36b342e05ec79.txt 144,000 litres a day': 'another unit has no fix: the figure is not the same amount in litres and cubic metres',
  'sj04/007_eb471d539dca2405.txt Le directeur financier d’Arianespace': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'se04/604_0822e8f36c031199.txt le Premier ministre He Lifeng': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'se04/605_17fc695a07a0ca6e.txt Commerce Secretary Scott Bessent': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'se06/575_b38a088ca65ed389.txt Treasury Secretary Howard Lutnick': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'c05/story.fr.txt a voté la reprise de son indépendance.': 'translation.missing offers no fix: the sentence left out is the translator’s to write',
  'rz05/108_1600a35a099950d8.txt Deputy Governor Hassan Abdalla': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'rz04/107_36f675cc81e74ef5.txt Ali Larijani': 'translation.person’s fix writes the other version’s spelling (Shamkhani), not the French transliteration (Chamkhani)',
  'pj06/060_50ef01d5730ef236.txt did not name a candidate.': 'translation.missing offers no fix: the sentence left out is the translator’s to write',
  'oi10/156_afbec9a66dbb8cb8.txt Cardinal Laurent Ulrich': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qj06/010_f8f2c16bea2a9b2b.txt Cardinal Laurent Ulrich': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'rw04/000_8fcef413c883adc3.txt Archbishop Mario Grech': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'rw06/000_6fe8d6d54418e3b7.txt Cardinal Laurent Ulrich': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'rw05/001_e4d14c769406ad40.txt aux Philippines': 'translation.country offers no fix: a French country takes its own article and preposition, and which is right is the editor’s call',
  'rx06/011_3eb40e4182b1391f.txt Sergueï Lavrov': 'translation.person’s fix writes the other version’s spelling (Dmitry), not the French transliteration (Dmitri)',
  'ru01/001_17ba0791499db908.txt La ministre de la Transition écologique, Élisabeth Borne': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ru04/007_827bfc458708f0b4.txt Mona Fortier, ministre des Finances': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'rv07/001_97fd34266b5c3069.txt La vice-présidente du Parlement européen': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'rs06/010_3d9c172411e20b8f.txt June 31, 2024': 'date.impossible offers no fix: which day was meant is the editor’s call',
  'rr02/002_fc4d19105c1f9fa6.md Chief Operating Officer Jean-Jacques Guiony': 'translation.title offers no fix',
  'rr04/006_86823d080f798e2f.md speaking in Toulose': 'counted as caught through the translation.name finding on "Faury" right before it (a slip in the French); the place itself is not compared',
  'rr06/011_486e29f297ec9cd6.md Le directeur général, Thierry Piéton': 'translation.title offers no fix',
  'rp02/002_437bc07e54834e32.txt with Deputy Governor Andrew Bailey': 'translation.title offers no fix',
  'rm07/000_da733c7e25a8b287.txt Mamadou Tangara of Senegal': 'translation.country offers no fix',
  'rk03/007_83faac572f564652.txt Le ministre de l’Économie, Marc Ferracci': 'translation.title offers no fix',
  'rl02/003_d23f0824128b2f33.txt Le procureur Andreï Mineïev': 'translation.title offers no fix',
  'rj05/008_164788b7bcf7f2a4.txt Petro Poroshenko': 'the fix writes the name as the other version does (« Zelensky »); this version wrote "Zelenskyy" (AP), and nowhere else',
  'rh06/010_0a450addb7c78016.txt Deputy Governor Kazuo Ueda': 'translation.title offers no fix',
  'rh08/014_a5b7134a7d182a26.txt Prime Minister Choi Sang-mok': 'translation.title offers no fix',
  'rc06/011_56119d7fd272777d.txt a déclaré le préfet, Luigi': 'translation.title offers no fix',
  'rd04/006_af7454b4090041aa.txt Chief Financial Officer Daniel Ek': 'translation.title offers no fix',
  'rd08/014_5b3dbc21628b9bbc.txt Deputy Mayor Jean-Marc': 'translation.title offers no fix',
  're08/114_ed7a214e0a62d2c1.txt Vice Chairman Thomas Jordan': 'translation.title offers no fix',
  'qw07/012_c3026bd438b2236f.txt Finance Minister Lai Mohammed': 'translation.title offers no fix',
  'qx01/101_aad4fc408db7ebf3.txt le Premier ministre canadien': 'translation.title offers no fix',
  'qr04/006_c0d1e6aee1c2ea2a.md Brussels for February 31': 'date.impossible offers no fix: which day was meant is the editor’s call (the French says 13)',
  'qp04/006_7075587f6942aa95.txt Dortmund sporting director Edin Terzić': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qp05/009_20d14065059eb3d1.txt le président d’Arsenal, Mikel Arteta': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qp08/015_461f2c3e63db7f06.txt a indiqué que le titre serait par contre fêté': 'style.fr-par-contre, a hint, offers no fix: which wording is better is the editor’s call',
  'ql01/001_8834ed7f6da57577.txt Le ministre du Budget, Antoine Armand': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ql04/006_24393793171cac06.txt Deputy Governor Olayemi Cardoso': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ql08/014_7e5e3d34e9348e3b.txt deputy commissioner of the Bureau': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ql07/013_3f6d588bb72abe1d.txt Pour pallier à ce dérapage, le gouvernement a déjà annoncé': 'the style fix writes « pallier ce dérapage », good French; the clause was the injection’s own',
  'qj07/013_2e98cf7b13c97ef5.txt afin de pallier à l’afflux des départs': 'the style fix writes « pallier l’afflux », good French, where the clean text said « faire face à »',
  'qk04/007_3ce1268c9c8052e3.txt 97 kilos': 'a unit slipped gets no fix: which unit is right, and how this language says it, is the editor’s call',
  'qg08/015_21b4dedd3f993af4.txt malgré que le pompage prenne': 'the style fix writes « bien que », good French, where the clean text said « même si … prendrait »',
  'qd04/007_8d116ece1738f7d9.txt Le secrétaire à la Défense, Sean Duffy': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qd07/012_0cb1e29c658cda14.txt the chief executive of Morgan Stanley International': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qe03/005_4b812f5b3abe3d46.txt Le secrétaire général adjoint des Nations unies': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qb03/005_67529b8a9bee6c97.txt présidente de la Commission': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qb01/000_0d651e2797f1ada3.txt overseen by Vice Chairman Paul Bulcke': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qb07/012_bb253751aef6c4a0.txt Anglo Chief Executive Stuart Chambers': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qc03/005_146d94ec0a41e25d.txt le roi Philip': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qb08/014_a2fc6cc697e067e7.txt Morten Bodksov': 'the fix writes the other version’s spelling, Bødskov, with the letter the English had written without its stroke',
  'pz05/008_7a1f3e5c9d2b8064.txt Chief Justice Sisi Khampepe': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qa02/002_57948f102c7da325.txt chief financial officer Meg O’Neill': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'qa06/010_0ad5652ee65dd323.txt 650,000 tonnes': 'a unit slipped gets no fix: which unit is right, and how this language says it, is the editor’s call',
  'pq05/419_0c6e8a3d5f27b194.txt WHO Deputy Director-General Tedros': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pq06/089_46b0e2a8f5c19d73.txt sont réduits, voire même supprimés, dans toute l’Europe': 'the error added a word: the fix makes « voire même » « voire » and cannot know the sentence had neither',
  'pr03/004_1818e811892f902b.txt Ukur Yatani': 'the fix writes the name as the French spells it, with a curly apostrophe (Ndung’u), where the English typed a straight one',
  'pr04/006_e8e25d940ed90475.txt BCEAO Deputy Governor Jean-Claude Kassi Brou': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'po03/001_a2d94e17c05b83f6.txt said sporting director Luis Enrique': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'po04/001_7a05e9c2b18d4f36.txt 1,175 million': 'the figure is paired with the winner’s prize restated in dollars ("$2.9 million"), not with « 1,275 million », so its fix is wrong: a side effect of the conversion in brackets',
  'po05/001_0e6b2f9a4d18c7e3.txt US general manager Steve Kerr': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'po08/001_93a1f6c08d5e2b47.txt malgré qu’il ait été opéré du genou en juin': 'the error rewrote the clause: the fix makes « malgré qu’il » correct French (« bien qu’il »), not the words it replaced',
  'pp03/030_a2c94e7b13f05d68.txt Prosecutor Bénédicte de Perthuis': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pl04/062_7c1a9f5e3d2b8064.txt Le ministre des Finances du Québec, François Legault': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pl05/148_2e6b0d9f8a3c7514.txt Democratic Sen. Mikie Sherrill': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pm03/000_5a0c3e8b71d924f6.txt IMF Deputy Managing Director Kristalina Georgieva': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pm04/001_0e9b6f3a2d7c5148.txt pressent de pallier à ses insuffisances face au changement climatique': 'the error rewrote the phrase: the fix makes « pallier à » « pallier », correct French, but cannot know the words it replaced',
  'ph08/081_8c9a1334ea66f578.txt Governor Jonathan Heath': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pj07/071_edd6bdc0c11cd0b9.txt King Mohammed bin Salman': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pe05/510_1b7f3d8e2a6c9f04.txt Kadéi': 'the English writes "Kaedi" without the accent: the fix offers that spelling, and the accent is the editor’s to put back',
  'pf04/201_c6a18e3f5d7b0294.txt Irregardless, the act still needs': 'the error added a word: the fix makes "Irregardless" "Regardless" and cannot know the sentence had neither',
  'pb02/002_d392b6b3be8e2a2f.txt UN Deputy Secretary-General António Guterres': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'oz04/006_90d302c1b1b28059.txt AU Commission Deputy Chairperson Mahmoud Ali Youssouf': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pa01/100_03681250b952426a.txt Fed Vice Chair Jerome Powell': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'pa06/151_b92188b00b28164f.txt 500 blessés': 'the fix writes « 5000 », as French may leave four digits ungrouped; the writer had « 5 000 »',
  'ov03/004_ada22e6525ddc9f2.txt Thursday, September 6': 'its paragraph was moved in the French, so only date.weekday sees it, against a dateline year that is itself an injected slip; its fixes follow that year',
  'ov08/014_1c037779d440d875.txt Deputy Mayor Grégory Doucet': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ov08/015_20f9adce2fc0ec92.txt malgré qu’il ait plu': 'the fix writes « bien qu’il ait plu », good French; the writer had « malgré la pluie »',
  'ox08/115_c28b94113045715c.txt performances mondiales, voire même la meilleure, cette année': 'the fix drops « même », as house style asks; the writer had no « voire » at all',
  'y05/108_a7f4501487218153.txt Finance Minister Amélie de Montchalin': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'os05/047_7d3e1b95c0a4f26e.txt Captain Ibrahim Traoré': 'the person is fixed, not his rank: "Captain Paul-Henri Sandaogo Damiba" for "Lieutenant-Colonel Paul-Henri Sandaogo Damiba"',
  'ot02/003_18106779aebf6ae6.txt Le ministre de l’Intérieur, Matteo Salvini': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ot06/010_06cdddfcdc1b5658.txt would of taken pressure off': 'the fix writes "would have taken", good English; the writer had "would take"',
  'op08/086_0a4d9f2c6e87b153.txt Le syndicat a jugé l’offre insuffisante, voire même dérisoire,': 'the fix drops « même », as house style asks; the writer had no « voire » at all',
  'oq08/080_0c7d5e9a3f18b26b.txt Foreign Minister Abdourahmane Diouf': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'or08/217_ec5fd86917ffd62c.txt se sont aussi aggravés, voire même multipliés': 'the fix drops « même », as house style asks; the writer had no « voire » at all',
  'oe11/cocoa-price.md chairman of the Coffee and Cocoa Council': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'h06/011_6de565e91fff82dd.txt leur président, Jean Kaseya': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ok03/030_3355bb83df2f94d9.txt the Deputy Director General of the European Space Agency': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ol03/004_dc0e823dd4879b69.txt Yves Brahima Koné, président du Conseil': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'om06/011_da0d52e38a76fe44.txt before Prince Philippe': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'on05/001_4b8e2f61c9d7a035.txt Le président de la Recording Academy': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'oj03/001_2d02dd5b22b50583.txt malgré qu’une blessure ait abrégé son tournoi': 'the fix writes « bien qu’une blessure ait abrégé », good French; the writer had another turn of phrase',
  'ol04/006_a142ce27bc9de9c6.txt Finance Minister Birame Souleye Diop': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ol06/011_0d8fd876517ec829.txt devraient nettement reculer, voire même chuter': 'the fix drops « même », as house style asks; the writer had no « voire » at all',
  "oi07/133_699f071a5fd8e665.txt Austria's finance minister, Robert Holzmann": 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'y07/112_4c08eeaddc351231.txt Vice Chairman Martin Schlegel': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'og16/001_7e9743173a941f7a.txt a annoncé le vice-gouverneur': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'of01/001_c0506a989c27db6a.txt 9,5\u202f%': 'the fix states the figure, which is right: a percentage written for percentage points is the editor’s to reword',
  'of02/003_4a9d62b4c70da263.txt 0.7%': 'the fix states the figure, which is right: a percentage written for percentage points is the editor’s to reword',
  'of08/014_a08bacb640067c55.txt 10,9\u202f%': 'the fix states the figure, which is right: a percentage written for percentage points is the editor’s to reword',
  'og07/000_e88f40a23bd43e94.txt Deputy Governor Tiff Macklem told': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'od02/330_e78f9690e6759204.txt malgré que les trois pays': 'the fix writes « bien que », good French; the writer had « alors que »',
  'od09/146_c7110f22f411fb61.txt irregardless of protests': 'the fix writes "regardless"; the writer had "despite"',
  'oe03/rate-decision.md Deputy Governor Tiff Macklem said': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'oe07/afcon-final.md Nigeria captain José Peseiro said': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'oe08/budget-quebec.md pour pallier aux difficultés des entreprises touchées': 'the fix writes « pallier les difficultés »; the writer had another turn of phrase',
  'f11/story.fr.md Le premier ministre britannique, David Lammy': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'oa09/118_a64ea6f7480bd9b9.txt Le secrétaire américain au Commerce, Scott Bessent': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'oc05/000_08b2695eb5bc964d.txt WHO Deputy Director-General Tedros': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'ob10/118_7744001a6aa45fe0.txt Prime Minister Elio Di Rupo': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'm07/013_598d423f71fb8ecc.txt New Zealand coach Sam Cane': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'w14/627_0edca4eca92d04a3.txt Colonel Assimi Goïta of Mali': 'entity.title cannot tell which rank the story’s date calls for; translation.title points at the disagreement and offers no fix',
  'f05/story.en.md President Li Qiang': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'h09/017_2608d463cf435c9f.txt le maire Tim Houston': 'translation.title offers no fix: how the other version’s office is said in this language is the editor’s call',
  'h10/019_fb84de15e321b2ba.txt complique encore le décompte au jour d’aujourd’hui.': 'the fix keeps « aujourd’hui », which is good French; the writer had neither word',
  'p05/story.en.md died on Thursday, August 23, 2023': 'a weekday was added: the fix corrects it, it does not remove it',
  'p08/story.fr.md le dimanche 7 octobre 2023': 'a weekday was added',
  'p09/story.en.md earthquake of Tuesday, February 6, 2023': 'a weekday was added',
  'p11/story.fr.md le lundi 9 septembre 2001': 'a weekday was added',
  't01/200_4164d8399f767c45.txt General Assimi Goïta': 'the same line has another injected error (a date)',
  't01/200_4164d8399f767c45.txt September 16, 2024': 'the same line has another injected error (a rank)',
  't16/410_2a759159fb7ff337.txt au sein de la Cédéao': 'translation.entity points at the name; which organisation is meant is the editor’s call',
  'w04/607_6694f229359b1548.txt Le 12 mai, des combattants': 'the same line has another injected error (a doubled word)',
  'w04/607_6694f229359b1548.txt dans le le nord du pays': 'the same line has another injected error (a date)',
  'w14/627_0edca4eca92d04a3.txt Captain Ibrahim Traore of Burkina': 'the same line has another injected error, the uncaught "Colonel Assimi Goïta"',
  'solo/festival-avignon.md « Nous avons rarement vu': 'the same line has another injected error ("21%")',
  'solo/festival-avignon.md jeune\u00a0: 21% des spectateurs': 'the fix puts a narrow no-break space before "%" where the article had a no-break space: both are right',
  'c07/story.en.txt adjourned it at 5 p.m. GMT': 'the same line has another injected error (a date range)',
  'c07/story.en.txt from Sept. 22 to 26': 'the same line has another injected error (a time of day)',
  'd12/story.fr.md gyozas à 7 dollars': 'an amount in another currency gets no fix; here it is compared with the English conversion',
  'e10/story.fr.md 164 abris provisoires': 'in the half of a paragraph the translator split off: seen as a paragraph with no counterpart',
  'f04/story.fr.md Benyamin Nétanyaou': 'the fix offers the English spelling, Netanyahu, not the French one',
  'f10/story.fr.md 218 voix contre 241': 'the same line has another injected error, the uncaught "Hakim"',
  'g02/001_c41d9e07a2b65f38.txt Col. Abdourahamane Tiani': 'the fix writes his full rank then, where the story had "Gen."',
  'g03/000_5d7e1b3c90af2864.txt at about 6 a.m. on Saturday, May 11': 'a weekday was added',
  'solo2/en09.txt is not a rule book - it is a record': 'the fix writes an em dash; the article’s other dashes are spaced en dashes',
  'solo2/en10.txt Thursday, 24 May 2019': 'the same line has another injected error (drop-cap debris)',
  'solo2/en10.txt W hen Theresa May stood outside': 'the same line has another injected error (a weekday)',
  'solo2/en11.txt you could of had this place to yourself': 'the error also added "had", which the fix keeps ("could have had")',
  'solo2/fr06.md a lancé Ibrahim Traore devant': 'the same line has another injected error (Goita)',
  'solo2/fr06.md À Bamako, Assimi Goita a obtenu': 'the same line has another injected error (Traore)',
  'solo2/fr07.md C’est parti !': 'the same line has another injected error (a doubled word)',
  'solo2/fr07.md file vers la la place de la Concorde': 'the same line has another injected error (a space before "!")',
  'l07/story.en.md Komlan Abgéko, 55': 'the same line has another injected error (a sentence length)',
  'l07/story.en.md was sentenced to 14 years for helping': 'the same line has another injected error (a name)',
  'a04/story.fr.md battant de 28 secondes': 'the same line has another injected error (a race time)',
  "a04/story.fr.md s'est imposée chez les femmes en 2\u00a0h\u00a026\u00a0min\u00a021\u00a0s": 'the same line has another injected error (a number of seconds)',
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : /\.(?:md|txt)$/.test(d.name) ? [join(dir, d.name)] : []));
}

function cleanFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of walk(DIR)) files[`/w/${relative(DIR, f).split('\\').join('/')}`] = readFileSync(f, 'utf8');
  return files;
}

function check(files: Record<string, string>): FileReport[] {
  const project = new Project(new MemoryFileSystem(files), { locale: 'en', today: () => new Date('2026-01-15T00:00:00Z') });
  return project.check(['/w']).map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity !== 'hint') }));
}

/** Offsets in findings are in the text without its BOM. */
const textOf = (files: Record<string, string>, path: string): string => (files[path] ?? '').replace(/^\uFEFF/, '');
const describe = (files: Record<string, string>, path: string, f: Finding): string => `${path} ${f.rule} "${textOf(files, path).slice(f.start, f.end)}"`;
// English copy in AP style drops the accents the entity list gives these leaders: the list's spelling is asked for (the brief's "Assimi Goita").
const GOITA = (d: string): boolean => /(?:story\.en\.md|qu0\d\/\d+_[0-9a-f]+\.txt) entity\.spelling "(?:Assimi Goita|Ibrahim Traore)"$/.test(d);

/** On the adapted translations (u*), what is said of clean text, and why it stands. */
const ADAPTED_NOTES: Readonly<Record<string, string>> = {
  'translation.entity Ibrahim Traoré': 'e07: the English says "Burkina Faso\u2019s head of state" and never names him (an info note)',
  'translation.missing England had played African teams 11': 'u05: the English background line was left out of the French on purpose; it is left out',
  'translation.missing The Italian said the defeat was hard': 'u14: merged into a French paragraph that says "il" and "italien": nothing it states is there to match',
  'translation.missing Senegal, a country of about 18 million': 'oc01: background the English adds for its readers; the French leaves it out, and the note asks which it is',
  'translation.missing Nigeria, which alone accounts': 'oc05: a paragraph the French adaptation leaves out',
  'translation.missing Cocoa is the backbone': 'oc06: background the English adds for its readers',
  'translation.missing The CFA franc, the currency used': 'u01: background the French adaptation leaves out, between two paragraphs it translates one for one',
  'translation.missing In later years he spoke through a computer-generated voice': 'tr02: background the French adaptation leaves out',
  // The same five, seen from the version without the paragraph, where it would come.
  'translation.missing u05/505_7c3e95b28a1d04f6.txt translation.missing "Les"': 'u05, in the French',
  'translation.missing u14/story.fr.md translation.missing "Les"': 'u14, in the French',
  'translation.missing oc01/001_5e6f33d199b1d244.txt translation.missing "Mais"': 'oc01, in the French',
  'translation.missing oc05/001_f69d17d38a27c10f.txt translation.missing "Le"': 'oc05, in the French',
  'translation.missing oc06/000_079699af26a4228a.txt translation.missing "En"': 'oc06, in the French',
  'translation.missing u01/501_c82e07b91d4a6f35.txt translation.missing "«"': 'u01, in the French',
  'translation.missing tr02/003_24a2763e3586b58d.txt translation.missing "d’exemplaires."': 'tr02, in the French, after the paragraph it would follow',
  // A sentence one version adds to a paragraph, the other translated sentence for sentence.
  'translation.missing L’athlète est mort le 11 février 2024': 'ov05: background the French adds (Kiptum’s death); the note asks whether the English left it out',
  'translation.missing ov05/008_35d8911e8e2c3827.txt translation.missing "2024."': 'ov05, in the English, where the sentence would come',
  'translation.missing Ce décryptage explique ce qui s’est passé': 'k03: a sentence the French adds to a paragraph ("this explainer sets out…"); the note asks whether the English left it out',
  'translation.missing k03/story.en.md translation.missing "Sahel."': 'k03, in the English, where the sentence would come',
  'translation.missing I was working nights with no light and no gloves': 'oc08: a quote the English gives in full and the French adaptation shortens by a sentence; which sentence, the lengths do not say, so the paragraph is pointed out',
  'translation.missing oc08/000_08d5f18731e515ad.txt translation.missing "«"': 'oc08, in the French, on its paragraph',
  'translation.entity European Union': 'oc03: two background paragraphs, one in each version, paired for want of better (an info note)',
};
const adaptedNote = (d: string): string | undefined => Object.keys(ADAPTED_NOTES).find((k) => {
  const [rule, ...words] = k.split(' ');
  return d.includes(` ${rule} "`) && d.includes(words.join(' '));
});
const folderOf = (path: string): string => path.split('/')[2] ?? '';

test('clean: every version is paired with its own, single articles with none, and nothing is flagged but the list’s own spelling of Goïta', () => {
  const files = cleanFiles();
  const reports = check(files);
  assert.equal(reports.length, Object.keys(files).length);
  for (const r of reports) {
    const expected = folderOf(r.path).startsWith('solo') ? [] : Object.keys(files).filter((p) => p !== r.path && folderOf(p) === folderOf(r.path));
    assert.deepEqual(r.translations, expected, r.path);
  }
  const found = reports.flatMap((r) => r.findings.map((f) => describe(files, r.path, f)));
  assert.deepEqual(found.filter((d) => !GOITA(d) && adaptedNote(d) === undefined), []);
  assert.equal(found.filter(GOITA).length, 5);
  assert.deepEqual(found.map(adaptedNote).filter((k) => k !== undefined).sort(), Object.keys(ADAPTED_NOTES).sort());
});

test('faulty: each injected error is caught where it was made, its fix restores the line, the known misses stay missed, nothing else is flagged', () => {
  const clean = cleanFiles();
  const files = { ...clean };
  const spans: Array<{ key: string; path: string; start: number; end: number; line: number; cleanLine: number; dropped: boolean; cut: boolean }> = [];
  const lineAt = (text: string, at: number): number => text.slice(0, at).split('\n').length - 1;
  /** Where `old` is in `text`: the occurrence nearest the line the tester noted (their line numbers count after their own edits). */
  const locate = (text: string, e: Injection): number => {
    let best = -1;
    for (let at = text.indexOf(e.old); at >= 0; at = text.indexOf(e.old, at + 1)) {
      if (best < 0 || Math.abs(lineAt(text, at) - (e.line - 1)) < Math.abs(lineAt(text, best) - (e.line - 1))) best = at;
    }
    assert.ok(best >= 0, `${e.file}:${e.line}: "${e.old}" is not in the file`);
    return best;
  };
  const byFile = new Map<string, Injection[]>();
  for (const e of INJECTED) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    const path = `/w/${file}`;
    const original = clean[path] ?? '';
    const bom = original.startsWith('\uFEFF') ? 1 : 0;
    // Top to bottom: each edit leaves the places of the ones above it as they were.
    for (const e of [...list].sort((x, y) => locate(original, x) - locate(original, y))) {
      const text = files[path] ?? '';
      const at = locate(text, e);
      let cut = at + e.old.length;
      if (e.new === '' && (at === 0 || text.charAt(at - 1) === '\n')) {
        // A dropped paragraph takes its line break and the blank line after it (a dropped sentence does not).
        for (let k = 0; k < 2 && text.indexOf('\n', cut) >= 0 && /^\r?$/.test(text.slice(cut, text.indexOf('\n', cut))); k++) cut = text.indexOf('\n', cut) + 1;
      }
      files[path] = text.slice(0, at) + e.new + text.slice(cut);
      spans.push({
        key: `${file} ${e.new || `[paragraph dropped: ${e.old.slice(0, 30)}…]`}`,
        path,
        start: at - bom,
        end: at - bom + e.new.length,
        line: lineAt(text, at),
        cleanLine: lineAt(original, locate(original, e)),
        dropped: e.new === '',
        // Text taken out of the line (a sentence cut off its paragraph).
        cut: e.new !== '' && e.old.includes(e.new),
      });
    }
  }
  const reports = check(files);
  const findingsOf = (path: string): Finding[] => reports.find((r) => r.path === path)?.findings ?? [];
  const near = (f: { start: number; end: number }, s: { start: number; end: number }): boolean => f.start <= s.end + 3 && f.end >= s.start - 3;
  /** Near, and on the same line: a finding at the start of the next line is about that line. */
  const onLine = (f: { start: number; end: number }, s: { path: string; start: number; end: number }): boolean => {
    const text = textOf(files, s.path);
    return near(f, s) && !(f.start > s.end && text.slice(s.end, f.start).includes('\n')) && !(f.end < s.start && text.slice(f.end, s.start).includes('\n'));
  };
  // A dropped paragraph is seen from the version that still has it.
  const counterpartsOf = (path: string): string[] => Object.keys(files).filter((p) => p !== path && folderOf(p) === folderOf(path));
  // A paragraph that lost a sentence may be pointed out at its first word (which sentence, the lengths do not say).
  const sameLine = (f: Finding, s: (typeof spans)[number]): boolean => lineAt(textOf(files, s.path), f.start) === lineAt(textOf(files, s.path), s.start);
  const caught = (s: (typeof spans)[number]): boolean =>
    s.dropped
      ? counterpartsOf(s.path).some((p) => findingsOf(p).some((f) => f.rule === 'translation.missing'))
      : findingsOf(s.path).some((f) => onLine(f, s) || (s.cut && f.rule === 'translation.missing' && sameLine(f, s)));
  const missed = spans.filter((s) => !caught(s)).map((s) => s.key);
  if (process.env.QA_DEBUG) {
    const drops = spans.filter((s) => s.dropped && caught(s));
    const here = drops.filter((s) => findingsOf(s.path).some((f) => f.rule === 'translation.missing' && near(f, s)));
    console.log('DROPPED PARAGRAPHS CAUGHT', drops.length, 'ALSO REPORTED WHERE THEY WERE', here.length);
  }
  // QA_DEBUG=1 prints what changed, shorter than the assertion's diff of two long lists.
  if (process.env.QA_DEBUG) {
    console.log('NOW CAUGHT', JSON.stringify(Object.keys(KNOWN_MISSES).filter((k) => !missed.includes(k)), null, 1));
    console.log('NOW MISSED', JSON.stringify(missed.filter((k) => !(k in KNOWN_MISSES)), null, 1));
  }
  assert.deepEqual(missed.sort(), Object.keys(KNOWN_MISSES).sort());

  const unexplained: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const d = describe(files, r.path, f);
      if (GOITA(d) || adaptedNote(d) !== undefined) continue;
      // A disagreement between versions is flagged in both: near the injected error, or at its counterpart.
      const own = spans.some((s) => s.path === r.path && near(f, s));
      const counterpart = f.rule.startsWith('translation.') && f.related.some((rel) => spans.some((s) => s.path === rel.path && near(rel, s)));
      // A dropped paragraph is reported in both versions: where it still is, and where it would come.
      const dropped = f.rule === 'translation.missing' && spans.some((s) => s.dropped && (s.path === r.path || counterpartsOf(s.path).includes(r.path)));
      // A paragraph that lost a sentence is pointed out at its first word when which sentence it was the lengths do not say.
      const shortened = f.rule === 'translation.missing' && spans.some((s) => s.path === r.path && lineAt(textOf(files, r.path), f.start) === lineAt(textOf(files, r.path), s.start));
      if (!own && !counterpart && !dropped && !shortened) unexplained.push(d);
    }
  }
  assert.deepEqual(unexplained.sort(), Object.keys(KNOWN_SIDE_EFFECTS).sort());

  // A fix puts the text back: for each error caught, one of its fixes in that
  // file restores the line as it was written ("$$4.3 million million" once
  // slipped through because its number read the same again).
  const notRestored: string[] = [];
  for (const s of spans) {
    if (missed.includes(s.key) || s.dropped) continue;
    const want = (clean[s.path] ?? '').replace(/^\uFEFF/, '').split('\n')[s.cleanLine];
    const text = textOf(files, s.path);
    const here = findingsOf(s.path).filter((f) => near(f, s));
    const own = (fx: Finding['fixes'][number]): boolean => fx.edits.every((e) => e.path === s.path);
    // Each fix alone, and the first fix of every finding there together (both spaces inside « »).
    const candidates = [...here.flatMap((f) => f.fixes.filter(own).map((fx) => fx.edits)), here.flatMap((f) => f.fixes.filter(own)[0]?.edits ?? [])];
    // Either no-break space is right in French: U+202F and U+00A0 count alike.
    const same = (a: string | undefined, b: string | undefined): boolean => a?.replace(/\u202f/g, '\u00a0') === b?.replace(/\u202f/g, '\u00a0');
    const restores = candidates.some((edits) => edits.length > 0 && same(applyEdits(text, edits).text.split('\n')[s.line], want));
    if (!restores) notRestored.push(s.key);
  }
  if (process.env.QA_DEBUG) {
    console.log('NOW RESTORED', JSON.stringify(Object.keys(NOT_RESTORED).filter((k) => !notRestored.includes(k)), null, 1));
    console.log('NOW NOT RESTORED', JSON.stringify(notRestored.filter((k) => !(k in NOT_RESTORED)), null, 1));
  }
  assert.deepEqual(notRestored.sort(), Object.keys(NOT_RESTORED).sort());
  // For the record: 7,993 errors, 7,398 caught.
  assert.equal(spans.length, 7993);
  assert.equal(spans.length - missed.length, 7398);
});
