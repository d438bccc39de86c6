import { computeLevelAmounts, type CommissionBasis, type LineCommissionDraft } from '../commission/calculate-line-commission';
import { toBps, type Bps, type Fen } from '../money/fen';

/**
 * The level marker of a regional agent's (区域代理) entries. Agent entries are ordinary COMMISSION entries of the
 * same line, one level above every chain level, so the ledger check, refunds (reverseForRefund) and settlement treat
 * them with the very rule they use for the chain: levels in order, each capped at what the lower levels left.
 */
export const AGENT_LEVEL = 9;

export interface AgentLine {
  lineId: string;
  quantity: number;
  paidFen: Fen;
}

/**
 * The agent's entry per paid line, paid in addition to the chain and within the same cap: the chain is paid first
 * (it did the selling), the agent gets floor(paid × rate) but never more than the chain left of the line's paid
 * amount. `chainEntries` are the line commission drafts already computed for the order.
 */
export function calculateAgentCommission(input: {
  lines: readonly AgentLine[];
  chainEntries: readonly Pick<LineCommissionDraft, 'lineId' | 'level' | 'basis'>[];
  agent: { userId: string; rateBps: Bps };
}): LineCommissionDraft[] {
  const { lines, chainEntries, agent } = input;
  const rate = toBps(agent.rateBps);
  if (rate === 0) return [];
  const out: LineCommissionDraft[] = [];
  for (const line of lines) {
    const chain = chainEntries.filter((e) => e.lineId === line.lineId).sort((a, b) => a.level - b.level);
    if (chain.some((e) => e.level >= AGENT_LEVEL)) throw new Error('calculateAgentCommission: chain entries must be below the agent level');
    const basis: CommissionBasis = { kind: 'RATE', rateBps: rate };
    const amounts = computeLevelAmounts(line.paidFen, line.quantity, [...chain.map((e) => e.basis), basis]);
    const amountFen = amounts[amounts.length - 1]?.amountFen;
    if (!amountFen) continue;
    out.push({
      id: `${line.lineId}:L${AGENT_LEVEL}`,
      lineId: line.lineId,
      level: AGENT_LEVEL,
      beneficiaryId: agent.userId,
      baseFen: line.paidFen,
      quantity: line.quantity,
      basis,
      source: 'POLICY',
      amountFen,
    });
  }
  return out;
}
