import { toBps, toFen } from '../money/fen';
import type { DistributorGrade } from './distribution-policy';
import { gradeProgress } from './grade-progress';

const grade = (id: string, weight: number, conditions: DistributorGrade['upgrade']['conditions'], mode: 'ANY' | 'ALL' = 'ANY'): DistributorGrade => ({
  id,
  name: id.toUpperCase(),
  weight,
  ratesBps: [toBps(1000 + weight * 100), toBps(500)],
  upgrade: { mode, conditions },
});
const SILVER = grade('silver', 1, { ownSpendFen: toFen(30000) });
const GOLD = grade('gold', 2, { settledCommissionFen: toFen(10000), orderCount: 5 }, 'ALL');
const VIP = grade('vip', 3, {}); // staff only
const stats = { ownSpendFen: toFen(10000), settledCommissionFen: toFen(2500), orderCount: 5 };

test('without a grade, the next is the lowest reachable grade, with each condition’s progress', () => {
  expect(gradeProgress([GOLD, SILVER, VIP], null, stats)).toEqual({
    current: null,
    next: { id: 'silver', name: 'SILVER', ratesBps: SILVER.ratesBps, mode: 'ANY', conditions: [{ key: 'ownSpendFen', current: 10000, target: 30000, met: false }] },
  });
});

test('from silver the next is gold; a staff-only grade is never next', () => {
  const p = gradeProgress([GOLD, SILVER, VIP], 'silver', stats);
  expect(p.current?.id).toBe('silver');
  expect(p.next?.conditions).toEqual([
    { key: 'settledCommissionFen', current: 2500, target: 10000, met: false },
    { key: 'orderCount', current: 5, target: 5, met: true },
  ]);
  expect(gradeProgress([GOLD, SILVER, VIP], 'gold', stats).next).toBeNull();
});

test('a grade already met (upgrade pending) is skipped for the first one still ahead', () => {
  const p = gradeProgress([GOLD, SILVER], null, { ...stats, ownSpendFen: toFen(30000) });
  expect(p.next?.id).toBe('gold');
});
