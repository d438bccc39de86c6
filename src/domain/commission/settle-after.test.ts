import { isDue, settleAfterMs } from './settle-after';

const received = '2024-06-01T12:00:00Z';
const settleAt = settleAfterMs(received, { freezeDays: 7, afterSaleDays: 7 });
const pending = { kind: 'COMMISSION' as const, status: 'PENDING' as const, settleAt };

describe('settleAfterMs', () => {
  it('is the receipt time plus the freeze days or the after-sale days, whichever is longer', () => {
    expect(settleAt).toBe(Date.UTC(2024, 5, 8, 12));
    expect(settleAfterMs(received, { freezeDays: 0, afterSaleDays: 7 })).toBe(Date.UTC(2024, 5, 8, 12));
    expect(settleAfterMs(received, { freezeDays: 15, afterSaleDays: 7 })).toBe(Date.UTC(2024, 5, 16, 12));
  });
});

describe('isDue', () => {
  it('is due from the settle time on, not a millisecond before', () => {
    expect(isDue(pending, settleAt - 1, false)).toBe(false);
    expect(isDue(pending, settleAt, false)).toBe(true);
    expect(isDue(pending, '2024-07-01T00:00:00Z', false)).toBe(true);
  });

  it('accepts the settle time as an ISO string', () => {
    expect(isDue({ ...pending, settleAt: '2024-06-08T12:00:00Z' }, settleAt, false)).toBe(true);
  });

  it('is never due while the order is not received', () => {
    expect(isDue({ ...pending, settleAt: null }, Number.MAX_SAFE_INTEGER, false)).toBe(false);
  });

  it('is held by an open after-sale however late it is', () => {
    expect(isDue(pending, settleAt + 1_000_000_000, true)).toBe(false);
  });

  it('only picks PENDING commissions (reversals move with their parent, clawbacks are born settled)', () => {
    for (const status of ['SETTLED', 'WITHDRAWN', 'REVERSED'] as const) {
      expect(isDue({ ...pending, status }, settleAt, false)).toBe(false);
    }
    expect(isDue({ ...pending, kind: 'REVERSAL' }, settleAt, false)).toBe(false);
    expect(isDue({ ...pending, kind: 'CLAWBACK' }, settleAt, false)).toBe(false);
  });
});
