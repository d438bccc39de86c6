import { isDomainError } from '../shared/domain-error';
import { AFTER_SALE_ACTOR_OF, AFTER_SALE_TRANSITIONS, afterSalePath, assertAfterSaleTransition, canTransitionAfterSale } from './after-sale-lifecycle';
import { AFTER_SALE_STATUSES, AFTER_SALE_STATUS_LABELS, isOpenAfterSale, type AfterSaleStatus } from './after-sale-status';

const ALLOWED: ReadonlyArray<[AfterSaleStatus, AfterSaleStatus]> = [
  ['REQUESTED', 'APPROVED'],
  ['REQUESTED', 'REJECTED'],
  ['REQUESTED', 'CANCELLED'],
  ['APPROVED', 'RETURNING'],
  ['APPROVED', 'REFUNDED'],
  ['APPROVED', 'REJECTED'],
  ['APPROVED', 'CANCELLED'],
  ['RETURNING', 'RETURNED'],
  ['RETURNING', 'REJECTED'],
  ['RETURNING', 'CANCELLED'],
  ['RETURNED', 'REFUNDED'],
];
const pairs = AFTER_SALE_STATUSES.flatMap((from) => AFTER_SALE_STATUSES.map((to) => [from, to] as [AfterSaleStatus, AfterSaleStatus]));

test('every state has a row, a label and an actor', () => {
  expect(Object.keys(AFTER_SALE_TRANSITIONS).sort()).toEqual([...AFTER_SALE_STATUSES].sort());
  expect(Object.keys(AFTER_SALE_STATUS_LABELS).sort()).toEqual([...AFTER_SALE_STATUSES].sort());
  expect(Object.keys(AFTER_SALE_ACTOR_OF).sort()).toEqual([...AFTER_SALE_STATUSES].sort());
});

test.each(pairs)('%s → %s is allowed exactly as the agreed design says', (from, to) => {
  const allowed = ALLOWED.some(([f, t]) => f === from && t === to);
  expect(canTransitionAfterSale(from, to)).toBe(allowed);
  let code: string | null = null;
  try {
    assertAfterSaleTransition(from, to);
  } catch (e) {
    code = isDomainError(e) ? e.code : String(e);
  }
  expect(code).toBe(allowed ? null : 'AFTER_SALE.INVALID_TRANSITION');
});

test('every state is reachable from REQUESTED, final states are not open and open ones can always end', () => {
  for (const status of AFTER_SALE_STATUSES) {
    if (status !== 'REQUESTED') expect(afterSalePath('REQUESTED', status)).not.toBeNull();
    expect(isOpenAfterSale(status)).toBe(AFTER_SALE_TRANSITIONS[status].length > 0);
  }
});

test('a refund resolves a request from wherever it stands, recording each step', () => {
  expect(afterSalePath('REQUESTED', 'REFUNDED')).toEqual(['APPROVED', 'REFUNDED']);
  expect(afterSalePath('APPROVED', 'REFUNDED')).toEqual(['REFUNDED']);
  expect(afterSalePath('RETURNING', 'REFUNDED')).toEqual(['RETURNED', 'REFUNDED']);
  expect(afterSalePath('RETURNED', 'REFUNDED')).toEqual(['REFUNDED']);
  expect(afterSalePath('CANCELLED', 'REFUNDED')).toBeNull();
  expect(afterSalePath('REFUNDED', 'REFUNDED')).toBeNull();
});
