import { toFen } from '../money/fen';
import { COMMISSION_ENTRY_STATUSES } from '../commission/commission-entry-lifecycle';
import { WITHDRAWAL_STATUSES, withdrawalDebitsBalance } from '../withdrawal/withdrawal-lifecycle';
import { availableFenOf, entryBucket, withdrawalBucket } from './balance-buckets';

describe('balance buckets', () => {
  it('a withdrawal sits in a bucket exactly while it debits the balance', () => {
    for (const s of WITHDRAWAL_STATUSES) expect(withdrawalBucket(s) !== null).toBe(withdrawalDebitsBalance(s));
    expect(withdrawalBucket('APPROVED')).toBe('inWithdrawalFen');
    expect(withdrawalBucket('PAID')).toBe('withdrawnFen');
  });
  it('a reversed entry counts nowhere, a withdrawn one stays settled', () => {
    expect(COMMISSION_ENTRY_STATUSES.map(entryBucket)).toEqual(['pendingFen', 'settledFen', 'settledFen', null]);
  });
  it('available is settled less what is in withdrawal or withdrawn, for totals and for changes', () => {
    expect(availableFenOf({ settledFen: toFen(1000), inWithdrawalFen: toFen(300), withdrawnFen: toFen(200) })).toBe(500);
    expect(availableFenOf({ inWithdrawalFen: -300, withdrawnFen: 300 })).toBe(0);
    expect(availableFenOf({ settledFen: -50 })).toBe(-50);
  });
});
