import type { WithdrawalView } from '../../../../src/contracts/commission';
import type { WithdrawalDoc } from '../../kernel/docs/docs';
import { maskAccount } from './mask-account';

export function toWithdrawalView(w: WithdrawalDoc): WithdrawalView {
  return {
    id: w._id,
    status: w.status,
    method: w.method,
    amountFen: w.amountFen,
    feeFen: w.feeFen,
    netFen: w.netFen,
    accountMasked: maskAccount(w.account),
    requestedAt: w.requestedAt,
    reviewedAt: w.reviewedAt,
    rejectReason: w.rejectReason,
    failureReason: w.failureReason,
    paidAt: w.paidAt,
  };
}
