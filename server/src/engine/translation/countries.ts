import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import { charClass, DIGIT, LETTER, MARK } from '../letterClass';
import { isFirstName } from './firstNames';
import { perParagraph } from '../paragraphMemo';
import type { Article, Paragraph } from '../types';

// Countries named in a paragraph, by ISO code, in English or French: the
// names i18n-iso-countries gives each language, and the ones newsrooms write
// that it lacks ("Britain", « la RDC », « les États-Unis »). What matters is
// that two spellings of one country get one code, so a version that says
// "Britain" where the other says « Royaume-Uni » is never taken to name
// another country. A name that is also a person's or a word of another name
// is left out, or read only where nothing says otherwise (see countriesIn).

type Names = Readonly<Record<string, string | readonly string[]>>;

/** Names the library lacks, or gives only in their official form. "Congo" alone is either Congo: its own code. */
export const MORE: Readonly<Record<'en' | 'fr', Readonly<Record<string, readonly string[]>>>> = {
  en: {
    // England, as French copy's « l’Angleterre » is (a football team's, say).
    GB: ['Britain', 'England'],
    // The nations of the United Kingdom, each its own team in football and rugby: Scotland is not Wales.
    'GB-SCT': ['Scotland'],
    'GB-WLS': ['Wales'],
    'GB-NIR': ['Northern Ireland'],
    CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
    CG: ['Congo-Brazzaville', 'Congo Republic'],
    CONGO: ['Congo'],
    CZ: ['Czechia'],
    MM: ['Burma'],
    CV: ['Cabo Verde'],
    SZ: ['Swaziland'],
    KR: ['Korea'],
    VA: ['Vatican', 'Holy See'],
    SY: ['Syria'],
    LA: ['Laos'],
    MD: ['Moldova'],
    FM: ['Micronesia'],
    VN: ['Viet Nam'],
    BO: ['Bolivia'],
    VE: ['Venezuela'],
    IR: ['Iran'],
    RU: ['Russia'],
    TZ: ['Tanzania'],
    PS: ['Palestine', 'Palestinian territories'],
    CI: ['Ivory Coast'],
    NL: ['Holland'],
    AE: ['Emirates'],
    BN: ['Brunei'],
    KP: ['North Korea'],
    TL: ['East Timor'],
    TT: ['Trinidad'],
    // Greek Macedonia is « la Macédoine grecque »: read alike in both languages.
    MK: ['Macedonia'],
    // The state union of 2003–2006 (ISO's former CS), one country: not Serbia and Montenegro side by side (ya04).
    CS: ['Serbia and Montenegro'],
    // News copy's short name (yo02).
    BA: ['Bosnia', 'Bosnia-Herzegovina'],
  },
  fr: {
    US: ['États-Unis', 'Etats-Unis'],
    GB: ['Grande-Bretagne', 'Angleterre'],
    'GB-SCT': ['Écosse', 'Ecosse'],
    // « le pays de Galles »: its capitalised word.
    'GB-WLS': ['Galles'],
    'GB-NIR': ['Irlande du Nord'],
    CD: ['RDC', 'RD Congo', 'Congo-Kinshasa', 'République démocratique du Congo'],
    CG: ['Congo-Brazzaville'],
    CONGO: ['Congo'],
    CZ: ['République tchèque', 'Tchéquie'],
    MM: ['Birmanie'],
    SZ: ['Eswatini', 'Swaziland'],
    AE: ['Émirats arabes unis', 'Emirats arabes unis', 'Émirats'],
    SA: ['Arabie saoudite'],
    KR: ['Corée'],
    VA: ['Vatican'],
    TZ: ['Tanzanie'],
    CI: ['Côte d’Ivoire', 'Côte d\'Ivoire'],
    TL: ['Timor oriental'],
    MK: ['Macédoine'],
    CS: ['Serbie-et-Monténégro'],
    CF: ['Centrafrique', 'République centrafricaine'],
    SV: ['Salvador'],
    PS: ['Territoires palestiniens'],
    BN: ['Brunei'],
    KP: ['Corée du Nord'],
    BA: ['Bosnie', 'Bosnie-Herzégovine'],
  },
};

/**
 * A country's people, capitalised: French writes them so as nouns (« la
 * Suissesse Julie Derron », « le Kényan »), English as nouns and adjectives
 * ("Kenyan Eliud Kipchoge"). They name the country as surely as its name
 * ("Switzerland's Julie Derron"). English words that are also a language's
 * name ("French", "Turkish") are left out.
 */
