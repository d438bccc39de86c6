import { failWith } from '../../../../src/domain/shared/domain-error';
import { AFTER_SALE_ERRORS } from '../../../../src/contracts/after-sale';
import { assertAfterSaleTransition } from '../../../../src/domain/after-sale/after-sale-lifecycle';
import type { AfterSaleStatus } from '../../../../src/domain/after-sale/after-sale-status';
import type { AfterSaleDoc, AfterSaleStepDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/**
 * The one writer of an after-sale request's status: each step along the lifecycle table, appended to the timeline,
 * written by compare-and-set on the status it read (so two people acting at once cannot both win).
 */
export async function moveAfterSale(
  ops: DocOps,
  doc: AfterSaleDoc,
  steps: ReadonlyArray<AfterSaleStatus>,
  step: Omit<AfterSaleStepDoc, 'status'>,
  patch: Partial<Pick<AfterSaleDoc, 'returnShipment' | 'refundId' | 'rejectReason'>> = {},
): Promise<AfterSaleDoc> {
  let from = doc.status;
  const added: AfterSaleStepDoc[] = [];
  for (const to of steps) {
    assertAfterSaleTransition(from, to);
    added.push({ ...step, status: to, note: to === steps[steps.length - 1] ? step.note : '' });
    from = to;
  }
  const next: AfterSaleDoc = { ...doc, ...patch, status: from, timeline: [...doc.timeline, ...added], updatedAt: step.at };
  const { _id: _ignored, ...fields } = next;
  if (!(await ops.update(COLLECTIONS.afterSales, doc._id, { status: doc.status }, fields))) throw failWith(AFTER_SALE_ERRORS.BUSY);
  return next;
}
