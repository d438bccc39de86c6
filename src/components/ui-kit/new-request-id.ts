/** An idempotency key for one admin decision (a refund, an invitation): a retried submit is applied once. */
export function newRequestId(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return `${prefix}${Date.now().toString(36)}${random}`;
}
