const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** An ISO instant as Beijing wall time "YYYY-MM-DD HH:mm:ss" for a CSV cell; empty for null / unparsable. */
export function beijingTimeText(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
