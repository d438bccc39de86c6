import { toFen, type Fen } from '../money/fen';
import type { PricedCartLine } from './priced-cart-line';
import { spreadOverLines } from './spread-over-lines';

const aLine = (lineId: string, paidFen: number): PricedCartLine => ({
  lineId,
  productId: 'p',
  skuId: 's',
  quantity: 1,
  listFen: toFen(paidFen),
  memberDiscountFen: toFen(0),
  activityDiscountFen: toFen(0),
  fullReductionFen: toFen(0),
  couponFen: toFen(0),
  pointsFen: toFen(0),
  paidFen: toFen(paidFen),
});
const paid = (lines: PricedCartLine[]): Fen[] => lines.map((l) => l.paidFen);

describe('spreadOverLines', () => {
  it('splits over the named lines only, by what each still costs, by largest remainder', () => {
    const lines = [aLine('a', 100), aLine('b', 200), aLine('c', 999)];
    spreadOverLines(lines, ['a', 'b'], toFen(100), 'couponFen');
    expect(lines.map((l) => l.couponFen)).toEqual([33, 67, 0]);
    expect(paid(lines)).toEqual([67, 133, 999]);
  });

  it('can take a line to exactly zero, never below', () => {
    const lines = [aLine('a', 1), aLine('b', 2)];
    spreadOverLines(lines, ['a', 'b'], toFen(3), 'pointsFen');
    expect(paid(lines)).toEqual([0, 0]);
  });

  it('leaves lines alone for a zero amount or no target, and treats an amount beyond the lines as a bug', () => {
    const lines = [aLine('a', 0)];
    spreadOverLines(lines, ['a'], toFen(0), 'couponFen');
    spreadOverLines(lines, [], toFen(5), 'couponFen');
    expect(paid(lines)).toEqual([0]);
    expect(() => spreadOverLines(lines, ['a'], toFen(1), 'couponFen')).toThrow(/exceeds/);
  });
});
