import { calendarContradictions } from '../translation/calendarWords';
import type { TranslationRule } from './rule';

// A month named without a full date that differs between versions: "in
// March" / "en mai". Months inside full dates are translation.date's. See
// translation/calendarWords.ts for when two months contradict.

export const translationMonth: TranslationRule = {
  id: 'translation.month',
  scope: 'translation',
  defaultSeverity: 'warning',
  description: {
    en: 'A month named without a full date differs between versions of the same article.',
    fr: 'Un mois cité sans date complète diffère entre les versions d’un même article.',
  },
  examples: [{ lang: 'en', bad: 'The ministry cut the budget in March. / Le ministère a réduit le budget en mai.', good: 'The ministry cut the budget in March. / Le ministère a réduit le budget en mars.' }],
  check: (ctx) => calendarContradictions(ctx, 'month', 'translation.month'),
};
