import { failWith } from '../../../../src/domain/shared/domain-error';
import { WITHDRAWAL_ERRORS } from '../../../../src/contracts/commission';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/**
 * A frozen distributor cannot withdraw (ARCHITECTURE §5), and freezing usually means staff are looking into them,
 * so nothing is paid out meanwhile: approve and retry refuse; staff may still reject, which gives the money back.
 */
export async function assertNotFrozen(ops: DocOps, userId: string): Promise<void> {
  const distributor = await ops.get(COLLECTIONS.distributors, userId);
  if (distributor?.status === 'FROZEN') {
    throw failWith(WITHDRAWAL_ERRORS.FROZEN);
  }
}
