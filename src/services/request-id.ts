/**
 * An idempotency key for one write (an order, a withdrawal, a claim, a staff decision): the page keeps it across
 * retries of the same submit, so the server applies that submit once. `prefix` names the kind for logs.
 */
export function newRequestId(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return `${prefix}${Date.now().toString(36)}${random}`;
}
