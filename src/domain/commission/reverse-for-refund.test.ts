import fc from 'fast-check';
import { isDomainError } from '../shared/domain-error';
import { toBps, toFen, type Fen } from '../money/fen';
import { computeLevelAmounts, type CommissionBasis } from './calculate-line-commission';
import type { CommissionEntry, CommissionEntryStatus } from './commission-entry-lifecycle';
import { reverseForRefund, type RefundReversal } from './reverse-for-refund';

const rate = (bps: number): CommissionBasis => ({ kind: 'RATE', rateBps: toBps(bps) });
const fixed = (perUnit: number): CommissionBasis => ({ kind: 'FIXED_PER_UNIT', perUnitFen: toFen(perUnit) });

/** The COMMISSION entries a line creates at payment, by the same rule as calculateLineCommission. */
function pay(lineId: string, paidFen: number, quantity: number, bases: CommissionBasis[]): CommissionEntry[] {
  return computeLevelAmounts(toFen(paidFen), quantity, bases)
    .map((a, i) => ({ a, basis: bases[i] as CommissionBasis, level: i + 1 }))
    .filter(({ a }) => a.amountFen > 0)
    .map(({ a, basis, level }) => ({
      id: `${lineId}:L${level}`,
      kind: 'COMMISSION' as const,
      status: 'PENDING' as const,
      beneficiaryId: `P${level}`,
      lineId,
      level,
      amountFen: a.amountFen,
      parentEntryId: null,
      basis,
    }));
}

/** Applies a reversal the way the server does: insert corrections, move fully reversed parents with their reversals. */
function apply(entries: CommissionEntry[], r: RefundReversal): CommissionEntry[] {
  const moved = new Set(r.fullyReversedParentIds);
  return [...entries, ...r.corrections].map((e) =>
    moved.has(e.id) || (e.parentEntryId !== null && moved.has(e.parentEntryId) && e.kind === 'REVERSAL')
      ? { ...e, status: 'REVERSED' as CommissionEntryStatus }
      : e,
  );
}

function settle(entries: CommissionEntry[], parentId: string): CommissionEntry[] {
  return entries.map((e) =>
    e.status === 'PENDING' && (e.id === parentId || (e.kind === 'REVERSAL' && e.parentEntryId === parentId))
      ? { ...e, status: 'SETTLED' as CommissionEntryStatus }
      : e,
  );
}

const netByLevel = (entries: readonly CommissionEntry[]) => {
  const out = new Map<number, number>();
  for (const e of entries) out.set(e.level, (out.get(e.level) ?? 0) + e.amountFen);
  return out;
};
const total = (entries: readonly CommissionEntry[]) => entries.reduce((a, e) => a + e.amountFen, 0);

const line = { lineId: 'o1-1', paidFen: toFen(1000), quantity: 3 };
const none = { fen: toFen(0), units: 0 };

