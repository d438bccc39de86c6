import { toFen } from '../money/fen';
import { assertCounterSettings, counterBill, DEFAULT_COUNTER_SETTINGS, describeCounterOffer, inCounterWindow, shanghaiMinuteOfDay, type CounterPaySettings } from './counter-bill';
import { COUNTER_ERRORS } from './counter-errors';

const tiers: CounterPaySettings = { ...DEFAULT_COUNTER_SETTINGS, enabled: true, offer: { kind: 'TIERS', tiers: [{ thresholdFen: toFen(10000), reductionFen: toFen(1000) }, { thresholdFen: toFen(20000), reductionFen: toFen(3000) }] } };
const rate: CounterPaySettings = { ...DEFAULT_COUNTER_SETTINGS, enabled: true, offer: { kind: 'RATE', payBps: 8800 } };
const noon = 12 * 60;

test('满减: the highest tier the discountable part reaches; the excluded part gets nothing', () => {
  expect(counterBill({ billFen: 25000, excludedFen: 0, settings: tiers, minuteOfDay: noon })).toMatchObject({ discountFen: 3000, payFen: 22000, offerLabel: '满200减30' });
  expect(counterBill({ billFen: 25000, excludedFen: 6000, settings: tiers, minuteOfDay: noon })).toMatchObject({ discountableFen: 19000, discountFen: 1000, payFen: 24000 });
  expect(counterBill({ billFen: 9999, excludedFen: 0, settings: tiers, minuteOfDay: noon })).toMatchObject({ discountFen: 0, payFen: 9999, offerLabel: '' });
});

test('a rate rounds the discount down and never touches the excluded part', () => {
  // 8.8折 of 123.45: the discount is 14.814 → 14.81.
  expect(counterBill({ billFen: 12345, excludedFen: 0, settings: rate, minuteOfDay: noon })).toMatchObject({ discountFen: 1481, payFen: 10864, offerLabel: '8.8折' });
  expect(counterBill({ billFen: 12345, excludedFen: 12345, settings: rate, minuteOfDay: noon })).toMatchObject({ discountFen: 0, payFen: 12345 });
});

test('outside the daily window the bill is paid in full', () => {
  const windowed = { ...rate, window: { from: '11:00', to: '14:00' } };
  expect(counterBill({ billFen: 10000, excludedFen: 0, settings: windowed, minuteOfDay: 10 * 60 + 59 })).toMatchObject({ payFen: 10000 });
  expect(counterBill({ billFen: 10000, excludedFen: 0, settings: windowed, minuteOfDay: 11 * 60 })).toMatchObject({ payFen: 8800 });
  expect(counterBill({ billFen: 10000, excludedFen: 0, settings: windowed, minuteOfDay: 14 * 60 })).toMatchObject({ payFen: 10000 });
});

test('a window past midnight, and all day when from equals to', () => {
  expect(inCounterWindow({ from: '22:00', to: '02:00' }, 23 * 60)).toBe(true);
  expect(inCounterWindow({ from: '22:00', to: '02:00' }, 60)).toBe(true);
  expect(inCounterWindow({ from: '22:00', to: '02:00' }, 12 * 60)).toBe(false);
  expect(inCounterWindow({ from: '00:00', to: '00:00' }, 5)).toBe(true);
  expect(shanghaiMinuteOfDay(Date.parse('2026-01-01T04:30:00Z'))).toBe(12 * 60 + 30);
});

test.each([
  [0, 0, COUNTER_ERRORS.INVALID_AMOUNT.code],
  [-100, 0, COUNTER_ERRORS.INVALID_AMOUNT.code],
  [100.5, 0, COUNTER_ERRORS.INVALID_AMOUNT.code],
  [1000, 1001, COUNTER_ERRORS.INVALID_AMOUNT.code],
  [1000, -1, COUNTER_ERRORS.INVALID_AMOUNT.code],
  [500_001, 0, COUNTER_ERRORS.OVER_LIMIT.code],
])('bill %p with %p excluded is refused (%s)', (billFen, excludedFen, code) => {
  expect(() => counterBill({ billFen, excludedFen, settings: rate, minuteOfDay: noon })).toThrow(expect.objectContaining({ code }));
});

test('a store that has not switched it on refuses every bill', () => {
  expect(() => counterBill({ billFen: 100, excludedFen: 0, settings: DEFAULT_COUNTER_SETTINGS, minuteOfDay: noon })).toThrow(expect.objectContaining({ code: COUNTER_ERRORS.DISABLED.code }));
});

test('settings: a tier must save less than it asks, a rate must be a discount', () => {
  expect(() => assertCounterSettings({ ...tiers, offer: { kind: 'TIERS', tiers: [{ thresholdFen: toFen(1000), reductionFen: toFen(1000) }] } })).toThrow(expect.objectContaining({ code: COUNTER_ERRORS.INVALID_OFFER.code }));
  expect(() => assertCounterSettings({ ...rate, offer: { kind: 'RATE', payBps: 10000 } })).toThrow(expect.objectContaining({ code: COUNTER_ERRORS.INVALID_OFFER.code }));
  expect(() => assertCounterSettings({ ...rate, offer: { kind: 'RATE', payBps: 999 } })).toThrow();
  expect(() => assertCounterSettings(tiers)).not.toThrow();
  expect(describeCounterOffer({ kind: 'RATE', payBps: 9000 })).toBe('9折');
  expect(describeCounterOffer(tiers.offer)).toBe('满100减10，满200减30');
});