export const PEOPLE: Readonly<Record<'en' | 'fr', Readonly<Record<string, string>>>> = {
  en: {
    KE: 'Kenyan|Kenyans', CH: 'Swiss', NG: 'Nigerian|Nigerians', NE: 'Nigerien|Nigeriens', ML: 'Malian|Malians', SN: 'Senegalese',
    CI: 'Ivorian|Ivorians', CM: 'Cameroonian|Cameroonians', GH: 'Ghanaian|Ghanaians', ET: 'Ethiopian|Ethiopians', MA: 'Moroccan|Moroccans',
    DZ: 'Algerian|Algerians', TN: 'Tunisian|Tunisians', EG: 'Egyptian|Egyptians', BF: 'Burkinabe', ZA: 'South African|South Africans',
    AT: 'Austrian|Austrians', BE: 'Belgian|Belgians', CA: 'Canadian|Canadians', AU: 'Australian|Australians', BR: 'Brazilian|Brazilians',
    AR: 'Argentine|Argentines|Argentinian|Argentinians', MX: 'Mexican|Mexicans', UA: 'Ukrainian|Ukrainians', IL: 'Israeli|Israelis',
    IR: 'Iranian|Iranians', IQ: 'Iraqi|Iraqis', JM: 'Jamaican|Jamaicans', NO: 'Norwegian|Norwegians', US: 'American|Americans',
    GB: 'British|Briton|Britons', TD: 'Chadian|Chadians', GN: 'Guinean|Guineans', TG: 'Togolese', BJ: 'Beninese', RW: 'Rwandan|Rwandans',
    UG: 'Ugandan|Ugandans', TZ: 'Tanzanian|Tanzanians', SD: 'Sudanese', LY: 'Libyan|Libyans', SA: 'Saudi|Saudis', QA: 'Qatari|Qataris',
    LB: 'Lebanese', SY: 'Syrian|Syrians', CONGO: 'Congolese', CF: 'Central African|Central Africans', NZ: 'New Zealander|New Zealanders', CL: 'Chilean|Chileans',
    CO: 'Colombian|Colombians', PE: 'Peruvian|Peruvians', VE: 'Venezuelan|Venezuelans', CU: 'Cuban|Cubans', HT: 'Haitian|Haitians',
    PK: 'Pakistani|Pakistanis', BD: 'Bangladeshi|Bangladeshis', AF: 'Afghan|Afghans', LK: 'Sri Lankan|Sri Lankans',
    EC: 'Ecuadorian|Ecuadorians', BO: 'Bolivian|Bolivians', PY: 'Paraguayan|Paraguayans', UY: 'Uruguayan|Uruguayans', PA: 'Panamanian|Panamanians',
    CR: 'Costa Rican|Costa Ricans', NI: 'Nicaraguan|Nicaraguans', HN: 'Honduran|Hondurans', GT: 'Guatemalan|Guatemalans', SV: 'Salvadoran|Salvadorans',
    PH: 'Filipino|Filipinos|Filipina|Filipinas', MY: 'Malaysian|Malaysians', SG: 'Singaporean|Singaporeans', TW: 'Taiwanese', KH: 'Cambodian|Cambodians',
    AE: 'Emirati|Emiratis', JO: 'Jordanian|Jordanians', KW: 'Kuwaiti|Kuwaitis', YE: 'Yemeni|Yemenis', OM: 'Omani|Omanis', BH: 'Bahraini|Bahrainis',
    ER: 'Eritrean|Eritreans', ZW: 'Zimbabwean|Zimbabweans', ZM: 'Zambian|Zambians', MZ: 'Mozambican|Mozambicans', AO: 'Angolan|Angolans',
    NA: 'Namibian|Namibians', GA: 'Gabonese', MR: 'Mauritanian|Mauritanians', GM: 'Gambian|Gambians', LR: 'Liberian|Liberians',
    SL: 'Sierra Leonean|Sierra Leoneans', MD: 'Moldovan|Moldovans', ME: 'Montenegrin|Montenegrins', XK: 'Kosovar|Kosovars', CY: 'Cypriot|Cypriots',
    KP: 'North Korean|North Koreans', FJ: 'Fijian|Fijians', WS: 'Samoan|Samoans', TO: 'Tongan|Tongans', PG: 'Papua New Guinean|Papua New Guineans',
    // Small states' and Central Asia's (xg02). Not "Georgian" (Georgia the state, Georgian houses) nor "Dominican" (the order, two countries).
    MV: 'Maldivian|Maldivians', MU: 'Mauritian|Mauritians', LA: 'Laotian|Laotians', BT: 'Bhutanese', SC: 'Seychellois', KM: 'Comorian|Comorians',
    CV: 'Cape Verdean|Cape Verdeans', DJ: 'Djiboutian|Djiboutians', BN: 'Bruneian|Bruneians', TL: 'Timorese', BB: 'Barbadian|Barbadians',
    TT: 'Trinidadian|Trinidadians', GY: 'Guyanese', SR: 'Surinamese', BZ: 'Belizean|Belizeans', BS: 'Bahamian|Bahamians', MT: 'Maltese',
    LU: 'Luxembourger|Luxembourgers', AZ: 'Azerbaijani|Azerbaijanis', TJ: 'Tajik|Tajiks', KG: 'Kyrgyz', TM: 'Turkmen', BI: 'Burundian|Burundians',
    MW: 'Malawian|Malawians',
  },
  fr: {
    CH: 'Suisse|Suissesse|Suisses|Suissesses', FR: 'Français|Française|Françaises', DE: 'Allemand|Allemande|Allemands|Allemandes',
    IT: 'Italien|Italienne|Italiens|Italiennes', ES: 'Espagnol|Espagnole|Espagnols|Espagnoles', PT: 'Portugais|Portugaise|Portugaises',
    GB: 'Britannique|Britanniques', US: 'Américain|Américaine|Américains|Américaines', BE: 'Belge|Belges',
    NL: 'Néerlandais|Néerlandaise|Néerlandaises', AT: 'Autrichien|Autrichienne|Autrichiens|Autrichiennes', KE: 'Kényan|Kényane|Kényans|Kényanes',
    ET: 'Éthiopien|Éthiopienne|Éthiopiens|Éthiopiennes', MA: 'Marocain|Marocaine|Marocains|Marocaines', DZ: 'Algérien|Algérienne|Algériens|Algériennes',
    TN: 'Tunisien|Tunisienne|Tunisiens|Tunisiennes', SN: 'Sénégalais|Sénégalaise|Sénégalaises', ML: 'Malien|Malienne|Maliens|Maliennes',
    BF: 'Burkinabè|Burkinabé|Burkinabès|Burkinabés', NE: 'Nigérien|Nigérienne|Nigériens|Nigériennes', NG: 'Nigérian|Nigériane|Nigérians|Nigérianes',
    CI: 'Ivoirien|Ivoirienne|Ivoiriens|Ivoiriennes', CM: 'Camerounais|Camerounaise|Camerounaises', GH: 'Ghanéen|Ghanéenne|Ghanéens|Ghanéennes',
    ZA: 'Sud-Africain|Sud-Africaine|Sud-Africains|Sud-Africaines', EG: 'Égyptien|Égyptienne|Égyptiens|Égyptiennes', CN: 'Chinois|Chinoise|Chinoises',
    JP: 'Japonais|Japonaise|Japonaises', BR: 'Brésilien|Brésilienne|Brésiliens|Brésiliennes', AR: 'Argentin|Argentine|Argentins|Argentines',
    CA: 'Canadien|Canadienne|Canadiens|Canadiennes', AU: 'Australien|Australienne|Australiens|Australiennes', RU: 'Russe|Russes',
    UA: 'Ukrainien|Ukrainienne|Ukrainiens|Ukrainiennes', PL: 'Polonais|Polonaise|Polonaises', SE: 'Suédois|Suédoise|Suédoises',
    NO: 'Norvégien|Norvégienne|Norvégiens|Norvégiennes', DK: 'Danois|Danoise|Danoises', GR: 'Grec|Grecque|Grecs|Grecques',
    TR: 'Turc|Turque|Turcs|Turques', IL: 'Israélien|Israélienne|Israéliens|Israéliennes', IR: 'Iranien|Iranienne|Iraniens|Iraniennes',
    IQ: 'Irakien|Irakienne|Irakiens|Irakiennes', JM: 'Jamaïcain|Jamaïcaine|Jamaïcains|Jamaïcaines', MX: 'Mexicain|Mexicaine|Mexicains|Mexicaines',
    NZ: 'Néo-Zélandais|Néo-Zélandaise|Néo-Zélandaises', IE: 'Irlandais|Irlandaise|Irlandaises', CZ: 'Tchèque|Tchèques',
    HU: 'Hongrois|Hongroise|Hongroises', RO: 'Roumain|Roumaine|Roumains|Roumaines', RS: 'Serbe|Serbes', HR: 'Croate|Croates',
    CONGO: 'Congolais|Congolaise|Congolaises', CF: 'Centrafricain|Centrafricaine|Centrafricains|Centrafricaines', TD: 'Tchadien|Tchadienne|Tchadiens|Tchadiennes', GN: 'Guinéen|Guinéenne|Guinéens|Guinéennes',
    TG: 'Togolais|Togolaise|Togolaises', BJ: 'Béninois|Béninoise|Béninoises', RW: 'Rwandais|Rwandaise|Rwandaises',
    UG: 'Ougandais|Ougandaise|Ougandaises', TZ: 'Tanzanien|Tanzanienne|Tanzaniens|Tanzaniennes', SD: 'Soudanais|Soudanaise|Soudanaises',
    LY: 'Libyen|Libyenne|Libyens|Libyennes', SA: 'Saoudien|Saoudienne|Saoudiens|Saoudiennes', QA: 'Qatari|Qatarie|Qataris|Qataries',
    LB: 'Libanais|Libanaise|Libanaises', SY: 'Syrien|Syrienne|Syriens|Syriennes',
    CL: 'Chilien|Chilienne|Chiliens|Chiliennes', CO: 'Colombien|Colombienne|Colombiens|Colombiennes', PE: 'Péruvien|Péruvienne|Péruviens|Péruviennes',
    VE: 'Vénézuélien|Vénézuélienne|Vénézuéliens|Vénézuéliennes', CU: 'Cubain|Cubaine|Cubains|Cubaines', HT: 'Haïtien|Haïtienne|Haïtiens|Haïtiennes',
    PK: 'Pakistanais|Pakistanaise|Pakistanaises', BD: 'Bangladais|Bangladaise|Bangladaises', AF: 'Afghan|Afghane|Afghans|Afghanes',
    LK: 'Sri-Lankais|Sri-Lankaise|Sri-Lankaises', EC: 'Équatorien|Équatorienne|Équatoriens|Équatoriennes', BO: 'Bolivien|Bolivienne|Boliviens|Boliviennes',
    PY: 'Paraguayen|Paraguayenne|Paraguayens|Paraguayennes', UY: 'Uruguayen|Uruguayenne|Uruguayens|Uruguayennes', PA: 'Panaméen|Panaméenne|Panaméens|Panaméennes',
    CR: 'Costaricien|Costaricienne|Costariciens|Costariciennes', NI: 'Nicaraguayen|Nicaraguayenne|Nicaraguayens|Nicaraguayennes',
    HN: 'Hondurien|Hondurienne|Honduriens|Honduriennes', GT: 'Guatémaltèque|Guatémaltèques', SV: 'Salvadorien|Salvadorienne|Salvadoriens|Salvadoriennes',
    PH: 'Philippin|Philippine|Philippins|Philippines', MY: 'Malaisien|Malaisienne|Malaisiens|Malaisiennes', SG: 'Singapourien|Singapourienne|Singapouriens|Singapouriennes',
    TW: 'Taïwanais|Taïwanaise|Taïwanaises', KH: 'Cambodgien|Cambodgienne|Cambodgiens|Cambodgiennes', AE: 'Émirien|Émirienne|Émiriens|Émiriennes',
    JO: 'Jordanien|Jordanienne|Jordaniens|Jordaniennes', KW: 'Koweïtien|Koweïtienne|Koweïtiens|Koweïtiennes', YE: 'Yéménite|Yéménites',
    OM: 'Omanais|Omanaise|Omanaises', BH: 'Bahreïni|Bahreïnie|Bahreïnis|Bahreïnies', ER: 'Érythréen|Érythréenne|Érythréens|Érythréennes',
    ZW: 'Zimbabwéen|Zimbabwéenne|Zimbabwéens|Zimbabwéennes', ZM: 'Zambien|Zambienne|Zambiens|Zambiennes', MZ: 'Mozambicain|Mozambicaine|Mozambicains|Mozambicaines',
    AO: 'Angolais|Angolaise|Angolaises', NA: 'Namibien|Namibienne|Namibiens|Namibiennes', GA: 'Gabonais|Gabonaise|Gabonaises',
    MR: 'Mauritanien|Mauritanienne|Mauritaniens|Mauritaniennes', GM: 'Gambien|Gambienne|Gambiens|Gambiennes', LR: 'Libérien|Libérienne|Libériens|Libériennes',
    SL: 'Sierra-Léonais|Sierra-Léonaise|Sierra-Léonaises', MD: 'Moldave|Moldaves', ME: 'Monténégrin|Monténégrine|Monténégrins|Monténégrines',
    XK: 'Kosovar|Kosovare|Kosovars|Kosovares', CY: 'Chypriote|Chypriotes', KP: 'Nord-Coréen|Nord-Coréenne|Nord-Coréens|Nord-Coréennes',
    FJ: 'Fidjien|Fidjienne|Fidjiens|Fidjiennes', WS: 'Samoan|Samoane|Samoans|Samoanes', TO: 'Tongien|Tongienne|Tongiens|Tongiennes',
    PG: 'Papouan-Néo-Guinéen|Papouane-Néo-Guinéenne|Papouans-Néo-Guinéens|Papouanes-Néo-Guinéennes',
    IS: 'Islandais|Islandaise|Islandaises', TH: 'Thaïlandais|Thaïlandaise|Thaïlandaises', VN: 'Vietnamien|Vietnamienne|Vietnamiens|Vietnamiennes',
    ID: 'Indonésien|Indonésienne|Indonésiens|Indonésiennes', MN: 'Mongol|Mongole|Mongols|Mongoles', NP: 'Népalais|Népalaise|Népalaises',
    MM: 'Birman|Birmane|Birmans|Birmanes', AL: 'Albanais|Albanaise|Albanaises', AM: 'Arménien|Arménienne|Arméniens|Arméniennes',
    KZ: 'Kazakh|Kazakhe|Kazakhs|Kazakhes', UZ: 'Ouzbek|Ouzbèke|Ouzbeks|Ouzbèkes', SO: 'Somalien|Somalienne|Somaliens|Somaliennes',
    BY: 'Biélorusse|Biélorusses', MG: 'Malgache|Malgaches', SK: 'Slovaque|Slovaques', SI: 'Slovène|Slovènes',
    FI: 'Finlandais|Finlandaise|Finlandaises', BG: 'Bulgare|Bulgares', LT: 'Lituanien|Lituanienne|Lituaniens|Lituaniennes',
    LV: 'Letton|Lettone|Lettons|Lettones', EE: 'Estonien|Estonienne|Estoniens|Estoniennes', KR: 'Sud-Coréen|Sud-Coréenne|Sud-Coréens|Sud-Coréennes',
    MV: 'Maldivien|Maldivienne|Maldiviens|Maldiviennes', MU: 'Mauricien|Mauricienne|Mauriciens|Mauriciennes', LA: 'Laotien|Laotienne|Laotiens|Laotiennes',
    BT: 'Bhoutanais|Bhoutanaise|Bhoutanaises', SC: 'Seychellois|Seychelloise|Seychelloises', KM: 'Comorien|Comorienne|Comoriens|Comoriennes',
    CV: 'Cap-Verdien|Cap-Verdienne|Cap-Verdiens|Cap-Verdiennes', DJ: 'Djiboutien|Djiboutienne|Djiboutiens|Djiboutiennes',
    BN: 'Brunéien|Brunéienne|Brunéiens|Brunéiennes', TL: 'Timorais|Timoraise|Timoraises', BB: 'Barbadien|Barbadienne|Barbadiens|Barbadiennes',
    TT: 'Trinidadien|Trinidadienne|Trinidadiens|Trinidadiennes', GY: 'Guyanien|Guyanienne|Guyaniens|Guyaniennes', SR: 'Surinamais|Surinamaise|Surinamaises',
    BZ: 'Bélizien|Bélizienne|Béliziens|Béliziennes', BS: 'Bahaméen|Bahaméenne|Bahaméens|Bahaméennes', MT: 'Maltais|Maltaise|Maltaises',
    LU: 'Luxembourgeois|Luxembourgeoise|Luxembourgeoises', AZ: 'Azerbaïdjanais|Azerbaïdjanaise|Azerbaïdjanaises', TJ: 'Tadjik|Tadjike|Tadjiks|Tadjikes',
    KG: 'Kirghiz|Kirghize|Kirghizes', TM: 'Turkmène|Turkmènes', BI: 'Burundais|Burundaise|Burundaises', MW: 'Malawite|Malawites',
  },
};

