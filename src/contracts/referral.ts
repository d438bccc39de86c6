import type { SceneTargetPage } from './pages';

export const REFERRAL_FN = 'referral';

export interface SceneTarget {
  page: SceneTargetPage;
  params: Record<string, string>;
}

export interface ResolvedScene extends SceneTarget {
  sharerName: string;
}

/**
 * Why a bind did or did not happen; not binding is a normal outcome, not an error.
 * - BOUND: bound to the sharer; REBOUND: the sharer replaced the previous superior (always-override, or after the
 *   protection period / validity of 有赞-style binding).
 * - ALREADY_BOUND: the rule keeps the current superior; PROTECTED: still inside the protection period;
 *   NOT_NEW_USER: the merchant binds only users without a paid order.
 * - PENDING_FIRST_ORDER: the merchant binds at the first order; this sharer is remembered until then (the latest
 *   opened code wins); AFTER_FIRST_ORDER: that moment has passed for this user.
 * - SELF, CYCLE (the sharer is below the user, at any depth), SHARER_NOT_DISTRIBUTOR.
 */
export type BindOutcome =
  | 'BOUND'
  | 'REBOUND'
  | 'ALREADY_BOUND'
  | 'PROTECTED'
  | 'NOT_NEW_USER'
  | 'PENDING_FIRST_ORDER'
  | 'AFTER_FIRST_ORDER'
  | 'SELF'
  | 'CYCLE'
  | 'SHARER_NOT_DISTRIBUTOR';

export interface BindResult {
  outcome: BindOutcome;
  target: SceneTarget;
  sharerName: string;
}

export { REFERRAL_ERRORS } from '../domain/referral/referral-errors';
