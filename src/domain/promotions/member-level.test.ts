import { toBps, toFen } from '../money/fen';
import { memberBenefitOf, memberLevelFor, nextMemberLevel } from './member-level';

const level = (id: string, minSpendFen: number, offBps: number) => ({ id, name: id, minSpendFen: toFen(minSpendFen), offBps: toBps(offBps), memberPriceFenBySkuId: {} });
const levels = [level('gold', 100000, 1000), level('silver', 10000, 500)];

describe('member levels', () => {
  it('picks the highest level reached, in any configured order', () => {
    expect(memberLevelFor(levels, toFen(9999))).toBeNull();
    expect(memberLevelFor(levels, toFen(10000))?.id).toBe('silver');
    expect(memberLevelFor(levels, toFen(200000))?.id).toBe('gold');
  });

  it('names the next level and what is missing', () => {
    expect(nextMemberLevel(levels, toFen(0))).toEqual({ level: levels[1], missingFen: 10000 });
    expect(nextMemberLevel(levels, toFen(50000))).toEqual({ level: levels[0], missingFen: 50000 });
    expect(nextMemberLevel(levels, toFen(100000))).toBeNull();
  });

  it('turns a level into the pricing benefit', () => {
    expect(memberBenefitOf(null)).toBeNull();
    expect(memberBenefitOf(levels[0] ?? null)).toEqual({ levelId: 'gold', offBps: 1000, memberPriceFenBySkuId: {} });
  });
});
