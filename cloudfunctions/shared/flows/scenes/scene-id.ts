import { createHash } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 digest of the parts: deterministic (a retried create finds the same key), URL- and scene-safe. */
export function stableId(parts: readonly string[], length: number): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let n = BigInt('0x' + digest.toString('hex'));
  let out = '';
  while (out.length < length) {
    out += BASE62[Number(n % 62n)];
    n /= 62n;
  }
  return out;
}

/**
 * One scene per (sharer, page, target): 16 base62 characters, well inside WeChat's 32-character scene limit,
 * and no user id in it — the server resolves it.
 */
export function sceneIdFor(sharerId: string, page: string, targetKey: string): string {
  return stableId(['scene', sharerId, page, targetKey], 16);
}
