import { DomainError } from '../shared/domain-error';

export const SLOT_ERRORS = {
  INVALID_SLOT: 'STORE.INVALID_SLOT',
  SLOT_FULL: 'STORE.SLOT_FULL',
} as const;

/** How far ahead a shopper may book. */
export const BOOKING_DAYS_AHEAD = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Beijing calendar day of an instant, YYYY-MM-DD. */
export function shanghaiDate(nowMs: number): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A booking must name one of the store's configured slot times (HH:MM, Beijing time) on a day from today to
 * BOOKING_DAYS_AHEAD days ahead, and the slot must not have started yet.
 */
export function assertBookableSlot(input: { date: string; time: string; slotTimes: readonly string[]; nowMs: number }): void {
  const { date, time, slotTimes, nowMs } = input;
  if (!slotTimes.includes(time)) throw new DomainError(SLOT_ERRORS.INVALID_SLOT, '该门店没有这个预约时段');
  const startMs = Date.parse(`${date}T${time}:00+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(startMs) || shanghaiDate(startMs) !== date) {
    throw new DomainError(SLOT_ERRORS.INVALID_SLOT, '预约日期不正确');
  }
  if (startMs <= nowMs) throw new DomainError(SLOT_ERRORS.INVALID_SLOT, '该时段已开始，请选择之后的时段');
  if (startMs > nowMs + BOOKING_DAYS_AHEAD * DAY_MS) throw new DomainError(SLOT_ERRORS.INVALID_SLOT, `只能预约 ${BOOKING_DAYS_AHEAD} 天内的时段`);
}

/** The taken count after one more booking, or SLOT_FULL: capacity is never exceeded (the caller compare-and-sets it). */
export function takeSlot(taken: number, capacity: number): number {
  if (taken >= capacity) throw new DomainError(SLOT_ERRORS.SLOT_FULL, '该时段已约满，请选择其他时段');
  return taken + 1;
}