describe('reverseForRefund', () => {
  it('reverses a pending commission with a REVERSAL entry: kept commission floored, correction takes the ceiling', () => {
    const entries = pay('o1-1', 1000, 3, [rate(1000), rate(500)]);
    const r = reverseForRefund({ line, entries, refundedBefore: none, refund: { refundId: 'rf1', fen: toFen(333), units: 1 } });
    // kept 667: L1 floor(66.7) = 66 (was 100, −34); L2 floor(33.35) = 33 (was 50, −17).
    expect(r.corrections).toEqual([
      {
        id: 'o1-1:L1:Rrf1',
        kind: 'REVERSAL',
        status: 'PENDING',
        beneficiaryId: 'P1',
        lineId: 'o1-1',
        level: 1,
        amountFen: -34,
        parentEntryId: 'o1-1:L1',
        basis: null,
      },
      {
        id: 'o1-1:L2:Rrf1',
        kind: 'REVERSAL',
        status: 'PENDING',
        beneficiaryId: 'P2',
        lineId: 'o1-1',
        level: 2,
        amountFen: -17,
        parentEntryId: 'o1-1:L2',
        basis: null,
      },
    ]);
    expect(r).toMatchObject({ fullyReversedParentIds: [], keptFen: 667, keptUnits: 2, alreadyApplied: false });
  });

  it('claws back settled commission with a negative CLAWBACK entry, born SETTLED', () => {
    // The acceptance case: 1 of 3 units refunded after settlement.
    const paid = settle(pay('o1-1', 2997, 3, [rate(1000)]), 'o1-1:L1');
    const r = reverseForRefund({
      line: { lineId: 'o1-1', paidFen: toFen(2997), quantity: 3 },
      entries: paid,
      refundedBefore: none,
      refund: { refundId: 'rf1', fen: toFen(999), units: 1 },
    });
    expect(r.corrections).toEqual([
      expect.objectContaining({ id: 'o1-1:L1:Rrf1', kind: 'CLAWBACK', status: 'SETTLED', amountFen: -100 }),
    ]);
    // 299 − 100 = 199 = floor(1998 × 10%).
    expect(total([...paid, ...r.corrections])).toBe(199);
  });

  it('claws back a commission already marked withdrawn', () => {
    const paid = pay('o1-1', 1000, 1, [rate(1000)]).map((e) => ({ ...e, status: 'WITHDRAWN' as const }));
    const r = reverseForRefund({
      line: { ...line, quantity: 1 },
      entries: paid,
      refundedBefore: none,
      refund: { refundId: 'rf1', fen: toFen(1000), units: 1 },
    });
    expect(r.corrections.map((c) => [c.kind, c.amountFen])).toEqual([['CLAWBACK', -100]]);
    expect(r.fullyReversedParentIds).toEqual([]);
  });

  it('reports a fully refunded pending commission for REVERSED', () => {
    const entries = pay('o1-1', 1000, 3, [rate(1000), rate(500)]);
    const r = reverseForRefund({ line, entries, refundedBefore: none, refund: { refundId: 'rf1', fen: toFen(1000), units: 3 } });
    expect(r.corrections.map((c) => c.amountFen)).toEqual([-100, -50]);
    expect(r.fullyReversedParentIds).toEqual(['o1-1:L1', 'o1-1:L2']);
    expect(total(apply(entries, r))).toBe(0);
  });

  it('recomputes fixed per-unit commission on the units kept', () => {
    const entries = pay('o1-1', 3000, 3, [fixed(200), fixed(50)]);
    const r = reverseForRefund({
      line: { lineId: 'o1-1', paidFen: toFen(3000), quantity: 3 },
      entries,
      refundedBefore: none,
      refund: { refundId: 'rf1', fen: toFen(1000), units: 1 },
    });
    expect(r.corrections.map((c) => c.amountFen)).toEqual([-200, -50]);
  });

  it('lowers a fixed commission on a money-only refund only through the line cap', () => {
    const entries = pay('o1-1', 1000, 2, [fixed(300), fixed(100)]); // 600 + 200
    const partial = reverseForRefund({
      line: { lineId: 'o1-1', paidFen: toFen(1000), quantity: 2 },
      entries,
      refundedBefore: none,
      refund: { refundId: 'rf1', fen: toFen(100), units: 0 },
    });
    expect(partial.corrections).toEqual([]);
    const deep = reverseForRefund({
      line: { lineId: 'o1-1', paidFen: toFen(1000), quantity: 2 },
      entries,
      refundedBefore: none,
      refund: { refundId: 'rf1', fen: toFen(500), units: 0 },
    });
    // kept 500: L1 keeps 500 of its 600, L2 nothing.
    expect(deep.corrections.map((c) => [c.level, c.amountFen])).toEqual([
      [1, -100],
      [2, -200],
    ]);
  });

  it('is a no-op when replayed, and completes only what is missing after a partial write', () => {
    const entries = pay('o1-1', 1000, 3, [rate(1000), rate(500)]);
    const refund = { refundId: 'rf1', fen: toFen(333), units: 1 };
    const first = reverseForRefund({ line, entries, refundedBefore: none, refund });
    const after = apply(entries, first);
    expect(reverseForRefund({ line, entries: after, refundedBefore: none, refund })).toMatchObject({
      corrections: [],
      alreadyApplied: true,
    });
    const half = [...entries, first.corrections[0] as CommissionEntry];
    const completed = reverseForRefund({ line, entries: half, refundedBefore: none, refund });
    expect(completed.corrections).toEqual([first.corrections[1]]);
    expect(completed.alreadyApplied).toBe(false);
  });

  it('re-reports a fully reversed parent on replay if its move to REVERSED was lost', () => {
    const entries = pay('o1-1', 1000, 1, [rate(1000)]);
    const refund = { refundId: 'rf1', fen: toFen(1000), units: 1 };
    const first = reverseForRefund({ line: { ...line, quantity: 1 }, entries, refundedBefore: none, refund });
    const replay = reverseForRefund({
      line: { ...line, quantity: 1 },
      entries: [...entries, ...first.corrections],
      refundedBefore: none,
      refund,
    });
    expect(replay).toMatchObject({ corrections: [], fullyReversedParentIds: ['o1-1:L1'], alreadyApplied: true });
  });

  it('refuses refunds beyond the line', () => {
    const entries = pay('o1-1', 1000, 3, [rate(1000)]);
    const codeOf = (refund: { fen: Fen; units: number }, before = none) => {
      try {
        reverseForRefund({ line, entries, refundedBefore: before, refund: { refundId: 'x', ...refund } });
      } catch (e) {
        return isDomainError(e) ? e.code : 'plain';
      }
      return undefined;
    };
    expect(codeOf({ fen: toFen(1001), units: 0 })).toBe('REFUND.EXCEEDS_LINE');
    expect(codeOf({ fen: toFen(0), units: 4 })).toBe('REFUND.EXCEEDS_LINE');
    expect(codeOf({ fen: toFen(500), units: 0 }, { fen: toFen(600), units: 0 })).toBe('REFUND.EXCEEDS_LINE');
    expect(codeOf({ fen: toFen(-1), units: 0 })).toBe('plain');
  });

  it('does nothing for a line that paid no commission', () => {
    const r = reverseForRefund({ line, entries: [], refundedBefore: none, refund: { refundId: 'r', fen: toFen(10), units: 0 } });
    expect(r.corrections).toEqual([]);
  });
});

