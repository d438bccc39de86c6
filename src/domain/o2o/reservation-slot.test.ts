import { assertBookableSlot, shanghaiDate, takeSlot } from './reservation-slot';

const now = Date.parse('2026-11-20T02:00:00Z'); // 10:00 in Beijing
const slots = ['09:00', '14:00'];

test('a future configured slot within 30 days is bookable', () => {
  expect(() => assertBookableSlot({ date: '2026-11-20', time: '14:00', slotTimes: slots, nowMs: now })).not.toThrow();
  expect(() => assertBookableSlot({ date: '2026-12-19', time: '09:00', slotTimes: slots, nowMs: now })).not.toThrow();
});

test('started, unknown, too far or malformed slots are refused with STORE.INVALID_SLOT', () => {
  for (const bad of [
    { date: '2026-11-20', time: '09:00' },
    { date: '2026-11-21', time: '10:00' },
    { date: '2026-12-21', time: '09:00' },
    { date: '2026-02-30', time: '09:00' },
    { date: 'tomorrow', time: '09:00' },
  ]) {
    expect(() => assertBookableSlot({ ...bad, slotTimes: slots, nowMs: now })).toThrow(expect.objectContaining({ code: 'STORE.INVALID_SLOT' }));
  }
});

test('capacity is never exceeded', () => {
  expect(takeSlot(0, 1)).toBe(1);
  expect(() => takeSlot(5, 5)).toThrow(expect.objectContaining({ code: 'STORE.SLOT_FULL' }));
  expect(shanghaiDate(Date.parse('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
});
