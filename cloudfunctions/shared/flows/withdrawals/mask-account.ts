/**
 * What the distributor's own list shows of a payout account: the last 4 characters of a card number, the last
 * character of a short name. Staff with 'finance' see it whole (they may have to pay by hand).
 */
export function maskAccount(account: string): string {
  const chars = [...account];
  if (chars.length <= 1) return '*'.repeat(chars.length);
  const shown = chars.length > 4 ? 4 : 1;
  return '*'.repeat(Math.min(chars.length - shown, 4)) + chars.slice(-shown).join('');
}
