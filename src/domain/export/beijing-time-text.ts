import { SHANGHAI_OFFSET_MS } from '../shared/shanghai-day';

/** An ISO instant as Beijing wall time "YYYY-MM-DD HH:mm:ss" for a CSV cell; empty for null / unparsable. */
export function beijingTimeText(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return '';
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
