import fc from 'fast-check';
import type { AncestorEligibility } from './resolve-beneficiaries';
import { resolveBeneficiaries } from './resolve-beneficiaries';

const active: AncestorEligibility = { status: 'ACTIVE' };

describe('resolveBeneficiaries', () => {
  it('pays the first ancestors, one per level', () => {
    expect(
      resolveBeneficiaries({
        buyerId: 'B',
        upline: ['P1', 'P2', 'P3'],
        levels: 2,
        selfPurchase: false,
        eligibility: { P1: active, P2: active, P3: active },
      }),
    ).toEqual([
      { level: 1, beneficiaryId: 'P1' },
      { level: 2, beneficiaryId: 'P2' },
    ]);
  });

  it('records a short chain as NO_ANCESTOR', () => {
    expect(
      resolveBeneficiaries({ buyerId: 'B', upline: ['P1'], levels: 3, selfPurchase: false, eligibility: { P1: active } }),
    ).toEqual([
      { level: 1, beneficiaryId: 'P1' },
      { level: 2, skipped: 'NO_ANCESTOR', candidateId: null },
      { level: 3, skipped: 'NO_ANCESTOR', candidateId: null },
    ]);
  });

  it('does not compress: an ineligible level stays empty and the next ancestor keeps only their own level', () => {
    const result = resolveBeneficiaries({
      buyerId: 'B',
      upline: ['P1', 'P2', 'P3'],
      levels: 3,
      selfPurchase: false,
      eligibility: { P1: { status: null }, P2: active, P3: { status: 'REVOKED' } },
    });
    expect(result).toEqual([
      { level: 1, skipped: 'NOT_DISTRIBUTOR', candidateId: 'P1' },
      { level: 2, beneficiaryId: 'P2' },
      { level: 3, skipped: 'REVOKED', candidateId: 'P3' },
    ]);
  });

  it('treats applicants, rejected applicants and unknown people as not distributors, and frozen ones as earning', () => {
    const result = resolveBeneficiaries({
      buyerId: 'B',
      upline: ['P1', 'P2', 'P3'],
      levels: 3,
      selfPurchase: false,
      eligibility: { P1: { status: 'APPLIED' }, P2: { status: 'REJECTED' }, P3: { status: 'FROZEN' } },
    });
    expect(result.map((r) => ('beneficiaryId' in r ? r.beneficiaryId : r.skipped))).toEqual([
      'NOT_DISTRIBUTOR',
      'NOT_DISTRIBUTOR',
      'P3',
    ]);
    const unknown = resolveBeneficiaries({ buyerId: 'B', upline: ['X'], levels: 1, selfPurchase: false, eligibility: {} });
    expect(unknown).toEqual([{ level: 1, skipped: 'NOT_DISTRIBUTOR', candidateId: 'X' }]);
  });

  it('cuts the chain at a lapsed binding: that ancestor and everyone above earn nothing', () => {
    const result = resolveBeneficiaries({
      buyerId: 'B',
      upline: ['P1', 'P2', 'P3'],
      levels: 3,
      selfPurchase: false,
      eligibility: { P1: active, P2: { status: 'ACTIVE', bindingLapsed: true }, P3: active },
    });
    expect(result).toEqual([
      { level: 1, beneficiaryId: 'P1' },
      { level: 2, skipped: 'BINDING_LAPSED', candidateId: 'P2' },
      { level: 3, skipped: 'BINDING_LAPSED', candidateId: 'P3' },
    ]);
  });

  it('pays nobody when the buyer’s own binding has lapsed', () => {
    const result = resolveBeneficiaries({
      buyerId: 'B',
      upline: ['P1', 'P2'],
      levels: 2,
      selfPurchase: false,
      eligibility: { P1: { status: 'ACTIVE', bindingLapsed: true }, P2: active },
    });
    expect(result.every((r) => 'skipped' in r && r.skipped === 'BINDING_LAPSED')).toBe(true);
  });

  describe('self-purchase', () => {
    it('gives an active distributor buyer level 1 and shifts the chain up', () => {
      expect(
        resolveBeneficiaries({
          buyerId: 'B',
          upline: ['P1', 'P2'],
          levels: 2,
          selfPurchase: true,
          eligibility: { B: active, P1: active, P2: active },
        }),
      ).toEqual([
        { level: 1, beneficiaryId: 'B' },
        { level: 2, beneficiaryId: 'P1' },
      ]);
    });

    it('also shifts for a frozen buyer, who still earns', () => {
      const result = resolveBeneficiaries({
        buyerId: 'B',
        upline: ['P1'],
        levels: 2,
        selfPurchase: true,
        eligibility: { B: { status: 'FROZEN' }, P1: active },
      });
      expect(result).toEqual([
        { level: 1, beneficiaryId: 'B' },
        { level: 2, beneficiaryId: 'P1' },
      ]);
    });

    it('does not shift for a buyer who is not an earning distributor', () => {
      for (const status of [null, 'APPLIED', 'REVOKED'] as const) {
        const result = resolveBeneficiaries({
          buyerId: 'B',
          upline: ['P1', 'P2'],
          levels: 2,
          selfPurchase: true,
          eligibility: { B: { status }, P1: active, P2: active },
        });
        expect(result).toEqual([
          { level: 1, beneficiaryId: 'P1' },
          { level: 2, beneficiaryId: 'P2' },
        ]);
      }
    });

    it('does not shift when self-purchase is off', () => {
      const result = resolveBeneficiaries({
        buyerId: 'B',
        upline: ['P1'],
        levels: 2,
        selfPurchase: false,
        eligibility: { B: active, P1: active },
      });
      expect(result[0]).toEqual({ level: 1, beneficiaryId: 'P1' });
    });

    it('pays a self-purchasing buyer even when their own binding to the superior has lapsed', () => {
      const result = resolveBeneficiaries({
        buyerId: 'B',
        upline: ['P1'],
        levels: 2,
        selfPurchase: true,
        eligibility: { B: active, P1: { status: 'ACTIVE', bindingLapsed: true } },
      });
      expect(result).toEqual([
        { level: 1, beneficiaryId: 'B' },
        { level: 2, skipped: 'BINDING_LAPSED', candidateId: 'P1' },
      ]);
    });
  });

  it('treats a buyer inside their own upline as a bug', () => {
    expect(() =>
      resolveBeneficiaries({ buyerId: 'B', upline: ['P1', 'B'], levels: 2, selfPurchase: false, eligibility: {} }),
    ).toThrow('own upline');
  });

  it('always returns exactly one result per level, each paid level to the person at that position', () => {
    const statusArb = fc.constantFrom('ACTIVE', 'FROZEN', 'REVOKED', 'APPLIED', 'REJECTED', null);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }).filter((s) => s !== 'B'), { maxLength: 5 }),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        fc.boolean(),
        fc.array(fc.tuple(statusArb, fc.boolean()), { minLength: 6, maxLength: 6 }),
        (upline, levels, selfPurchase, flags) => {
          const people = ['B', ...upline];
          const eligibility: Record<string, AncestorEligibility> = {};
          people.forEach((p, i) => {
            const [status, bindingLapsed] = flags[i] ?? [null, false];
            eligibility[p] = { status, bindingLapsed };
          });
          const result = resolveBeneficiaries({ buyerId: 'B', upline, levels, selfPurchase, eligibility });
          expect(result.map((r) => r.level)).toEqual(Array.from({ length: levels }, (_, i) => i + 1));
          const shifted = result[0] !== undefined && 'beneficiaryId' in result[0] && result[0].beneficiaryId === 'B';
          const chain = shifted ? ['B', ...upline] : upline;
          for (const r of result) {
            const atPosition = chain[r.level - 1] ?? null;
            if ('beneficiaryId' in r) expect(r.beneficiaryId).toBe(atPosition);
            else expect(r.candidateId).toBe(atPosition);
          }
        },
      ),
    );
  });
});
