import type { OrderDetailView } from '@/contracts/orders';
import { afterSaleKindsFor, afterSaleReasonsFor, MAX_AFTER_SALE_PHOTOS, type AfterSaleKind, type AfterSaleReason } from '@/domain/after-sale/after-sale-kind';
import type { Fen } from '@/domain/money/fen';
import { refundableFenForUnits } from '@/domain/order/refundable-fen-for-units';

export interface ApplyFormState {
  kind: AfterSaleKind;
  units: number;
  reason: AfterSaleReason | null;
  description: string;
  photos: string[];
}

/** What can be asked for a line now: the kinds its order allows and the units left; null when nothing can be asked. */
export function applyLimits(order: OrderDetailView, lineId: string): { kinds: readonly AfterSaleKind[]; unitsLeft: number; line: OrderDetailView['lines'][number] } | null {
  const line = order.lines.find((l) => l.lineId === lineId);
  const done = order.afterSale[lineId];
  const kinds = afterSaleKindsFor(order.status);
  const unitsLeft = line ? line.quantity - (done?.refundedUnits ?? 0) : 0;
  if (!line || done?.open || kinds.length === 0 || unitsLeft <= 0) return null;
  return { kinds, unitsLeft, line };
}

export function newApplyForm(kinds: readonly AfterSaleKind[]): ApplyFormState {
  return { kind: kinds[0] ?? 'REFUND_ONLY', units: 1, reason: null, description: '', photos: [] };
}

/** The money the request asks back, by the same rule the server applies. */
export function expectedRefundFen(order: OrderDetailView, lineId: string, units: number): Fen {
  const line = order.lines.find((l) => l.lineId === lineId);
  const done = order.afterSale[lineId] ?? { refundedFen: 0 as Fen, refundedUnits: 0 };
  return line ? refundableFenForUnits(line, done, units) : (0 as Fen);
}

/** The request to send, or the first thing to fix (the server checks the same rules again). */
export function toApplyPayload(form: ApplyFormState): { payload: { kind: AfterSaleKind; units: number; reason: AfterSaleReason; description?: string; photos?: string[] } } | { problem: string } {
  if (!form.reason || !afterSaleReasonsFor(form.kind).includes(form.reason)) return { problem: '请选择售后原因' };
  if (form.photos.length > MAX_AFTER_SALE_PHOTOS) return { problem: `最多上传 ${MAX_AFTER_SALE_PHOTOS} 张图片` };
  const description = form.description.trim();
  return { payload: { kind: form.kind, units: form.units, reason: form.reason, ...(description ? { description } : {}), ...(form.photos.length ? { photos: form.photos } : {}) } };
}
