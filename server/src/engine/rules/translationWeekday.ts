import { calendarContradictions } from '../translation/calendarWords';
import type { TranslationRule } from './rule';

// A day of the week that differs between versions: "on Tuesday" / "lundi",
// or the same date with another weekday ("Thursday, April 24" / "mercredi 24
// avril"). See translation/calendarWords.ts for when two days contradict.

export const translationWeekday: TranslationRule = {
  id: 'translation.weekday',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A day of the week differs between versions of the same article.',
    fr: 'Un jour de la semaine diffère entre les versions d’un même article.',
  },
  examples: [{ lang: 'en', bad: 'The minister resigned on Tuesday. / Le ministre a démissionné lundi.', good: 'The minister resigned on Tuesday. / Le ministre a démissionné mardi.' }],
  check: (ctx) => calendarContradictions(ctx, 'weekday', 'translation.weekday'),
};