/** A random line, the commission bases of its paid levels, and a sequence of refunds and settlements. */
const scenarioArb = (basisArb: fc.Arbitrary<CommissionBasis>) =>
  fc.record({
    paidFen: fc.integer({ min: 0, max: 1_000_000 }),
    quantity: fc.integer({ min: 1, max: 20 }),
    bases: fc.array(basisArb, { minLength: 1, maxLength: 3 }),
    steps: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('refund' as const), fenPercent: fc.integer({ min: 0, max: 100 }), units: fc.nat(20) }),
        fc.record({ kind: fc.constant('settle' as const), level: fc.integer({ min: 1, max: 3 }) }),
      ),
      { maxLength: 12 },
    ),
    finishWithFullRefund: fc.boolean(),
  });

function run(
  s: { paidFen: number; quantity: number; bases: CommissionBasis[]; steps: ReadonlyArray<{ kind: 'refund'; fenPercent: number; units: number } | { kind: 'settle'; level: number }>; finishWithFullRefund: boolean },
  check: (entries: CommissionEntry[], keptFen: number, keptUnits: number, before: Map<number, number>) => void,
) {
  const lineIn = { lineId: 'L', paidFen: toFen(s.paidFen), quantity: s.quantity };
  let entries = pay('L', s.paidFen, s.quantity, s.bases);
  let refundedFen = 0;
  let refundedUnits = 0;
  let n = 0;
  const doRefund = (fen: number, units: number) => {
    const before = netByLevel(entries);
    const r = reverseForRefund({
      line: lineIn,
      entries,
      refundedBefore: { fen: toFen(refundedFen), units: refundedUnits },
      refund: { refundId: `r${n++}`, fen: toFen(fen), units },
    });
    for (const c of r.corrections) expect(c.amountFen).toBeLessThan(0);
    entries = apply(entries, r);
    refundedFen += fen;
    refundedUnits += units;
    check(entries, s.paidFen - refundedFen, s.quantity - refundedUnits, before);
  };
  for (const step of s.steps) {
    if (step.kind === 'settle') {
      entries = settle(entries, `L:L${step.level}`);
      continue;
    }
    const fen = Math.floor(((s.paidFen - refundedFen) * step.fenPercent) / 100);
    doRefund(fen, Math.min(step.units, s.quantity - refundedUnits));
  }
  if (s.finishWithFullRefund) {
    doRefund(s.paidFen - refundedFen, s.quantity - refundedUnits);
    expect(total(entries)).toBe(0);
    for (const e of entries) if (e.kind !== 'CLAWBACK' && e.status === 'PENDING') throw new Error('pending left after full refund');
  }
}

describe('reverseForRefund properties', () => {
  // Compliance keeps the levels' rates at or under 100% in total (≤ 3 levels × 33.33%), so the line cap never binds on
  // a rate line. Above it (e.g. 44.45% + 44.45% + 25% on 9 分) the cap would trim the lowest level, and keeping less
  // could "raise" it back, which no refund does: that case belongs to the bounds-only property below.
  const rateArb = fc.integer({ min: 0, max: 3333 }).map(rate);
  const anyBasisArb = fc.oneof(fc.integer({ min: 0, max: 5000 }).map(rate), fc.integer({ min: 0, max: 100_000 }).map(fixed));

  it('rate commission: after any partial refunds the line sums to the commission on what was kept, to the 分', () => {
    fc.assert(
      fc.property(scenarioArb(rateArb), (s) => {
        run(s, (entries, keptFen, keptUnits) => {
          const parents = entries.filter((e) => e.kind === 'COMMISSION').sort((a, b) => a.level - b.level);
          const expected = computeLevelAmounts(toFen(keptFen), keptUnits, parents.map((p) => p.basis as CommissionBasis));
          const nets = netByLevel(entries);
          parents.forEach((p, i) => expect(nets.get(p.level)).toBe(expected[i]?.amountFen));
          expect(total(entries)).toBe(expected.reduce((a, x) => a + x.amountFen, 0));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('any commission: never below zero, never above the kept commission, never raised by a refund; full refund ends at 0', () => {
    fc.assert(
      fc.property(scenarioArb(anyBasisArb), (s) => {
        run(s, (entries, keptFen, keptUnits, before) => {
          const parents = entries.filter((e) => e.kind === 'COMMISSION').sort((a, b) => a.level - b.level);
          const expected = computeLevelAmounts(toFen(keptFen), keptUnits, parents.map((p) => p.basis as CommissionBasis));
          const nets = netByLevel(entries);
          parents.forEach((p, i) => {
            const net = nets.get(p.level) ?? 0;
            expect(net).toBeGreaterThanOrEqual(0);
            expect(net).toBeLessThanOrEqual(expected[i]?.amountFen ?? 0);
            expect(net).toBeLessThanOrEqual(before.get(p.level) ?? 0);
          });
          expect(total(entries)).toBeLessThanOrEqual(keptFen);
        });
      }),
      { numRuns: 300 },
    );
  });
});
