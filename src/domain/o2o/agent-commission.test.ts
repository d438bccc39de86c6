import fc from 'fast-check';
import { computeLevelAmounts } from '../commission/calculate-line-commission';
import { toBps, toFen } from '../money/fen';
import { AGENT_LEVEL, calculateAgentCommission } from './agent-commission';

const rate = (bps: number) => ({ kind: 'RATE' as const, rateBps: toBps(bps) });

test('the agent earns floor(paid × rate) on every line, at the agent level, after the chain', () => {
  const drafts = calculateAgentCommission({
    lines: [{ lineId: 'O1-1', quantity: 2, paidFen: toFen(7980) }],
    chainEntries: [{ lineId: 'O1-1', level: 1, basis: rate(1000) }, { lineId: 'O1-1', level: 2, basis: rate(500) }],
    agent: { userId: 'agent', rateBps: toBps(300) },
  });
  expect(drafts).toEqual([
    expect.objectContaining({ id: `O1-1:L${AGENT_LEVEL}`, level: AGENT_LEVEL, beneficiaryId: 'agent', amountFen: 239, basis: rate(300), baseFen: 7980 }),
  ]);
});

test('the agent gets only what the chain left of the line: the total never exceeds what was paid', () => {
  const drafts = calculateAgentCommission({
    lines: [{ lineId: 'L-1', quantity: 1, paidFen: toFen(1000) }],
    chainEntries: [{ lineId: 'L-1', level: 1, basis: { kind: 'FIXED_PER_UNIT', perUnitFen: toFen(950) } }],
    agent: { userId: 'agent', rateBps: toBps(1000) },
  });
  expect(drafts.map((d) => d.amountFen)).toEqual([50]);
  const none = calculateAgentCommission({
    lines: [{ lineId: 'L-1', quantity: 1, paidFen: toFen(1000) }],
    chainEntries: [{ lineId: 'L-1', level: 1, basis: { kind: 'FIXED_PER_UNIT', perUnitFen: toFen(1000) } }],
    agent: { userId: 'agent', rateBps: toBps(1000) },
  });
  expect(none).toEqual([]);
});

test('a zero rate or a rate that rounds to nothing writes no entry', () => {
  const line = { lineId: 'L-1', quantity: 1, paidFen: toFen(5) };
  expect(calculateAgentCommission({ lines: [line], chainEntries: [], agent: { userId: 'a', rateBps: toBps(0) } })).toEqual([]);
  expect(calculateAgentCommission({ lines: [line], chainEntries: [], agent: { userId: 'a', rateBps: toBps(100) } })).toEqual([]);
});

test('property: chain + agent on a line never exceeds the paid amount, and equals the shared level rule', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 1, max: 20 }),
      fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 3 }),
      fc.integer({ min: 0, max: 10000 }),
      (paid, quantity, chainRates, agentRate) => {
        const chain = chainRates.map((r, i) => ({ lineId: 'L-1', level: i + 1, basis: rate(r) }));
        const chainAmounts = computeLevelAmounts(toFen(paid), quantity, chain.map((c) => c.basis));
        const [agent] = calculateAgentCommission({ lines: [{ lineId: 'L-1', quantity, paidFen: toFen(paid) }], chainEntries: chain, agent: { userId: 'a', rateBps: toBps(agentRate) } });
        const total = chainAmounts.reduce((s, a) => s + a.amountFen, 0) + (agent?.amountFen ?? 0);
        expect(total).toBeLessThanOrEqual(paid);
        const expected = computeLevelAmounts(toFen(paid), quantity, [...chain.map((c) => c.basis), rate(agentRate)]).at(-1)?.amountFen ?? 0;
        expect(agent?.amountFen ?? 0).toBe(expected);
      },
    ),
  );
});
