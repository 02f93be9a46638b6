// Places and organisations whose English and French names differ (London /
// Londres, NATO / OTAN), and the names of popes and monarchs each language
// gives its own form (Pope Francis / le pape François, Edward VIII /
// Édouard VIII), folded: each French form, and each English variant,
// maps to one English form. The marks two versions are compared by use it
// (pairing, alignment, missing paragraphs), and translation.name and
// translation.person take two forms of one entry for no slip and no other
// person. Names spelt alike in both languages need no entry.

const PAIRS = `
allemagne germany|espagne spain|italie italy|angleterre england|ecosse scotland|irlande ireland|chine china|japon japan|inde india
russie russia|bresil brazil|mexique mexico|egypte egypt|algerie algeria|maroc morocco|tunisie tunisia|libye libya|ethiopie ethiopia
mauritanie mauritania|tchad chad|cameroun cameroon|guinee guinea|afrique africa|chili chile|argentine argentina|colombie colombia
perou peru|bolivie bolivia|turquie turkey|grece greece|suede sweden|norvege norway|danemark denmark|finlande finland|pologne poland
hongrie hungary|autriche austria|suisse switzerland|belgique belgium|coree korea|thailande thailand|indonesie indonesia|nagorny nagorno
malaisie malaysia|australie australia|arabie arabia|syrie syria|irak iraq|liban lebanon|jordanie jordan|somalie somalia
tanzanie tanzania|ouganda uganda|soudan sudan|zambie zambia|namibie namibia|gambie gambia|mongolie mongolia|jamaique jamaica
ouzbekistan uzbekistan|azerbaidjan azerbaijan|armenie armenia|georgie georgia|roumanie romania|bulgarie bulgaria|serbie serbia
croatie croatia|slovenie slovenia|slovaquie slovakia|tchequie czechia|lituanie lithuania|lettonie latvia|estonie estonia
islande iceland|chypre cyprus|malte malta|cambodge cambodia|birmanie myanmar|erythree eritrea|lybie libya
londres london|geneve geneva|bruxelles brussels|moscou moscow|pekin beijing|caire cairo|alger algiers|haye hague|varsovie warsaw
vienne vienna|lisbonne lisbon|athenes athens|venise venice|francfort frankfurt|hambourg hamburg|copenhague copenhagen
edimbourg edinburgh|damas damascus|bagdad baghdad|teheran tehran|beyrouth beirut|riyad riyadh|ryad riyadh|singapour singapore
manille manila|bale basel|anvers antwerp|gand ghent|havane havana|kiev kyiv|koweit kuwait
barcelone barcelona|saragosse zaragoza|mayence mainz|cracovie krakow|bucarest bucharest|alexandrie alexandria|mecque mecca
medine medina|bethleem bethlehem|louvain leuven|malines mechelen|ratisbonne regensburg|dresde dresden|breme bremen|hanovre hanover
idleb idlib|rakka raqqa|deraa daraa|alep aleppo|tbilissi tbilisi|erevan yerevan|tachkent tashkent|katmandou kathmandu|rangoun yangon|djakarta jakarta|tombouctou timbuktu|abeba ababa
valence valencia|andalousie andalusia|catalogne catalonia|castille castile|sardaigne sardinia|sicile sicily|toscane tuscany
lombardie lombardy|baviere bavaria|wurtemberg wurttemberg|genes genoa|corse corsica|bretagne brittany|normandie normandy|bourgogne burgundy|savoie savoy
guyane guiana|dunkerque dunkirk|douvres dover|cornouailles cornwall|galles wales|marseilles marseille|lyons lyon|pays-bas netherlands
guinee-bissau guinea-bissau|terre-neuve newfoundland|equateur ecuador|louisiane louisiana|floride florida|californie california
virginie virginia|caroline carolina|pennsylvanie pennsylvania|saoudite saudi|emirats emirates|etats-unis us|usa us
francois francis|benoit benedict|leon leo|pie pius|gregoire gregory|jean john|guillaume william|henri henry|jacques james
philippe philip|edouard edward|elisabeth elizabeth|georges george|frederic frederick|etienne stephen|pierre peter
jeux games|etat state|agence agency|territoires territories|territoire territory|iles islands|ile island|mascate muscat|aiea iaea|onu un|otan nato|oms who|fmi imf|ocde oecd|opep opec|bce ecb|cpi icc|ue eu|ua au|cedeao ecowas|uemoa waemu
`;

export const EXONYMS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/[|\n]/u)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(' ') as [string, string]),
);
