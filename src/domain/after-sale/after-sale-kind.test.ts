import { isDomainError } from '../shared/domain-error';
import { AFTER_SALE_KINDS, AFTER_SALE_REASON_CODES, afterSaleKindsFor, afterSaleReasonsFor, assertAfterSaleKindAllowed, assertAfterSaleReasonFits } from './after-sale-kind';

const codeOf = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return isDomainError(e) ? e.code : String(e);
  }
};

test('仅退款 before shipment or not received; 退货退款 once shipped; nothing on other states', () => {
  expect(afterSaleKindsFor('PAID')).toEqual(['REFUND_ONLY']);
  expect(afterSaleKindsFor('SHIPPED')).toEqual(['REFUND_ONLY', 'RETURN_REFUND']);
  expect(afterSaleKindsFor('RECEIVED')).toEqual(['RETURN_REFUND']);
  for (const status of ['PENDING_PAY', 'CANCELLED', 'COMPLETED', 'CLOSED'] as const) expect(afterSaleKindsFor(status)).toEqual([]);
  expect(codeOf(() => assertAfterSaleKindAllowed('RETURN_REFUND', 'PAID'))).toBe('AFTER_SALE.KIND_NOT_ALLOWED');
  expect(codeOf(() => assertAfterSaleKindAllowed('REFUND_ONLY', 'RECEIVED'))).toBe('AFTER_SALE.KIND_NOT_ALLOWED');
  expect(codeOf(() => assertAfterSaleKindAllowed('RETURN_REFUND', 'SHIPPED'))).toBeNull();
});

test('every kind has reasons, 其他 fits both, and each reason fits at least one kind', () => {
  for (const kind of AFTER_SALE_KINDS) expect(afterSaleReasonsFor(kind)).toContain('OTHER');
  for (const reason of AFTER_SALE_REASON_CODES) expect(AFTER_SALE_KINDS.some((k) => afterSaleReasonsFor(k).includes(reason))).toBe(true);
  expect(codeOf(() => assertAfterSaleReasonFits('REFUND_ONLY', 'DAMAGED'))).toBe('AFTER_SALE.INVALID_REASON');
  expect(codeOf(() => assertAfterSaleReasonFits('RETURN_REFUND', 'DAMAGED'))).toBeNull();
});
