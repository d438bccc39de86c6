import { failWith } from '../../../../src/domain/shared/domain-error';
import { WITHDRAWAL_ERRORS } from '../../../../src/contracts/commission';
import { toFen } from '../../../../src/domain/money/fen';
import { formatFen } from '../../../../src/domain/money/format-fen';
import type { BalanceDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/**
 * A clawback after settlement can leave a payee's available balance below zero while a withdrawal they asked for
 * earlier still waits. Paying it out then would hand over money they owe the shop (ARCHITECTURE §5: approval refuses
 * while the payee owes money), so approval and every retry refuse until later commission covers the debt; staff may
 * still reject, which gives the amount back against the debt. Read in the transaction that moves the withdrawal; the
 * balance read is returned.
 */
export async function assertPayeeNotInDebt(ops: DocOps, userId: string): Promise<BalanceDoc | null> {
  const balance = await ops.get(COLLECTIONS.balances, userId);
  const availableFen = balance?.availableFen ?? 0;
  if (availableFen < 0) {
    throw failWith(WITHDRAWAL_ERRORS.BALANCE_NEGATIVE, `该分销商因退款冲回尚欠 ${formatFen(toFen(-availableFen))}，欠款补足前不能打款；可驳回申请`);
  }
  return balance;
}
