import fc from 'fast-check';
import { counterUseRefusal, usableInStore, usableOnline, type CouponUsage } from './coupon-usage';

const FROM = '2026-11-20T00:00:00.000Z';
const TO = '2026-11-30T00:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

test('a coupon without a usage (made before usage existed) is online-only', () => {
  expect(usableOnline(undefined)).toBe(true);
  expect(usableInStore(undefined)).toBe(false);
  expect(counterUseRefusal({ status: 'UNUSED', validFrom: FROM, validTo: TO }, at('2026-11-21T00:00:00.000Z'))).toBe('ONLINE_ONLY');
});

test('IN_STORE is never online, ONLINE never in store, BOTH is both', () => {
  const table: Array<[CouponUsage, boolean, boolean]> = [
    ['ONLINE', true, false],
    ['IN_STORE', false, true],
    ['BOTH', true, true],
  ];
  for (const [usage, online, inStore] of table) {
    expect([usableOnline(usage), usableInStore(usage)]).toEqual([online, inStore]);
  }
});

test('counter use: used, not started and expired are refused; the window is [validFrom, validTo)', () => {
  const c = { usage: 'IN_STORE' as const, status: 'UNUSED' as const, validFrom: FROM, validTo: TO };
  expect(counterUseRefusal(c, at(FROM))).toBeNull();
  expect(counterUseRefusal(c, at(FROM) - 1)).toBe('NOT_STARTED');
  expect(counterUseRefusal(c, at(TO) - 1)).toBeNull();
  expect(counterUseRefusal(c, at(TO))).toBe('EXPIRED');
  expect(counterUseRefusal({ ...c, status: 'USED' }, at(FROM))).toBe('USED');
});

test('property: a coupon is accepted at the counter exactly when it is in-store usable, unused and inside its window', () => {
  fc.assert(
    fc.property(
      fc.constantFrom<CouponUsage | undefined>('ONLINE', 'IN_STORE', 'BOTH', undefined),
      fc.constantFrom<'UNUSED' | 'USED'>('UNUSED', 'USED'),
      fc.integer({ min: -3, max: 13 }),
      (usage, status, day) => {
        const nowMs = at(FROM) + day * 86_400_000;
        const accepted = counterUseRefusal({ usage, status, validFrom: FROM, validTo: TO }, nowMs) === null;
        expect(accepted).toBe(usage !== undefined && usage !== 'ONLINE' && status === 'UNUSED' && nowMs >= at(FROM) && nowMs < at(TO));
      },
    ),
  );
});
