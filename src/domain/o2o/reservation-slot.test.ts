import { shanghaiDay } from '../shared/shanghai-day';
import { assertBookableSlot, assertCancellableByShopper, holdSlot, releaseSlot, takeSlot } from './reservation-slot';

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
  expect(shanghaiDay(Date.parse('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
});

test('one active booking per shopper per slot; cancelling gives the place back and lets them book again', () => {
  const first = holdSlot(null, 'u1', 5);
  expect(first).toEqual({ taken: 1, holders: ['u1'] });
  expect(() => holdSlot(first, 'u1', 5)).toThrow(expect.objectContaining({ code: 'STORE.ALREADY_BOOKED' }));
  const second = holdSlot(first, 'u2', 5);
  expect(second).toEqual({ taken: 2, holders: ['u1', 'u2'] });
  const released = releaseSlot(second, 'u1');
  expect(released).toEqual({ taken: 1, holders: ['u2'] });
  expect(holdSlot(released, 'u1', 5)).toEqual({ taken: 2, holders: ['u2', 'u1'] });
  // Older slot documents carry no holders: the count still moves, never below zero.
  expect(releaseSlot({ taken: 0 }, 'u1')).toEqual({ taken: 0, holders: [] });
  expect(() => holdSlot({ taken: 1, holders: ['u9'] }, 'u1', 1)).toThrow(expect.objectContaining({ code: 'STORE.SLOT_FULL' }));
});

test('a shopper may cancel only before the slot starts', () => {
  expect(() => assertCancellableByShopper({ date: '2026-11-20', time: '14:00', nowMs: now })).not.toThrow();
  for (const started of [{ date: '2026-11-20', time: '10:00' }, { date: '2026-11-20', time: '09:00' }, { date: '2026-11-19', time: '14:00' }]) {
    expect(() => assertCancellableByShopper({ ...started, nowMs: now })).toThrow(expect.objectContaining({ code: 'STORE.RESERVATION_NOT_CANCELLABLE' }));
  }
});
