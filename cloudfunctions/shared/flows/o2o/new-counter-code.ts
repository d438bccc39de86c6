import { randomInt } from 'node:crypto';

/** No 0/O, 1/I: read aloud or typed at the counter without mistakes. 32 symbols × 10 = 50 bits. */
export const COUNTER_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A pickup or booking code is a bearer secret — whoever shows it collects the goods — so unlike the ids it is random,
 * not derived from the order (order ids are seen by staff, and in part by distributors). It is stored on the order
 * or booking when that is created, so a retried create returns the same code.
 */
export function newCounterCode(): string {
  let code = '';
  for (let i = 0; i < 10; i += 1) code += COUNTER_CODE_ALPHABET[randomInt(COUNTER_CODE_ALPHABET.length)];
  return code;
}
