import { refundIdFor, type IdDigest } from './refund-id';

const joinDigest: IdDigest = (parts, length) => parts.join('|').padEnd(length, '.').slice(0, length);

describe('refundIdFor', () => {
  it('digests the order, line and key under the refund prefix, 20 characters after an R', () => {
    const seen: Array<readonly string[]> = [];
    const id = refundIdFor((parts, length) => (seen.push(parts), joinDigest(parts, length)), 'O1', 'L1', 'k');
    expect(seen).toEqual([['refund', 'O1', 'L1', 'k']]);
    expect(id).toBe('Rrefund|O1|L1|k......');
    expect(id).toHaveLength(21);
  });
  it('the same inputs give the same id; another key another one', () => {
    expect(refundIdFor(joinDigest, 'O1', 'L1', 'a')).toBe(refundIdFor(joinDigest, 'O1', 'L1', 'a'));
    expect(refundIdFor(joinDigest, 'O1', 'L1', 'a')).not.toBe(refundIdFor(joinDigest, 'O1', 'L1', 'b'));
  });
});
