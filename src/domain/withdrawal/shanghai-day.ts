/** China Standard Time is UTC+8 all year (no daylight saving), so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The shop's calendar day ("YYYY-MM-DD" in Asia/Shanghai) of an instant. The withdrawal daily cap resets at
 * Beijing midnight, not UTC midnight (08:00 in China), which is what distributors and WeChat's own limits mean by "今日".
 */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
