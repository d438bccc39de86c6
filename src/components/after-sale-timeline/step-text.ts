import type { AfterSaleStepView, AfterSaleView } from '@/contracts/after-sale';
import { AFTER_SALE_KIND_LABELS, AFTER_SALE_REASONS } from '@/domain/after-sale/after-sale-kind';
import { formatFen } from '@/domain/money/format-fen';

/** What one step of a request's timeline says, shopper and staff alike. */
export function stepText(step: AfterSaleStepView, request: Pick<AfterSaleView, 'kind' | 'units' | 'reason' | 'refund'>): string {
  switch (step.status) {
    case 'REQUESTED':
      return `提交申请：${AFTER_SALE_KIND_LABELS[request.kind]} ${request.units} 件 · ${AFTER_SALE_REASONS[request.reason].label}`;
    case 'APPROVED':
      return request.kind === 'RETURN_REFUND' ? '商家已同意，请按退货地址寄回商品' : '商家已同意';
    case 'RETURNING':
      return `买家已寄回商品：${step.note}`;
    case 'RETURNED':
      return '商家已收到退货';
    case 'REFUNDED':
      return request.refund ? `已退款 ${formatFen(request.refund.fen)}，原路退回` : '已退款，原路退回';
    case 'REJECTED':
      return `商家已驳回：${step.note}`;
    case 'CANCELLED':
      return '买家已撤销申请';
  }
}

export const ACTOR_LABELS: Readonly<Record<AfterSaleStepView['actor'], string>> = { BUYER: '买家', STAFF: '商家', SYSTEM: '系统' };
