import { dateImpossible } from './dateImpossible';
import { dateRange } from './dateRange';
import { dateWeekday } from './dateWeekday';
import { entitySpelling } from './entitySpelling';
import { entityTitle } from './entityTitle';
import type { DocumentRule, Rule, TranslationRule } from './rule';
import { spellingCommon } from './spellingCommon';
import { translationDate } from './translationDate';
import { translationEntity } from './translationEntity';
import { translationMissing } from './translationMissing';
import { translationMonth } from './translationMonth';
import { translationName } from './translationName';
import { translationStale } from './translationStale';
import { translationCountry } from './translationCountry';
import { translationPlace } from './translationPlace';
import { translationPerson } from './translationPerson';
import { translationTitle } from './translationTitle';
import { translationNumber } from './translationNumber';
import { translationRegnal } from './translationRegnal';
import { translationWeekday } from './translationWeekday';
import { typographyRules } from './typographyRules';

// Every built-in rule, in one list. Style-guide rules are compiled from data
// per configuration and are not listed here.

export const DOCUMENT_RULES: readonly DocumentRule[] = [dateWeekday, dateRange, dateImpossible, entitySpelling, entityTitle, spellingCommon, ...typographyRules];

export const TRANSLATION_RULES: readonly TranslationRule[] = [translationDate, translationWeekday, translationMonth, translationNumber, translationRegnal, translationName, translationTitle, translationPerson, translationCountry, translationPlace, translationEntity, translationMissing, translationStale];

export const ALL_RULES: readonly Rule[] = [...DOCUMENT_RULES, ...TRANSLATION_RULES];
