/** The UTC instants bounding Beijing days `from`..`to` (inclusive, "YYYY-MM-DD"): `[start, end)` for a createdAt query. */
export function beijingDayRange(from: string, to: string): { start: string; end: string } {
  const start = new Date(`${from}T00:00:00+08:00`);
  const end = new Date(`${to}T00:00:00+08:00`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: start.toISOString(), end: end.toISOString() };
}
