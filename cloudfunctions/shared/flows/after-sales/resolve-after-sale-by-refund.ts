import { failWith } from '../../../../src/domain/shared/domain-error';
import { AFTER_SALE_ERRORS } from '../../../../src/contracts/after-sale';
import { afterSalePath } from '../../../../src/domain/after-sale/after-sale-lifecycle';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { moveAfterSale } from './move-after-sale';

/**
 * Inside a refund's transaction: the request the refund answers becomes REFUNDED, through whatever steps it still
 * had (a 仅退款 approved and refunded at once: APPROVED, REFUNDED; a return staff confirm: RETURNED, REFUNDED). A
 * refund made for this request (`required`) must be able to resolve it, or nothing is written; a staff refund of a
 * line that merely had a request open resolves it if it can and otherwise leaves it alone.
 */
export async function resolveAfterSaleByRefund(
  tx: DocOps,
  afterSaleId: string,
  refund: { refundId: string; actorId: string; at: string; note: string; required: boolean },
): Promise<void> {
  const doc = await tx.get(COLLECTIONS.afterSales, afterSaleId);
  const path = doc ? afterSalePath(doc.status, 'REFUNDED') : null;
  if (!doc || !path) {
    if (refund.required) throw failWith(AFTER_SALE_ERRORS.INVALID_TRANSITION);
    return;
  }
  const actor = refund.actorId.startsWith('system:') ? 'SYSTEM' : 'STAFF';
  await moveAfterSale(tx, doc, path, { actor, actorId: refund.actorId, at: refund.at, note: refund.note }, { refundId: refund.refundId });
}
