import { failWith } from '../../../../src/domain/shared/domain-error';
import { AFTER_SALE_ERRORS } from '../../../../src/contracts/after-sale';
import { afterSaleLifecycle } from '../../../../src/domain/after-sale/after-sale-lifecycle';
import type { AfterSaleStatus } from '../../../../src/domain/after-sale/after-sale-status';
import type { AfterSaleDoc, AfterSaleStepDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { moveStatus } from '../../kernel/store/move-status';

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
  const to = steps.at(-1);
  if (to === undefined) throw new Error(`moveAfterSale: no step for ${doc._id}`);
  const added: AfterSaleStepDoc[] = steps.map((s) => ({ ...step, status: s, note: s === to ? step.note : '' }));
  const next: AfterSaleDoc = { ...doc, ...patch, status: to, timeline: [...doc.timeline, ...added], updatedAt: step.at };
  const { _id: _ignored, status: _moved, ...fields } = next;
  const move = { collection: COLLECTIONS.afterSales, id: doc._id, lifecycle: afterSaleLifecycle, from: doc.status, via: steps.slice(0, -1), to, patch: fields };
  if (!(await moveStatus(ops, move))) throw failWith(AFTER_SALE_ERRORS.BUSY, '售后单刚刚有变化，请刷新');
  return next;
}
