/** A deterministic digest of parts, `length` characters (the shell passes its SHA-256 base62 stableId). */
export type IdDigest = (parts: readonly string[], length: number) => string;

/**
 * A line refund's id, which is also WeChat's out_refund_no: one per (order, line, request key), so a retried refund
 * — a staff retry, or a whole-order refund run again under the same key — finds the same refund and moves money once.
 * 21 characters ('R' + 20), inside out_refund_no's 64.
 */
export function refundIdFor(digest: IdDigest, orderId: string, lineId: string, key: string): string {
  return 'R' + digest(['refund', orderId, lineId, key], 20);
}
