import { toFen } from '../money/fen';
import type { CommissionEntryStatus } from '../commission/commission-entry-lifecycle';
import type { WithdrawalStatus } from '../withdrawal/withdrawal-lifecycle';
import { deriveBalance } from './derive-balance';

const e = (status: CommissionEntryStatus, amount: number) => ({ status, amountFen: toFen(amount) });
const w = (status: WithdrawalStatus, amount: number) => ({ status, amountFen: toFen(amount) });

describe('deriveBalance', () => {
  it('is all zero with no entries', () => {
    expect(deriveBalance([], [])).toEqual({ pendingFen: 0, settledFen: 0, inWithdrawalFen: 0, withdrawnFen: 0, availableFen: 0, clawedBackFen: 0 });
  });

  it('puts pending commissions net of their pending reversals in pending', () => {
    expect(deriveBalance([e('PENDING', 100), e('PENDING', -34), e('PENDING', 50)], []).pendingFen).toBe(116);
  });

  it('counts settled and withdrawn-marked entries and clawbacks as settled; reversed ones nowhere', () => {
    const b = deriveBalance([e('SETTLED', 300), e('WITHDRAWN', 200), e('SETTLED', -120), e('REVERSED', 80), e('REVERSED', -80)], []);
    expect(b).toMatchObject({ pendingFen: 0, settledFen: 380, availableFen: 380 });
  });

  it('debits requested, approved and paid withdrawals; gives back rejected and failed ones', () => {
    const b = deriveBalance(
      [e('SETTLED', 10_000)],
      [w('REQUESTED', 1_000), w('APPROVED', 2_000), w('PAID', 3_000), w('REJECTED', 500), w('FAILED', 700)],
    );
    expect(b).toEqual({ pendingFen: 0, settledFen: 10_000, inWithdrawalFen: 3_000, withdrawnFen: 3_000, availableFen: 4_000, clawedBackFen: 0 });
  });

  it('goes negative when a clawback follows a payout', () => {
    const b = deriveBalance([e('SETTLED', 1_000), e('SETTLED', -400)], [w('PAID', 1_000)]);
    expect(b.availableFen).toBe(-400);
  });

  it('shows clawbacks on their own, as a positive figure already taken out of settled', () => {
    const b = deriveBalance([e('SETTLED', 1_000), { kind: 'CLAWBACK', status: 'SETTLED', amountFen: toFen(-250) }, { kind: 'CLAWBACK', status: 'SETTLED', amountFen: toFen(-50) }], []);
    expect(b).toMatchObject({ settledFen: 700, clawedBackFen: 300, availableFen: 700 });
  });

  it('treats a non-positive debiting withdrawal as a bug', () => {
    expect(() => deriveBalance([], [w('REQUESTED', 0)])).toThrow();
  });
});
