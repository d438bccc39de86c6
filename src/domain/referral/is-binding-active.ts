import { addDaysMs, toEpochMs, type Instant } from '../shared/to-epoch-ms';
import type { BindRule } from './bind-rule';

/**
 * When a binding stops counting, or null if it never does. Only the protection + validity rule (有赞 style) lapses:
 * first-touch is permanent and always-override lasts until the next share replaces it.
 */
export function bindingLapsesAtMs(rule: BindRule, boundAt: Instant): number | null {
  if (typeof rule === 'string' || rule.validityDays === null) return null;
  return addDaysMs(boundAt, rule.validityDays);
}

/**
 * Whether the user's binding still stands at `now`. A lapsed binding means the user is treated as unbound: any
 * sharer may bind them again, and their orders pay the old superior nothing (CRMEB's "绑定失效").
 */
export function isBindingActive(input: { rule: BindRule; boundAt: Instant; now: Instant }): boolean {
  const lapsesAt = bindingLapsesAtMs(input.rule, input.boundAt);
  return lapsesAt === null || toEpochMs(input.now) < lapsesAt;
}
