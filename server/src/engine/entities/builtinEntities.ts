import type { Lang } from '../types';
import type { Entity, EntityTitle, EntityType } from './entityTypes';

// The default list, as data so it bundles. Only entries whose spellings are
// settled in both languages; short acronyms that are other words elsewhere
// ("AU" is French "au", "Chad" a first name) are left out or kept to one
// language. A newsroom's own list always wins over these (see
// mergeEntityLists' fallback).

interface Spec {
  type: EntityType;
  name: string;
  names?: Record<Lang, string>;
  aliases?: string[];
  aliasesByLang?: Record<Lang, string[]>;
  titles?: EntityTitle[];
  bio?: Record<Lang, string>;
}

const SPECS: Readonly<Record<string, Spec>> = {
  // The Sahel story (facts checked in /shared/docs/facts.md; same as examples/sahel-summit/entities.yaml).
  'assimi-goita': {
    type: 'person',
    name: 'Assimi Goïta',
    aliases: ['Goïta'],
    titles: [
      { names: { en: 'Colonel', fr: 'colonel' }, to: '2024-10-15' },
      { names: { en: 'Army General', fr: "général d'armée" }, from: '2024-10-16' },
      { names: { en: 'President of the Transition', fr: 'président de la Transition' }, from: '2021-06' },
    ],
    bio: {
      en: 'Head of state of Mali. As a colonel he led the coup of 18 August 2020, then became President of the Transition after the second coup of May 2021. Promoted army general (five stars) on 16 October 2024.',
      fr: "Chef de l'État malien. Colonel, il a mené le coup d'État du 18 août 2020, puis est devenu président de la Transition après le second coup de mai 2021. Élevé au grade de général d'armée le 16 octobre 2024.",
    },
  },
  'abdourahamane-tiani': {
    type: 'person',
    name: 'Abdourahamane Tiani',
    aliases: ['Tiani', 'Tchiani', 'Abdourahamane Tchiani'],
    titles: [
      { names: { en: 'Brigadier General', fr: 'général de brigade' }, to: '2025-03-25' },
      { names: { en: 'Army General', fr: "général d'armée" }, from: '2025-03-26' },
      { names: { en: 'President of the CNSP', fr: 'président du CNSP' }, from: '2023-07-26', to: '2025-03-25' },
      { names: { en: 'President of the Republic', fr: 'président de la République' }, from: '2025-03-26' },
    ],
    bio: {
      en: "Head of state of Niger. Former commander of the presidential guard, he led the coup of 26 July 2023 against President Mohamed Bazoum and chaired the CNSP junta. Sworn in as President on 26 March 2025 and promoted army general.",
      fr: "Chef de l'État nigérien. Ancien commandant de la garde présidentielle, il a renversé le président Mohamed Bazoum le 26 juillet 2023 et présidé le CNSP. Investi président le 26 mars 2025 et élevé au grade de général d'armée.",
    },
  },
  'ibrahim-traore': {
    type: 'person',
    name: 'Ibrahim Traoré',
    aliases: ['Traoré'],
    titles: [
      { names: { en: 'Captain', fr: 'capitaine' }, from: '2020' },
      { names: { en: 'President of the Transition', fr: 'président de la Transition' }, from: '2022-09-30' },
    ],
    bio: {
      en: 'Head of state of Burkina Faso since overthrowing Lt-Col Paul-Henri Sandaogo Damiba on 30 September 2022. Born in 1988; a captain since 2020, not a general.',
      fr: "Chef de l'État burkinabè depuis le renversement du lieutenant-colonel Paul-Henri Sandaogo Damiba, le 30 septembre 2022. Né en 1988, capitaine depuis 2020 — il n'est pas général.",
    },
  },
  aes: {
    type: 'organization',
    name: 'AES',
    aliasesByLang: {
      en: ['Alliance of Sahel States', 'Confederation of Sahel States'],
      fr: ['Alliance des États du Sahel', 'Confédération des États du Sahel'],
    },
    bio: {
      en: 'Alliance of Mali, Niger and Burkina Faso: a mutual-defence pact signed on 16 September 2023, made a confederation at the Niamey summit of 6 July 2024.',
      fr: 'Alliance du Mali, du Niger et du Burkina Faso : pacte de défense mutuelle signé le 16 septembre 2023, devenu confédération au sommet de Niamey du 6 juillet 2024.',
    },
  },
  ecowas: {
    type: 'organization',
    name: 'ECOWAS',
    names: { en: 'ECOWAS', fr: 'Cédéao' },
    // Newsrooms differ (RFI "Cédéao", Le Monde "Cedeao", the body itself "CEDEAO"; the FT "Ecowas"): none is a slip.
    aliasesByLang: {
      en: ['Economic Community of West African States', 'Ecowas'],
      fr: ["Communauté économique des États de l'Afrique de l'Ouest", 'CEDEAO', 'Cedeao'],
    },
    bio: {
      en: 'Economic Community of West African States. Mali, Niger and Burkina Faso announced their withdrawal on 28 January 2024; it took effect on 29 January 2025.',
      fr: "Communauté économique des États de l'Afrique de l'Ouest. Le Mali, le Niger et le Burkina Faso ont annoncé leur retrait le 28 janvier 2024 ; il est effectif depuis le 29 janvier 2025.",
    },
  },
  'g5-sahel': { type: 'organization', name: 'G5 Sahel' },

  // Other West African leaders: names only (no titles, so no rank is ever
  // checked against dates the list does not carry). Surnames that are words
  // elsewhere ("Talon", "Barrow", "Bio") are not aliases; English copy often
  // drops accents, so the accentless forms are accepted there.
  'alassane-ouattara': { type: 'person', name: 'Alassane Ouattara', aliases: ['Ouattara'] },
  // AFP writes Mamadi, Reuters and the Guinean presidency Mamady: both are his name.
  'mamadi-doumbouya': { type: 'person', name: 'Mamadi Doumbouya', aliases: ['Mamady Doumbouya', 'Doumbouya'] },
  'bassirou-diomaye-faye': { type: 'person', name: 'Bassirou Diomaye Faye', aliases: ['Diomaye Faye'] },
  'ousmane-sonko': { type: 'person', name: 'Ousmane Sonko', aliases: ['Sonko'] },
  'macky-sall': { type: 'person', name: 'Macky Sall', aliases: ['Sall'] },
  'bola-tinubu': { type: 'person', name: 'Bola Tinubu', aliases: ['Bola Ahmed Tinubu', 'Tinubu'] },
  'mahamat-deby': {
    type: 'person',
    name: 'Mahamat Idriss Déby',
    aliases: ['Mahamat Déby'],
    aliasesByLang: { en: ['Mahamat Idriss Deby', 'Mahamat Deby'] },
  },
  'faure-gnassingbe': { type: 'person', name: 'Faure Gnassingbé', aliases: ['Gnassingbé'], aliasesByLang: { en: ['Faure Gnassingbe', 'Gnassingbe'] } },
  'patrice-talon': { type: 'person', name: 'Patrice Talon' },
  'mohamed-ould-ghazouani': { type: 'person', name: 'Mohamed Ould Ghazouani', aliases: ['Ghazouani'] },
  'umaro-sissoco-embalo': { type: 'person', name: 'Umaro Sissoco Embaló', aliasesByLang: { en: ['Umaro Sissoco Embalo'] } },
  'john-mahama': { type: 'person', name: 'John Dramani Mahama', aliases: ['John Mahama', 'Mahama'] },
  rfi: { type: 'organization', name: 'RFI', aliases: ['Radio France Internationale'] },
  bamako: { type: 'place', name: 'Bamako', bio: { en: 'Capital of Mali.', fr: 'Capitale du Mali.' } },
  niamey: { type: 'place', name: 'Niamey', bio: { en: 'Capital of Niger.', fr: 'Capitale du Niger.' } },
  ouagadougou: { type: 'place', name: 'Ouagadougou', bio: { en: 'Capital of Burkina Faso.', fr: 'Capitale du Burkina Faso.' } },

  // International organisations.
  un: {
    type: 'organization',
    name: 'United Nations',
    names: { en: 'United Nations', fr: 'Organisation des Nations unies' },
    // "L’agence onusienne": the adjective names the UN as surely as the acronym.
    aliasesByLang: { en: ['UN', 'U.N.'], fr: ['ONU', 'Nations unies', 'Nations Unies', 'onusien', 'onusienne', 'onusiens', 'onusiennes'] },
  },
  eu: {
    type: 'organization',
    name: 'European Union',
    names: { en: 'European Union', fr: 'Union européenne' },
    aliasesByLang: { en: ['EU'], fr: ['UE'] },
  },
  nato: {
    type: 'organization',
    name: 'NATO',
    names: { en: 'NATO', fr: 'OTAN' },
    aliasesByLang: { en: ['Nato', 'North Atlantic Treaty Organization'], fr: ['Otan'] },
  },
  'african-union': {
    type: 'organization',
    name: 'African Union',
    names: { en: 'African Union', fr: 'Union africaine' },
  },
  imf: {
    type: 'organization',
    name: 'IMF',
    names: { en: 'IMF', fr: 'FMI' },
    aliasesByLang: { en: ['International Monetary Fund'], fr: ['Fonds monétaire international'] },
  },
  who: {
    type: 'organization',
    name: 'WHO',
    names: { en: 'WHO', fr: 'OMS' },
    // The organisation writes "Santé"; French usage writes "santé".
    aliasesByLang: { en: ['World Health Organization'], fr: ['Organisation mondiale de la santé', 'Organisation mondiale de la Santé'] },
  },
  wto: {
    type: 'organization',
    name: 'WTO',
    names: { en: 'WTO', fr: 'OMC' },
    aliasesByLang: { en: ['World Trade Organization'], fr: ['Organisation mondiale du commerce'] },
  },
  'world-bank': { type: 'organization', name: 'World Bank', names: { en: 'World Bank', fr: 'Banque mondiale' } },
  oecd: {
    type: 'organization',
    name: 'OECD',
    names: { en: 'OECD', fr: 'OCDE' },
    aliasesByLang: { en: ['Organisation for Economic Co-operation and Development'], fr: ['Organisation de coopération et de développement économiques'] },
  },
  unesco: { type: 'organization', name: 'UNESCO', aliases: ['Unesco'] },
  unicef: { type: 'organization', name: 'UNICEF', aliases: ['Unicef'] },
  // Agencies write their full names as often as their initials.
  unhcr: {
    type: 'organization',
    name: 'UNHCR',
    names: { en: 'UNHCR', fr: 'HCR' },
    aliasesByLang: { en: ['UN refugee agency', 'U.N. refugee agency', 'United Nations refugee agency', 'UN Refugee Agency', 'United Nations High Commissioner for Refugees'], fr: ['Haut-Commissariat des Nations unies pour les réfugiés', 'Haut Commissariat des Nations unies pour les réfugiés', 'Haut-Commissariat aux réfugiés', 'Haut-Commissariat de l’ONU pour les réfugiés'] },
  },
  wfp: {
    type: 'organization',
    name: 'World Food Programme',
    names: { en: 'World Food Programme', fr: 'Programme alimentaire mondial' },
    aliasesByLang: { en: ['WFP'], fr: ['PAM'] },
  },
  icrc: {
    type: 'organization',
    name: 'International Committee of the Red Cross',
    names: { en: 'International Committee of the Red Cross', fr: 'Comité international de la Croix-Rouge' },
    aliasesByLang: { en: ['ICRC'], fr: ['CICR'] },
  },
  'international-criminal-court': {
    type: 'organization',
    name: 'International Criminal Court',
    names: { en: 'International Criminal Court', fr: 'Cour pénale internationale' },
  },
  interpol: { type: 'organization', name: 'Interpol' },

  // Countries and cities.
  'united-states': {
    type: 'place',
    name: 'United States',
    names: { en: 'United States', fr: 'États-Unis' },
    aliasesByLang: { en: ['US', 'U.S.', 'USA'] },
  },
  'united-kingdom': {
    type: 'place',
    name: 'United Kingdom',
    names: { en: 'United Kingdom', fr: 'Royaume-Uni' },
    aliasesByLang: { en: ['UK', 'Britain'] },
  },
  france: { type: 'place', name: 'France' },
  germany: { type: 'place', name: 'Germany', names: { en: 'Germany', fr: 'Allemagne' } },
  russia: { type: 'place', name: 'Russia', names: { en: 'Russia', fr: 'Russie' } },
  china: { type: 'place', name: 'China', names: { en: 'China', fr: 'Chine' } },
  mali: { type: 'place', name: 'Mali' },
  niger: { type: 'place', name: 'Niger' },
  'burkina-faso': { type: 'place', name: 'Burkina Faso' },
  // French writes both; the accented form is no slip.
  nigeria: { type: 'place', name: 'Nigeria', aliasesByLang: { fr: ['Nigéria'] } },
  mauritania: { type: 'place', name: 'Mauritania', names: { en: 'Mauritania', fr: 'Mauritanie' } },
  senegal: { type: 'place', name: 'Senegal', names: { en: 'Senegal', fr: 'Sénégal' } },
  'cote-d-ivoire': {
    type: 'place',
    name: "Côte d'Ivoire",
    aliasesByLang: { en: ['Ivory Coast', "Cote d'Ivoire"] },
  },
  algeria: { type: 'place', name: 'Algeria', names: { en: 'Algeria', fr: 'Algérie' } },
  morocco: { type: 'place', name: 'Morocco', names: { en: 'Morocco', fr: 'Maroc' } },
  ghana: { type: 'place', name: 'Ghana' },
  togo: { type: 'place', name: 'Togo' },
  benin: { type: 'place', name: 'Benin', names: { en: 'Benin', fr: 'Bénin' } },
  cameroon: { type: 'place', name: 'Cameroon', names: { en: 'Cameroon', fr: 'Cameroun' } },
  dakar: { type: 'place', name: 'Dakar' },
  abuja: { type: 'place', name: 'Abuja' },
};

let built: Entity[] | undefined;

/** The built-in entities (the same array each call; treat it as read-only). */
export function builtinEntities(): Entity[] {
  built ??= Object.entries(SPECS).map(([id, s]) => ({
    id,
    type: s.type,
    name: s.name,
    names: s.names ?? {},
    aliases: s.aliases ?? [],
    aliasesByLang: s.aliasesByLang ?? {},
    titles: s.titles ?? [],
    bio: s.bio ?? {},
    source: { path: 'builtin:entities', start: 0, end: 0 },
  }));
  return built;
}
