import { toFen } from '../money/fen';
import { DEFAULT_DISTRIBUTION_POLICY } from '../distribution/distribution-policy';
import { resolveBeneficiaries } from '../distribution/resolve-beneficiaries';
import { calculateOrderCommission } from './calculate-order-commission';

const line = (lineId: string, paid: number, productId = 'p') => ({
  lineId,
  productId,
  skuId: `${productId}-sku`,
  quantity: 1,
  paidFen: toFen(paid),
});

describe('calculateOrderCommission', () => {
  const beneficiaries = resolveBeneficiaries({
    buyerId: 'B',
    upline: ['P1', 'P2'],
    levels: 2,
    selfPurchase: false,
    eligibility: { P1: { status: 'ACTIVE' }, P2: { status: 'REVOKED' } },
  });

  it('calculates each line on its own base and collects the skipped levels', () => {
    const result = calculateOrderCommission({
      lines: [line('l1', 1000), line('l2', 555, 'q')],
      beneficiaries,
      policy: {
        ...DEFAULT_DISTRIBUTION_POLICY,
        productOverrides: { byProductId: { q: { kind: 'NONE' } }, bySkuId: {} },
      },
      gradeOf: {},
    });
    expect(result.entries.map((e) => [e.id, e.amountFen])).toEqual([['l1:L1', 100]]);
    expect(result.skipped.map((s) => [s.lineId, s.level, s.reason])).toEqual([
      ['l1', 2, 'REVOKED'],
      ['l2', 1, 'NO_COMMISSION_PRODUCT'],
      ['l2', 2, 'REVOKED'],
    ]);
  });

  it('treats repeated line ids as a bug', () => {
    expect(() =>
      calculateOrderCommission({ lines: [line('l', 1), line('l', 2)], beneficiaries, policy: DEFAULT_DISTRIBUTION_POLICY, gradeOf: {} }),
    ).toThrow('duplicate line id');
  });
});
