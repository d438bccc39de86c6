import type { RankingKind } from '../../src/contracts/distributor';
import type { Logger } from '../shared/kernel/context';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import { MAX_PAGE_SIZE, type CollectionDocs, type CollectionName, type Store } from '../shared/kernel/store/store';

/** A period's rows are read in pages of 1000 up to this many pages; past it the ranking is logged as partial. */
const MAX_READS = 20;

async function readSince<C extends CollectionName>(store: Store, collection: C, field: string, sinceIso: string, log: Logger): Promise<Array<CollectionDocs[C]>> {
  const out: Array<CollectionDocs[C]> = [];
  for (let read = 0; read < MAX_READS; read += 1) {
    const batch = await store.find(collection, { [field]: { $gte: sinceIso } }, { skip: read * MAX_PAGE_SIZE, limit: MAX_PAGE_SIZE, orderBy: [{ field, direction: 'asc' }] });
    out.push(...batch);
    if (batch.length < MAX_PAGE_SIZE) return out;
  }
  log.info('ranking read cap reached', { collection, sinceIso, rows: out.length });
  return out;
}

/**
 * Per user, the value ranked since `sinceIso`:
 * - SETTLED_COMMISSION: the net of their entries settled in the period (commission settled, minus clawbacks);
 * - NEW_PAYING_DOWNLINES: direct downlines bound in the period who have paid for at least one order (customers
 *   brought in, never sign-ups: see the compliance rules).
 */
export async function rankingValues(store: Store, kind: RankingKind, sinceIso: string, log: Logger): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  if (kind === 'SETTLED_COMMISSION') {
    const entries = await readSince(store, COLLECTIONS.commissionEntries, 'settledAt', sinceIso, log);
    for (const e of entries) values.set(e.beneficiaryId, (values.get(e.beneficiaryId) ?? 0) + e.amountFen);
    return values;
  }
  const users = (await readSince(store, COLLECTIONS.users, 'boundAt', sinceIso, log)).filter((u) => u.superiorId !== null);
  for (let i = 0; i < users.length; i += MAX_PAGE_SIZE) {
    const chunk = users.slice(i, i + MAX_PAGE_SIZE);
    const stats = await store.find(COLLECTIONS.userStats, { _id: { $in: chunk.map((u) => u._id) } }, { limit: chunk.length });
    const paying = new Set(stats.filter((s) => s.paidOrderCount > 0).map((s) => s._id));
    for (const u of chunk) if (u.superiorId && paying.has(u._id)) values.set(u.superiorId, (values.get(u.superiorId) ?? 0) + 1);
  }
  return values;
}
