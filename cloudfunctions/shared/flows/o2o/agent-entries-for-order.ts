import type { LineCommissionDraft } from '../../../../src/domain/commission/calculate-line-commission';
import { toBps } from '../../../../src/domain/money/fen';
import { calculateAgentCommission } from '../../../../src/domain/o2o/agent-commission';
import { parseRegionText, type Region } from '../../../../src/domain/o2o/region';
import { earnsCommission } from '../../../../src/domain/distribution/distributor-lifecycle';
import { activityPaysCommission } from '../activities/activity-pays-commission';
import type { DistributorDoc, OrderDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import { agentFor, readAgentRegistry } from './agent-registry';

/** Where an order is fulfilled: the pickup store's region, else the region of the shipping address. */
export function orderRegion(order: Pick<OrderDoc, 'delivery' | 'address'>): Region | null {
  if (order.delivery?.kind === 'PICKUP') return order.delivery.region;
  return parseRegionText(order.address.region);
}

/**
 * The regional agent of an order being created (区域代理): the agent owning its region, from the one registry
 * document (regions never overlap, so at most one matches), kept on the order so that payment reads nothing more
 * when there is none — the agent in force when the order was placed, as its prices are. None on the agent's own orders.
 */
export async function agentSnapshotFor(ops: Pick<DocOps, 'get'>, order: Pick<OrderDoc, 'delivery' | 'address' | 'buyerId'>): Promise<OrderDoc['agent']> {
  const region = orderRegion(order);
  const agent = region ? agentFor(await readAgentRegistry(ops), region) : null;
  return agent && agent.userId !== order.buyerId ? { userId: agent.userId, rateBps: agent.rateBps } : null;
}

/**
 * The regional agent's commission drafts for a paying order, to be written with the chain's entries in the paying
 * transaction: the agent recorded on the order (agentSnapshotFor; older orders without the field look it up now)
 * earns the recorded rate on each line, after the chain and within the same cap — but only while they still hold the
 * order's region when it is paid: staff removing an agent promise that orders paid afterwards pay them nothing, so
 * an order placed before the removal is checked against the registry (one document read, only for orders with an
 * agent). An agent who is not an earning distributor (ACTIVE or FROZEN) earns nothing, as in the chain: `statusOf`
 * answers from the chain's distributor read, with one read of its own only when the agent is not in it. Reads only;
 * the entries' deterministic ids make a re-run write them once.
 */
export async function agentEntriesForOrder(
  ops: Pick<DocOps, 'get'>,
  order: OrderDoc,
  chainEntries: readonly LineCommissionDraft[],
  statusOf: (userId: string) => DistributorDoc['status'] | null | undefined,
): Promise<LineCommissionDraft[]> {
  // An activity order that pays the chain no commission pays the agent none either.
  if (!activityPaysCommission(order)) return [];
  const agent = order.agent === undefined ? await agentSnapshotFor(ops, order) : order.agent;
  if (!agent || agent.userId === order.buyerId) return [];
  if (order.agent !== undefined && !(await stillHoldsRegion(ops, agent.userId, order))) return [];
  const known = statusOf(agent.userId);
  const status = known !== undefined ? known : ((await ops.get(COLLECTIONS.distributors, agent.userId))?.status ?? null);
  if (!earnsCommission(status)) return [];
  return calculateAgentCommission({
    lines: order.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity, paidFen: l.amountFen })),
    chainEntries,
    agent: { userId: agent.userId, rateBps: toBps(agent.rateBps) },
  });
}

async function stillHoldsRegion(ops: Pick<DocOps, 'get'>, userId: string, order: Pick<OrderDoc, 'delivery' | 'address'>): Promise<boolean> {
  const region = orderRegion(order);
  return region !== null && agentFor(await readAgentRegistry(ops), region)?.userId === userId;
}
