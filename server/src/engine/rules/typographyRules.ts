import { apostrophe } from './typographyApostrophe';
import { dash } from './typographyDash';
import { doubleSpace } from './typographyDoubleSpace';
import { dropCap } from './typographyDropCap';
import { ellipsis } from './typographyEllipsis';
import { enSpaceBeforePunctuation } from './typographyEnSpaceBeforePunctuation';
import { frNbsp } from './typographyFrNbsp';
import { numberRange } from './typographyNumberRange';
import { quotes } from './typographyQuotes';
import type { DocumentRule } from './rule';

/** Every typography rule with its default options, for the rule registry. */
export const typographyRules: readonly DocumentRule[] = [
  dropCap,
  frNbsp,
  doubleSpace,
  enSpaceBeforePunctuation,
  ellipsis,
  dash,
  numberRange,
  quotes,
  apostrophe,
];
