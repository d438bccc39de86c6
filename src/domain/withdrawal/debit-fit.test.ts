import { toFen } from '../money/fen';
import { dailyCapLeftFen, debitFitsBalance, debitFitsDailyCap } from './debit-fit';

describe('debit fit', () => {
  it('fits exactly the balance and exactly the cap, and refuses one 分 over either', () => {
    expect(debitFitsBalance(toFen(500), toFen(500))).toBe(true);
    expect(debitFitsBalance(toFen(501), toFen(500))).toBe(false);
    expect(debitFitsDailyCap(toFen(500), toFen(500), toFen(1000))).toBe(true);
    expect(debitFitsDailyCap(toFen(501), toFen(500), toFen(1000))).toBe(false);
  });
  it('a negative balance (after a clawback) fits nothing, and an overrun cap leaves 0', () => {
    expect(debitFitsBalance(toFen(1), toFen(-20))).toBe(false);
    expect(dailyCapLeftFen(toFen(1200), toFen(1000))).toBe(0);
    expect(dailyCapLeftFen(toFen(300), toFen(1000))).toBe(700);
  });
});
