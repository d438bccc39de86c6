import type { Bps } from '../money/fen';
import type { SignInRules } from './sign-in';

/** Why a points balance changed: one kind per change in the points ledger. */
export type PointsChangeKind = 'SIGN_IN' | 'EARN' | 'SPEND' | 'CANCEL_SPEND' | 'REFUND_SPEND' | 'REVERSE_EARN' | 'ADJUST';

/** Points rules: earning on what was paid, spending at checkout, and daily sign-in. */
export interface PointsRules extends SignInRules {
  /** Points per paid 分, in bps: 100 = 1 point per yuan. 0 = no points for spending. */
  earnBps: Bps;
  /** What one point is worth at checkout, in 分 (1 = 100 points per yuan). */
  fenPerPoint: number;
  /** At most this share of the goods still payable may be paid with points. */
  maxDeductionBps: Bps;
}