/**
 * A country's adjective where it is no people's name too: English capitalises
 * it ("Italian architect Aldo Rossi"), French does not (« l’architecte danois
 * Jørn Utzon »; French's are PEOPLE's names in lower case). It names the
 * country of whatever it qualifies: a person, a ship, a company ("the
 * Norwegian icebreaker" / « le brise-glace norvégien », "German rival
 * Hapag-Lloyd"). Not in a compound ("Russian-speaking", « franco-allemand »),
 * which names a language or two countries at once: there it is named in passing.
 */
export const ADJECTIVES_EN: Readonly<Record<string, string>> = {
  DK: 'Danish', SE: 'Swedish', NO: 'Norwegian', FI: 'Finnish', IT: 'Italian', ES: 'Spanish', DE: 'German', NL: 'Dutch',
  PL: 'Polish', GR: 'Greek', PT: 'Portuguese', RU: 'Russian', CN: 'Chinese', JP: 'Japanese', IN: 'Indian', IE: 'Irish',
  HU: 'Hungarian', CZ: 'Czech', RO: 'Romanian', RS: 'Serbian', HR: 'Croatian', TR: 'Turkish', FR: 'French', KR: 'South Korean',
  SK: 'Slovak', SI: 'Slovenian', BG: 'Bulgarian', LT: 'Lithuanian', LV: 'Latvian', EE: 'Estonian', IS: 'Icelandic', TH: 'Thai',
  VN: 'Vietnamese', ID: 'Indonesian', MN: 'Mongolian', NP: 'Nepali', MM: 'Burmese', AL: 'Albanian', AM: 'Armenian', KZ: 'Kazakh',
  UZ: 'Uzbek', SO: 'Somali', BY: 'Belarusian', MG: 'Malagasy',
};
/** French adjectives PEOPLE lacks in its capitalised nouns. */
export const MORE_ADJECTIVES_FR: Readonly<Record<string, string>> = {
  DK: 'danois|danoise|danoises', FI: 'finlandais|finlandaise|finlandaises', IN: 'indien|indienne|indiens|indiennes',
  KR: 'sud-coréen|sud-coréenne|sud-coréens|sud-coréennes', SK: 'slovaque|slovaques', SI: 'slovène|slovènes',
  BG: 'bulgare|bulgares', LT: 'lituanien|lituanienne|lituaniens|lituaniennes', LV: 'letton|lettone|lettons|lettones',
  EE: 'estonien|estonienne|estoniens|estoniennes',
};

