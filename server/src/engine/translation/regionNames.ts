// The regions translation.place reads, as cities.ts reads cities: states,
// provinces and regions the news names, each with its names in English and
// French ("|" between one region's names, ";" between regions). Written out
// by hand, because no well-kept package gives subdivisions' French names
// (CLDR's subdivisions carry three in French). Left out: names that are
// first a country (Georgia), a city of the same name (Quebec, Lagos, Kano),
// a first name (Victoria) or a word (Plateau, Rivers), and the compass
// regions (Northwest, « Extrême-Nord ») that name a part of any country.
// England's counties are here (Kent for Sussex is a slip court and weather
// copy makes); Durham, Lancaster and the like, cities first, are not.
// France's regions and départements are, but for those that are first a
// river, a word or a first name (Loire, Somme, Cher, Aude, Var, Nord), those
// that are a country's part of another region's name (Provence, Auvergne), and
// the overseas ones, which are countries too (Martinique).
export const REGION_NAMES = `
Washington; New York; Alabama; Alaska; Arizona; Arkansas; California|Californie; Colorado; Connecticut; Delaware; Florida|Floride; Hawaii|Hawaï; Idaho
Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana|Louisiane; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi
Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico|Nouveau-Mexique; North Carolina|Caroline du Nord
North Dakota|Dakota du Nord; Ohio; Oklahoma; Oregon; Pennsylvania|Pennsylvanie; Rhode Island; South Carolina|Caroline du Sud
South Dakota|Dakota du Sud; Tennessee; Texas; Utah; Vermont; Virginia|Virginie; West Virginia|Virginie-Occidentale; Wisconsin; Wyoming
Ontario; British Columbia|Colombie-Britannique; Alberta; Manitoba; Saskatchewan; Nova Scotia|Nouvelle-Écosse; New Brunswick|Nouveau-Brunswick
Newfoundland and Labrador|Terre-Neuve-et-Labrador|Newfoundland|Terre-Neuve; Prince Edward Island|Île-du-Prince-Édouard; Yukon; Nunavut
Northwest Territories|Territoires du Nord-Ouest; New South Wales|Nouvelle-Galles du Sud; Queensland; Tasmania|Tasmanie
Western Australia|Australie-Occidentale; South Australia|Australie-Méridionale; Bavaria|Bavière; Saxony|Saxe; Lower Saxony|Basse-Saxe
Saxony-Anhalt|Saxe-Anhalt; Thuringia|Thuringe; Hesse; Baden-Württemberg|Baden-Wurttemberg|Baden-Wuerttemberg|Bade-Wurtemberg
North Rhine-Westphalia|Rhénanie-du-Nord-Westphalie; Rhineland-Palatinate|Rhénanie-Palatinat; Schleswig-Holstein
Mecklenburg-Western Pomerania|Mecklembourg-Poméranie-Occidentale; Catalonia|Catalogne; Andalusia|Andalousie; Galicia|Galice
Basque Country|Pays basque; Lombardy|Lombardie; Sicily|Sicile; Sardinia|Sardaigne; Tuscany|Toscane; Piedmont|Piémont; Veneto|Vénétie
Calabria|Calabre; Apulia|Pouilles; Campania|Campanie; Brittany|Bretagne; Normandy|Normandie; Burgundy|Bourgogne; Corsica|Corse; Alsace
Uttar Pradesh; Maharashtra; Kerala; Tamil Nadu; Punjab|Pendjab; Bihar; West Bengal|Bengale-Occidental; Gujarat; Rajasthan; Karnataka; Jharkhand; Chhattisgarh; Haryana; Uttarakhand; Himachal Pradesh; Goa
Kashmir|Cachemire; Assam; Manipur; Odisha; Telangana; Andhra Pradesh; Madhya Pradesh; Balochistan|Baluchistan|Baloutchistan
Khyber Pakhtunkhwa; Sindh|Sind; Xinjiang; Tibet; Guangdong; Sichuan; Hubei; Yunnan; Inner Mongolia|Mongolie-Intérieure; Mindanao; Aceh
Henan; Hebei; Hunan; Shandong; Shanxi; Shaanxi; Jiangsu; Zhejiang; Fujian; Anhui; Jiangxi; Guizhou; Guangxi; Hainan; Liaoning; Heilongjiang
Luzon|Luçon; Leyte; Palawan; Mindoro; Bohol; Visayas; Panay; Gansu; Qinghai; Ningxia; Jalisco; Sinaloa; Michoacán|Michoacan; Sonora; Tamaulipas; Chiapas; Nuevo León|Nuevo Leon; Coahuila; Quintana Roo
Baja California|Basse-Californie; Minas Gerais; Bahia; Rio Grande do Sul; Mato Grosso; Paraná|Parana; Pernambuco; Ceará|Ceara; Goiás|Goias
Santa Catarina; Espírito Santo|Espirito Santo; Maranhão|Maranhao; Rondônia|Rondonia; Roraima; Tocantins; Alagoas; Piauí|Piaui; Amapá|Amapa
Sumatra; Borneo|Bornéo; Bali; East Java|Java oriental; Central Java|Java central; West Java|Java occidental; Okinawa; Hokkaido|Hokkaidō
Gyeonggi; Gangwon; North Chungcheong|Chungcheong du Nord; South Chungcheong|Chungcheong du Sud; North Jeolla|Jeolla du Nord; South Jeolla|Jeolla du Sud
North Gyeongsang|Gyeongsang du Nord; South Gyeongsang|Gyeongsang du Sud
Rakhine; North Kivu|Nord-Kivu; South Kivu|Sud-Kivu; Ituri; Katanga; Kasai|Kasaï; Darfur|Darfour; Kordofan; Tigray; Amhara; Oromia
Puntland; Somaliland; Jubaland; Casamance; Cabo Delgado; Borno; Zamfara; Jigawa; Adamawa; Yobe; Benue; Tillabéri|Tillaberi
Ashanti; Greater Accra|Grand Accra; Ahafo; Brong-Ahafo; Grand Bahama; New Providence; Abaco; Eleuthera
West Bank|Cisjordanie; Golan Heights|Golan; Sinai|Sinaï; Donbas|Donbass; Crimea|Crimée; Kurdistan; Chechnya|Tchétchénie; Dagestan|Daghestan
Kent; Sussex; East Sussex|Sussex de l'Est; West Sussex|Sussex de l'Ouest; Essex; Surrey; Hampshire; Dorset; Devon; Cornwall|Cornouailles
Somerset; Wiltshire; Gloucestershire; Oxfordshire; Berkshire; Buckinghamshire; Hertfordshire; Bedfordshire; Cambridgeshire; Norfolk
Suffolk; Lincolnshire; Northamptonshire; Leicestershire; Nottinghamshire; Derbyshire; Staffordshire; Shropshire; Warwickshire
Worcestershire; Herefordshire; Cheshire; Lancashire; Merseyside; Cumbria|Cumbrie; Northumberland; Yorkshire
North Yorkshire|Yorkshire du Nord; West Yorkshire|Yorkshire de l'Ouest; South Yorkshire|Yorkshire du Sud; East Yorkshire|Yorkshire de l'Est
Île-de-France; Hauts-de-France; Grand Est; Provence-Alpes-Côte d'Azur; Occitania|Occitanie; Nouvelle-Aquitaine; Auvergne-Rhône-Alpes
Pays de la Loire; Centre-Val de Loire; Bourgogne-Franche-Comté; Picardy|Picardie; Savoy|Savoie
Dordogne; Gironde; Landes; Ardèche|Ardeche; Vendée|Vendee; Finistère|Finistere; Morbihan; Bouches-du-Rhône|Bouches-du-Rhone
Alpes-Maritimes; Pyrénées-Orientales|Pyrenees-Orientales; Hérault|Herault; Ariège|Ariege; Aveyron; Lozère|Lozere; Corrèze|Correze
Charente-Maritime; Loire-Atlantique; Seine-Saint-Denis; Val-de-Marne; Hauts-de-Seine; Essonne; Yvelines; Seine-et-Marne; Pas-de-Calais
Bas-Rhin; Haut-Rhin; Vosges; Isère|Isere; Drôme|Drome; Vaucluse; Haute-Garonne; Pyrénées-Atlantiques|Pyrenees-Atlantiques
`;

/**
 * Regions the news names whole or by a part ("Yorkshire" / « le Yorkshire du
 * Nord »): a translation that names the whole where the other names a part
 * names the same place. Their parts are kept apart from each other (West and
 * North Yorkshire).
 */
export const REGION_WHOLES: ReadonlySet<string> = new Set(['yorkshire', 'sussex']);
