/** China Standard Time is UTC+8 all year (no daylight saving), so a fixed offset is exact. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The shop's calendar day ("YYYY-MM-DD" in Asia/Shanghai) of an instant. Daily caps, validity windows and reports
 * turn over at Beijing midnight, not UTC midnight (08:00 in China), which is what people in China mean by "今日".
 */
export function shanghaiDay(at: Date | number | string): string {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