/**
 * Names that are something else first: « Hollande », a French president.
 * "Chad" and "Jordan" are first names too (Jordan Bardella): they are read
 * only where no capitalised word follows (see countriesIn).
 */
/**
 * English's nouns for a country's people where the adjective is a language's name too ("the 34-year-old
 * Frenchman" / « le Français de 34 ans »): they name the country as PEOPLE's do. Not "Pole", "Turk", "Finn",
 * "Dane" or "Scot" ("pole position", "Turks and Caicos", Finn Russell, Dane Cook, The Scotsman); their plurals
 * "Danes" and "Finns" are only peoples, but "Poles" and "Turks" are not.
 */
export const NATIONALS_EN: Readonly<Record<string, string>> = {
  FR: 'Frenchman|Frenchwoman|Frenchmen|Frenchwomen', NL: 'Dutchman|Dutchwoman|Dutchmen|Dutchwomen', IE: 'Irishman|Irishwoman|Irishmen|Irishwomen',
  GB: 'Englishman|Englishwoman|Englishmen|Englishwomen', 'GB-WLS': 'Welshman|Welshwoman|Welshmen|Welshwomen', ES: 'Spaniard|Spaniards',
  SE: 'Swede|Swedes',
  // A people in the plural is never its language ("two Russians" / « deux Ukrainiens », yj07).
  RU: 'Russians', DE: 'Germans', IT: 'Italians', GR: 'Greeks', HU: 'Hungarians', CZ: 'Czechs', RO: 'Romanians', RS: 'Serbs|Serbians',
  HR: 'Croats|Croatians', KR: 'South Koreans', SK: 'Slovaks', SI: 'Slovenians|Slovenes', BG: 'Bulgarians', LT: 'Lithuanians',
  LV: 'Latvians', EE: 'Estonians', IS: 'Icelanders', TH: 'Thais', ID: 'Indonesians', AL: 'Albanians', AM: 'Armenians', KZ: 'Kazakhs',
  UZ: 'Uzbeks', SO: 'Somalis', BY: 'Belarusians', NP: 'Nepalis', DK: 'Danes', FI: 'Finns',
};

