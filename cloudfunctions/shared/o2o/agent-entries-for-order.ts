import type { LineCommissionDraft } from '../../../src/domain/commission/calculate-line-commission';
import { toBps } from '../../../src/domain/money/fen';
import { calculateAgentCommission } from '../../../src/domain/o2o/agent-commission';
import { parseRegionText, type Region } from '../../../src/domain/o2o/region';
import { earnsCommission } from '../../../src/domain/distribution/distributor-lifecycle';
import { activityPaysCommission } from '../activities/activity-pays-commission';
import type { DistributorDoc, OrderDoc } from '../docs';
import { COLLECTIONS } from '../store/collections';
import type { DocOps } from '../store/store';
import { agentFor, readAgentRegistry } from './agent-registry';

/** Where an order is fulfilled: the pickup store's region, else the region of the shipping address. */
export function orderRegion(order: Pick<OrderDoc, 'delivery' | 'address'>): Region | null {
  if (order.delivery?.kind === 'PICKUP') return order.delivery.region;
  return parseRegionText(order.address.region);
}

/**
 * The regional agent's commission drafts for a paying order (区域代理), to be written with the chain's entries in
 * the paying transaction: the agent owning the order's region (from the one registry document, since a transaction
 * cannot query; regions never overlap, so at most one matches) earns its rate on each line, after the chain and
 * within the same cap. One read when no agent matches, two when one does. Read before the paying transaction, like
 * the chain (readPaymentChain): the entries' deterministic ids make a re-run write them once. An agent who is not an
 * earning distributor (ACTIVE or FROZEN) earns nothing, as in the chain; nor on their own orders. Reads only.
 */
export async function agentEntriesForOrder(ops: DocOps, order: OrderDoc, chainEntries: readonly LineCommissionDraft[]): Promise<LineCommissionDraft[]> {
  const region = orderRegion(order);
  // An activity order that pays the chain no commission pays the agent none either.
  if (!region || !activityPaysCommission(order)) return [];
  const agent = agentFor(await readAgentRegistry(ops), region);
  if (!agent || agent.userId === order.buyerId) return [];
  const distributor = await ops.get<DistributorDoc>(COLLECTIONS.distributors, agent.userId);
  if (!earnsCommission(distributor?.status ?? null)) return [];
  return calculateAgentCommission({
    lines: order.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity, paidFen: l.amountFen })),
    chainEntries,
    agent: { userId: agent.userId, rateBps: toBps(agent.rateBps) },
  });
}
