import { dateWeekday } from './dateWeekday';
import type { DocumentRule, Rule, TranslationRule } from './rule';
import { translationDate } from './translationDate';
import { translationNumber } from './translationNumber';
import { dash } from './typographyDash';
import { doubleSpace } from './typographyDoubleSpace';
import { dropCap } from './typographyDropCap';
import { ellipsis } from './typographyEllipsis';
import { enSpaceBeforePunctuation } from './typographyEnSpaceBeforePunctuation';
import { frNbsp } from './typographyFrNbsp';
import { numberRange } from './typographyNumberRange';

// Every built-in rule, in one list. Style-guide rules are compiled from data
// per configuration and are not listed here.

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  dateWeekday,
  dropCap,
  frNbsp,
  doubleSpace,
  enSpaceBeforePunctuation,
  ellipsis,
  dash,
  numberRange,
];

export const TRANSLATION_RULES: readonly TranslationRule[] = [translationDate, translationNumber];

export const ALL_RULES: readonly Rule[] = [...DOCUMENT_RULES, ...TRANSLATION_RULES];
