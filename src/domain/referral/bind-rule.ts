/**
 * 有赞 style: during `protectionDays` after the binding nobody can take the customer; after that a different sharer
 * may; after `validityDays` (null = never) the binding has lapsed and the user counts as unbound.
 */
export interface ProtectedBindRule {
  kind: 'PROTECTED';
  protectionDays: number;
  validityDays: number | null;
}

/**
 * Merchant binding rules: first touch is permanent; PROTECTED is protection period + validity; ALWAYS_OVERRIDE lets
 * the latest share win. No rule ever allows binding oneself or closing a cycle.
 */
export type BindRule = 'FIRST_TOUCH' | 'ALWAYS_OVERRIDE' | ProtectedBindRule;
