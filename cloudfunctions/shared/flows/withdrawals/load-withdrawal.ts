import { failWith } from '../../../../src/domain/shared/domain-error';
import { WITHDRAWAL_ERRORS } from '../../../../src/contracts/commission';
import type { WithdrawalDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

export async function loadWithdrawal(ops: DocOps, withdrawalId: string): Promise<WithdrawalDoc> {
  const doc = await ops.get(COLLECTIONS.withdrawals, withdrawalId);
  if (!doc) throw failWith(WITHDRAWAL_ERRORS.NOT_FOUND, '提现申请不存在');
  return doc;
}
