import { STORE_ERRORS } from './o2o-errors';
import { failWith } from '../shared/domain-error';
import { shanghaiDay } from '../shared/shanghai-day';

/** How far ahead a shopper may book. */
export const BOOKING_DAYS_AHEAD = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A booking must name one of the store's configured slot times (HH:MM, Beijing time) on a day from today to
 * BOOKING_DAYS_AHEAD days ahead, and the slot must not have started yet.
 */
export function assertBookableSlot(input: { date: string; time: string; slotTimes: readonly string[]; nowMs: number }): void {
  const { date, time, slotTimes, nowMs } = input;
  if (!slotTimes.includes(time)) throw failWith(STORE_ERRORS.INVALID_SLOT);
  const startMs = Date.parse(`${date}T${time}:00+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(startMs) || shanghaiDay(startMs) !== date) {
    throw failWith(STORE_ERRORS.INVALID_SLOT, '预约日期不正确');
  }
  if (startMs <= nowMs) throw failWith(STORE_ERRORS.INVALID_SLOT, '该时段已开始，请选择之后的时段');
  if (startMs > nowMs + BOOKING_DAYS_AHEAD * DAY_MS) throw failWith(STORE_ERRORS.INVALID_SLOT, `只能预约 ${BOOKING_DAYS_AHEAD} 天内的时段`);
}

/** The taken count after one more booking, or SLOT_FULL: capacity is never exceeded (the caller compare-and-sets it). */
export function takeSlot(taken: number, capacity: number): number {
  if (taken >= capacity) throw failWith(STORE_ERRORS.SLOT_FULL);
  return taken + 1;
}

/** A slot's capacity document as the rules see it: the taken count and who holds an active booking (absent: none). */
export interface SlotHold {
  taken: number;
  holders?: readonly string[];
}

/**
 * One more booking by `userId`: refused when the slot is full, or when this shopper already holds an active booking
 * of it (one shopper cannot book out every place). The caller compare-and-sets `taken`, so both fields move together.
 */
export function holdSlot(slot: SlotHold | null, userId: string, capacity: number): { taken: number; holders: string[] } {
  const holders = [...(slot?.holders ?? [])];
  if (holders.includes(userId)) throw failWith(STORE_ERRORS.ALREADY_BOOKED);
  return { taken: takeSlot(slot?.taken ?? 0, capacity), holders: [...holders, userId] };
}

/** A cancelled booking gives its place back (never below zero) and frees the shopper to book the slot again. */
export function releaseSlot(slot: SlotHold, userId: string): { taken: number; holders: string[] } {
  const holders = [...(slot.holders ?? [])];
  const at = holders.indexOf(userId);
  if (at >= 0) holders.splice(at, 1);
  return { taken: Math.max(0, slot.taken - 1), holders };
}

/** A shopper may cancel their own booking only before the slot starts (staff may cancel any booked one). */
export function assertCancellableByShopper(input: { date: string; time: string; nowMs: number }): void {
  const startMs = Date.parse(`${input.date}T${input.time}:00+08:00`);
  if (!(startMs > input.nowMs)) throw failWith(STORE_ERRORS.RESERVATION_NOT_CANCELLABLE);
}