const NOT_COUNTRIES = new Set(['Hollande', 'Jersey', 'Guernsey']);
/** A city of the US state of Georgia before "Georgia": the state, not the country ("Augusta, Georgia"). */
const GEORGIA_CITY_BEFORE = /(?<![\p{L}])(?:Atlanta|Augusta|Savannah|Macon|Columbus|Athens|Albany|Marietta|Valdosta|Plains|Sea Island|Jekyll Island|Dalton|Rome)[ \u00A0]*,[ \u00A0]*$/iu;
/** A word before it that makes it another place or a company: "New Mexico", "Latin America", "Port of Spain", "Air India". */
const OTHER_PLACE_BEFORE = /(?<![\p{L}\p{M}])(?:New|Latin|Greater|Upper|Lower|Inner|Outer|Central|Northern|Southern|Eastern|Western|Nouvelle|Nouveau|Port of|Air)[ \u00A0-]$/u;

/** "The France captain", "Spain coach Luis de la Fuente": a national team's player or staff, the country named in passing (French says « le capitaine des Bleus »). */
const TEAM_ROLE_AFTER = /^[ \u00A0](?:captain|skipper|coach|head coach|manager|striker|forward|winger|midfielder|defender|full-back|centre-back|goalkeeper|keeper|international|squad|team-mate|teammate)(?![\p{L}])/u;
const NAMED_AFTER = /(?:delta|fleuve|bassin|palais|jardin|rue|avenue|boulevard|place|quai|gare|pont|porte)[ \u00A0]+(?:du|de la|des|de|d['’])[ \u00A0]*$/iu;

export interface CountryMention {
  code: string;
  start: number;
  end: number;
  text: string;
  /** Named in passing (see countriesIn): it counts as named, but is never taken for the country a version swapped. */
  weak: boolean;
  /** Said by an adjective ("the Norwegian icebreaker", « le brise-glace norvégien »), not by the country's name. */
  soft: boolean;
  /** A language, not the country: "in Dutch, French and German", « en néerlandais ». */
  language?: boolean;
}

interface Table {
  byName: ReadonlyMap<string, string>;
  /** The names in `byName` that are a country's people (PEOPLE). */
  people: ReadonlySet<string>;
  /** English adjectives in `byName` (ADJECTIVES_EN). */
  adjectives: ReadonlySet<string>;
  /** French adjectives, in lower case, by code, as one expression (undefined for English). */
  lowerAdjectives: { re: RegExp; code: ReadonlyMap<string, string> } | undefined;
  /**
   * The names by their first capitalised run of letters ("Royaume" of « Royaume-Uni », "U" of "U.S."), longest
   * first: a paragraph is read a capitalised word at a time, not searched for every name.
   */
  byFirstWord: ReadonlyMap<string, ReadonlyArray<{ name: string; code: string; afterIsland?: boolean }>>;
}

/** « les îles Mariannes du Nord »: French writes « îles » in small letters before an archipelago's name. */
const ISLANDS_BEFORE = /(?<![\p{L}\p{M}])[îiÎI]les?[ \u00A0]$/u;

const tables = new Map<'en' | 'fr', Table>();

/** Apostrophes and spaces as a name's are compared. */
const norm = (s: string): string => s.replace(/’/gu, "'").replace(/\u00A0/gu, ' ');
const FIRST = /^[\p{L}\p{M}]+/u;
const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*/gu;
/** What may not stand before a country's name: a letter or a digit (inside a word), a full stop or a hyphen ("U.S.", "Sino-Japanese"). */
const glued = (c: number): boolean => c === 0x2e || c === 0x2d || (charClass(c) & (LETTER | MARK | DIGIT)) !== 0;
/** What may not follow it: the word goes on. */
const followsOn = (c: number): boolean => !Number.isNaN(c) && (charClass(c) & (LETTER | MARK | DIGIT)) !== 0;

function table(lang: 'en' | 'fr'): Table {
  const hit = tables.get(lang);
  if (hit) return hit;
  const byName = new Map<string, string>();
  const add = (name: string, code: string): void => {
    if (NOT_COUNTRIES.has(name) || name.includes(',') || name.includes('(')) return;
    if (!byName.has(name)) byName.set(name, code);
  };
  const lib = (lang === 'en' ? en : fr) as { countries: Names };
  for (const [code, names] of Object.entries(MORE[lang])) for (const n of names) add(norm(n), code);
  for (const [code, names] of Object.entries(lib.countries)) for (const n of typeof names === 'string' ? [names] : names) add(norm(n), code);
  const people = new Set<string>();
  for (const [code, names] of [...Object.entries(PEOPLE[lang]), ...(lang === 'en' ? Object.entries(NATIONALS_EN) : [])]) {
    for (const n of names.split('|')) {
      if (byName.has(n)) continue;
      add(n, code);
      people.add(n);
    }
  }
  const adjectives = new Set<string>();
  if (lang === 'en') {
    for (const [code, name] of Object.entries(ADJECTIVES_EN)) {
      if (byName.has(name)) continue;
      add(name, code);
      adjectives.add(name);
    }
  }
  // French copy writes some without their accents (« le Nigeria », « Perou »).
  if (lang === 'fr') for (const [name, code] of [...byName]) add(name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'), code);
  const byFirstWord = new Map<string, Array<{ name: string; code: string; afterIsland?: boolean }>>();
  const index = (name: string, code: string, afterIsland: boolean): void => {
    const first = FIRST.exec(name)?.[0];
    if (first === undefined) return;
    const list = byFirstWord.get(first) ?? [];
    list.push({ name, code, ...(afterIsland ? { afterIsland } : {}) });
    byFirstWord.set(first, list);
  };
  for (const [name, code] of byName) {
    index(name, code, false);
    // « Îles Mariannes du Nord » is also written « les îles Mariannes du Nord »: its name after « îles », read only there
    // (« Cook » alone is a surname).
    const archipelago = /^[ÎI]les? (\p{Lu}.*)$/u.exec(name)?.[1];
    if (lang === 'fr' && archipelago !== undefined) index(archipelago, code, true);
  }
  for (const list of byFirstWord.values()) list.sort((x, y) => y.name.length - x.name.length);
  let lowerAdjectives: Table['lowerAdjectives'];
  if (lang === 'fr') {
    const code = new Map<string, string>();
    for (const [c, names] of [...Object.entries(PEOPLE.fr), ...Object.entries(MORE_ADJECTIVES_FR)]) for (const n of names.split('|')) code.set(n.toLowerCase(), c);
    const words = [...code.keys()].sort((x, y) => y.length - x.length);
    lowerAdjectives = { re: new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${words.join('|')})(?![\\p{L}\\p{M}-])`, 'gu'), code };
  }
  const out = { byName, people, adjectives, lowerAdjectives, byFirstWord };
  tables.set(lang, out);
  return out;
}

/** The language whose names are read for an article's `lang` ("fr-CA" is French); none for a language with no names here. */
function tableLanguage(lang: string): 'en' | 'fr' | undefined {
  const base = lang.toLowerCase().split(/[-_]/u)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/** The countries `p` names, in the order written. */
export function countriesIn(prose: string, p: Paragraph, lang: string): CountryMention[] {
  const l = tableLanguage(lang);
  if (l === undefined) return [];
  const { byFirstWord, people, adjectives, lowerAdjectives } = table(l);
  const text = prose.slice(p.start, p.end);
  const out: CountryMention[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m !== null; m = CAPITALISED.exec(text)) {
    const candidates = byFirstWord.get(m[0]);
    if (candidates === undefined || (m.index > 0 && glued(text.charCodeAt(m.index - 1)))) continue;
    const island = ISLANDS_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
    const found = candidates.find((n) => (n.afterIsland !== true || island) && norm(text.slice(m.index, m.index + n.name.length)) === n.name && !followsOn(text.charCodeAt(m.index + n.name.length)));
    if (!found) continue;
    const start = p.start + m.index;
    const end = start + found.name.length;
    CAPITALISED.lastIndex = m.index + found.name.length;
    // Part of another name, or a first name ("Mali Airways", "Jordan Bardella", "the Niger Delta", "New Mexico"),
    // a compound ("Nigeria-based"), or a river, a building or a street named after it (« le delta du Niger », « le
    // palais du Luxembourg »): the country is named, if at all, only in passing.
    const before = prose.slice(Math.max(p.start, start - 24), start);
    // A people's name stands before a person's as a matter of course (« la Suissesse Julie Derron »): not in passing.
    const nameAfter = /^[ \u00A0]\p{Lu}/u.test(prose.slice(end, end + 2)) && !people.has(found.name);
    // "Chilean-born", "New Zealand-born": where someone comes from, said of them.
    const born = /^-born(?![\p{L}])/u.test(prose.slice(end, end + 6));
    // "AUGUSTA, Georgia", "Atlanta, Georgia": the US state, after one of its cities (a dateline's, in capitals too).
    const usState = found.code === 'GE' && GEORGIA_CITY_BEFORE.test(before);
    const weak =
      usState ||
      (born
        ? false
        : adjectives.has(found.name)
          ? inCompound(prose, start, end) || (LANGUAGE_BEFORE.en.test(before) && !qualifiesNoun(before, prose.slice(end, end + 12)))
          : nameAfter ||
            prose.charAt(end) === '-' ||
            OTHER_PLACE_BEFORE.test(before) ||
            (l === 'fr' && NAMED_AFTER.test(before)) ||
            (l === 'en' && !people.has(found.name) && TEAM_ROLE_AFTER.test(prose.slice(end, end + 16))) ||
            afterFirstName(before));
    const mention: CountryMention = { code: found.code, start, end, text: prose.slice(start, end), weak, soft: adjectives.has(found.name) };
    if (adjectives.has(found.name) && !inCompound(prose, start, end) && saidAsLanguage(prose, out, start, end, before, 'en')) mention.language = true;
    out.push(mention);
  }
  if (lowerAdjectives) {
    lowerAdjectives.re.lastIndex = 0;
    for (let m = lowerAdjectives.re.exec(text); m !== null; m = lowerAdjectives.re.exec(text)) {
      const code = lowerAdjectives.code.get(m[0]);
      if (code === undefined) continue;
      const start = p.start + m.index;
      const end = start + m[0].length;
      const before = prose.slice(Math.max(p.start, start - 24), start);
      const mention: CountryMention = { code, start, end, text: m[0], weak: LANGUAGE_BEFORE.fr.test(before), soft: true };
      if (saidAsLanguage(prose, out, start, end, before, 'fr')) mention.language = true;
      out.push(mention);
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** The countries a paragraph of an article names, read once for the rules and the fingerprints that ask. */
export const countryMentionsOf = perParagraph((article: Article, p: Paragraph): CountryMention[] => countriesIn(article.prose, p, article.language));

/** Whether the text before a country's name ends with a first name: a surname ("Stéphane Israël", "Kevin France"). */
function afterFirstName(before: string): boolean {
  const word = /(\p{Lu}[\p{Ll}\p{M}-]+)[ \u00A0]$/u.exec(before)?.[1];
  return word !== undefined && isFirstName(word);
}

/** What ends a language's name: a stop, a comma, "and", « et », the text's end ("in Dutch, French and German."). */
const LANGUAGE_END = /^(?:[ \u00A0]*[,.;:!?)»”"]|[ \u00A0]+(?:and|or|et|ou)[ \u00A0]|[ \u00A0]*$)/u;

/**
 * Whether the adjective at start–end names a language: after "in" or « en » ("swore the oath in Dutch"), or next in a
 * list that opened with one ("in Dutch, French and German"), and ending there, not before a noun ("from Chinese
 * firms"). A language names no country: "Dutch" in that oath is not the Netherlands.
 */
function saidAsLanguage(prose: string, earlier: readonly CountryMention[], start: number, end: number, before: string, l: 'en' | 'fr'): boolean {
  if (!LANGUAGE_END.test(prose.slice(end, end + 6))) return false;
  if (LANGUAGE_BEFORE[l].test(before) && !/(?<![\p{L}])(?:du|le|from)[ \u00A0]$/u.test(before)) return true;
  const last = earlier[earlier.length - 1];
  return last?.language === true && /^(?:,[ \u00A0]*|,?[ \u00A0]+(?:and|or|et|ou)[ \u00A0]+(?:en[ \u00A0]+)?|,[ \u00A0]*en[ \u00A0]+)$/u.test(prose.slice(last.end, start));
}

/** Words before an adjective that make it a language: "speaks Slovak", "in French", « il parle slovaque », « en danois ». */
/** After "in", "into" or "from", the adjective of the noun that follows ("from Spanish umpire Carlos Ramos", "in Spanish waters"), not the language ("translated from Spanish into English"). */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|into|from)[ \u00A0]$/u;
const NOUN_AFTER = /^[ \u00A0](?!(?:and|or|but|into|to|with|at|for|as|by|on|in|from|of|than|is|was|were|are|has|had|that|which|who|when|while|since|so|too|only|alone)(?![\p{L}]))\p{Ll}{3,}/u;
function qualifiesNoun(before: string, after: string): boolean {
  return PREPOSITION_BEFORE.test(before) && NOUN_AFTER.test(after);
}

const LANGUAGE_BEFORE = {
  en: /(?<![\p{L}])(?:speaks?|spoke|speaking|in|into|from|learn|learns|learning|fluent)[ \u00A0]$/u,
  fr: /(?<![\p{L}])(?:parle|parlent|parlait|parlant|en|du|le)[ \u00A0]$/u,
} as const;

/** Whether a hyphen joins the word at start–end to another: "Russian-speaking", « franco-allemand ». */
function inCompound(prose: string, start: number, end: number): boolean {
  return prose.charAt(end) === '-' || prose.charAt(start - 1) === '-';
}

/** The names of the country `code` in the language of `lang`. */
export function countryNames(lang: string, code: string): string[] {
  const l = tableLanguage(lang);
  if (l === undefined) return [];
  return [...table(l).byName].filter(([, c]) => c === code).map(([name]) => name);
}

/** Whether two codes name one country: "Congo" is either Congo. */
export function sameCountry(a: string, b: string): boolean {
  return a === b || ((a === 'CONGO' || b === 'CONGO') && ['CD', 'CG', 'CONGO'].includes(a) && ['CD', 'CG', 'CONGO'].includes(b));
}
