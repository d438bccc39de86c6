import { randomInt } from 'node:crypto';

const RANGE = 2 ** 47;

/** A uniform number in [0, 1) from the operating system's cryptographic source, for a prize draw (never Math.random). */
export function drawRandom(): number {
  return randomInt(0, RANGE) / RANGE;
}
