import { bindingLapsesAtMs, isBindingActive } from './is-binding-active';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

describe('isBindingActive', () => {
  it('never lapses under first touch or always-override', () => {
    for (const rule of ['FIRST_TOUCH', 'ALWAYS_OVERRIDE'] as const) {
      expect(bindingLapsesAtMs(rule, T0)).toBeNull();
      expect(isBindingActive({ rule, boundAt: T0, now: T0 + 100_000 * DAY })).toBe(true);
    }
  });

  it('never lapses with permanent validity', () => {
    const rule = { kind: 'PROTECTED' as const, protectionDays: 7, validityDays: null };
    expect(isBindingActive({ rule, boundAt: T0, now: T0 + 100_000 * DAY })).toBe(true);
  });

  it('lapses exactly validityDays after binding, and commission stops from then', () => {
    const rule = { kind: 'PROTECTED' as const, protectionDays: 7, validityDays: 30 };
    expect(bindingLapsesAtMs(rule, T0)).toBe(T0 + 30 * DAY);
    expect(isBindingActive({ rule, boundAt: T0, now: T0 + 30 * DAY - 1 })).toBe(true);
    expect(isBindingActive({ rule, boundAt: T0, now: T0 + 30 * DAY })).toBe(false);
    expect(isBindingActive({ rule, boundAt: '2024-01-01T00:00:00Z', now: '2024-02-01T00:00:00Z' })).toBe(false);
  });
});
