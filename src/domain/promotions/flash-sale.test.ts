import fc from 'fast-check';
import { decideFlashSalePurchase, type FlashSale } from './flash-sale';

const NOW = 1_000_000;
const aSale = (overrides: Partial<FlashSale> = {}): FlashSale => ({
  startMs: NOW - 10,
  endMs: NOW + 10,
  stockLeft: 5,
  perUserLimit: 2,
  ...overrides,
});
const decide = (sale: FlashSale, quantity = 1, boughtByUser = 0, nowMs = NOW) =>
  decideFlashSalePurchase({ sale, quantity, boughtByUser, nowMs });

describe('decideFlashSalePurchase', () => {
  it('sells within the window, stock and limit', () => {
    expect(decide(aSale(), 2)).toEqual({ ok: true });
  });

  it('is open on [start, end)', () => {
    expect(decide(aSale(), 1, 0, NOW - 11)).toEqual({ ok: false, reason: 'NOT_STARTED' });
    expect(decide(aSale(), 1, 0, NOW - 10)).toEqual({ ok: true });
    expect(decide(aSale(), 1, 0, NOW + 10)).toEqual({ ok: false, reason: 'ENDED' });
  });

  it('refuses past the per-user limit and beyond the stock', () => {
    expect(decide(aSale(), 1, 2)).toEqual({ ok: false, reason: 'USER_LIMIT_REACHED' });
    expect(decide(aSale({ stockLeft: 0 }))).toEqual({ ok: false, reason: 'SOLD_OUT' });
    expect(decide(aSale({ stockLeft: 1, perUserLimit: null }), 2)).toEqual({ ok: false, reason: 'NOT_ENOUGH_STOCK' });
  });

  it('refuses a bad quantity as an input error', () => {
    expect(() => decide(aSale(), 0)).toThrow();
  });

  it('selling one by one while allowed never takes stock below zero or a user past the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.record({ user: fc.integer({ min: 0, max: 5 }), quantity: fc.integer({ min: 1, max: 3 }) }), { maxLength: 60 }),
        (stock, attempts) => {
          let stockLeft = stock;
          const bought = new Map<number, number>();
          for (const { user, quantity } of attempts) {
            const boughtByUser = bought.get(user) ?? 0;
            if (decide(aSale({ stockLeft, perUserLimit: 4 }), quantity, boughtByUser).ok) {
              stockLeft -= quantity;
              bought.set(user, boughtByUser + quantity);
            }
          }
          expect(stockLeft).toBeGreaterThanOrEqual(0);
          for (const n of bought.values()) expect(n).toBeLessThanOrEqual(4);
        },
      ),
    );
  });
});
