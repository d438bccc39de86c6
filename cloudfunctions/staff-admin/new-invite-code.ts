import { randomInt } from 'node:crypto';

/** No 0/O, 1/I: read aloud or typed from a screenshot without mistakes. 32 symbols × 12 = 60 bits. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * An invitation code is a bearer secret, so unlike every other id here it is random, not derived from the
 * request: anyone who could recompute it could make themselves staff. Idempotency comes from the requestId lookup.
 */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < 12; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
