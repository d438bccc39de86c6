/**
 * Instants arrive from stored documents (ISO strings) or from the caller's injected clock (epoch ms). The domain
 * never reads a clock itself, so every rule that depends on time takes one of these as input.
 */
export type Instant = string | number;

export const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * An ISO string without a zone would be parsed as local time and mean different instants on different machines,
 * so only strings that name their zone (Z or ±hh:mm) are accepted. A bad instant is a caller bug: plain Error.
 */
export function toEpochMs(t: Instant): number {
  if (typeof t === 'number') {
    if (!Number.isSafeInteger(t)) throw new Error(`toEpochMs: ${t} is not an integer epoch in ms`);
    return t;
  }
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(t)) throw new Error(`toEpochMs: ${t} has no time zone`);
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) throw new Error(`toEpochMs: ${t} is not an ISO date`);
  return ms;
}

/** Whole days of exactly 24 h: a freeze or protection period means elapsed time, not calendar dates in a zone. */
export function addDaysMs(t: Instant, days: number): number {
  if (!Number.isSafeInteger(days) || days < 0) throw new Error(`addDaysMs: ${days} is not a whole number of days`);
  return toEpochMs(t) + days * MS_PER_DAY;
}
