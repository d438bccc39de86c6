import type { CommissionEntryDoc, DistributorDoc, OrderDoc, UserDoc, UserStatsDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { createLocalPlatform } from '../cloudfunctions/shared/kernel/platform/local-platform';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import { EmbeddedStore } from '../cloudfunctions/shared/kernel/store/embedded-store';
import { invokeFunction, type LocalRuntime } from '../server/local-runtime';
import { toFen } from '../src/domain/money/fen';
import { row, type BenchRow } from './bench-row';

const OWNER = 'bench_owner';
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-20T02:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A distributor with `downlines` team members (a fifth direct, the rest at level 2) and `entries` commission entries
 * over a year, seeded straight into an embedded store; then the distributor's pages, through the real handlers:
 * team counts, first and deep team pages, first and deep entry pages, the 30-day chart. Each is the median of 5 runs.
 */
export async function teamAndEntriesScale(downlines: number, entries: number): Promise<BenchRow[]> {
  const store = new EmbeddedStore(':memory:');
  const level1 = Math.ceil(downlines / 5);
  const orders = Math.ceil(entries / 2);
  await store.runTransaction(async (tx) => {
    const owner: DistributorDoc = { _id: OWNER, status: 'ACTIVE', shopName: '压测小店', since: iso(NOW - 400 * DAY_MS), gradeId: null };
    await tx.insert(COLLECTIONS.distributors, owner);
    for (let i = 0; i < downlines; i++) {
      const direct = i < level1;
      const parent = direct ? OWNER : `bench_u${i % level1}`;
      const user: UserDoc = { _id: `bench_u${i}`, nickname: `压测用户${i}`, role: 'shopper', superiorId: parent, upline: direct ? [OWNER] : [parent, OWNER], boundAt: iso(NOW - (downlines - i) * 60_000), bindSource: 'scene', treeVersion: 1, createdAt: iso(NOW - 400 * DAY_MS) };
      await tx.insert(COLLECTIONS.users, user);
      const stats: UserStatsDoc = { _id: user._id, paidOrderCount: i % 3, spendFen: toFen(3990 * (i % 3)), settledCommissionFen: toFen(0), version: 1 };
      await tx.insert(COLLECTIONS.userStats, stats);
    }
    for (let o = 0; o < orders; o++) {
      const createdAt = iso(NOW - Math.floor((o / orders) * 365 * DAY_MS));
      const order = { _id: `OB${o}`, buyerId: `bench_u${o % downlines}`, status: 'PAID', lines: [], createdAt, paidAt: createdAt, settleAfter: null, policySnapshot: null } as unknown as OrderDoc;
      await tx.insert(COLLECTIONS.orders, order);
    }
    for (let e = 0; e < entries; e++) {
      const o = e % orders;
      const createdAt = iso(NOW - Math.floor((o / orders) * 365 * DAY_MS));
      const entry: CommissionEntryDoc = { _id: `OB${o}-1:L${e < orders ? 1 : 2}`, kind: 'COMMISSION', status: 'PENDING', orderId: `OB${o}`, lineId: `OB${o}-1`, buyerId: `bench_u${o % downlines}`, beneficiaryId: OWNER, level: e < orders ? 1 : 2, amountFen: toFen(199), parentEntryId: null, basis: null, baseFen: toFen(3990), quantity: 1, productTitle: '赣南脐橙', createdAt, settledAt: null };
      await tx.insert(COLLECTIONS.commissionEntries, entry);
    }
  });
  const runtime: LocalRuntime = {
    store,
    platform: createLocalPlatform({ dataDir: '/tmp', publicBaseUrl: 'http://localhost' }),
    log: { info: () => undefined, error: () => undefined },
    now: () => new Date(NOW),
  };
  const median = async (fn: string, action: string, payload: object): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const res = (await invokeFunction(runtime, fn, { action, payload }, { openid: OWNER, source: 'wx_client' })) as { ok: boolean; message?: string; data?: { items?: unknown[] } };
      times.push(performance.now() - started);
      if (!res.ok) throw new Error(`${fn}.${action}: ${res.message}`);
      // A fast empty page proves nothing: every paged call here must return a full page.
      if (res.data?.items && res.data.items.length !== 20) throw new Error(`${fn}.${action}: ${res.data.items.length} items, expected 20`);
    }
    return times.sort((a, b) => a - b)[2] ?? 0;
  };
  const area = `team ${downlines.toLocaleString('en')} / entries ${entries.toLocaleString('en')}`;
  const rows = [
    row(area, 'getMyTeamCounts', await median('distributor', 'getMyTeamCounts', {}), 'ms', { max: 100 }),
    row(area, 'listMyTeam level 1, first page', await median('distributor', 'listMyTeam', { level: 1 }), 'ms', { max: 100 }),
    row(area, 'listMyTeam level 2, page at 5,000', await median('distributor', 'listMyTeam', { level: 2, cursor: 5000 }), 'ms', { max: 100 }),
    row(area, 'listMyEntries, first page', await median('commission', 'listMyEntries', {}), 'ms', { max: 100 }),
    row(area, 'listMyEntries, page at 90,000', await median('commission', 'listMyEntries', { cursor: 90_000 }), 'ms', { max: 300 }),
    row(area, 'getMyEarningsChart 30 days', await median('commission', 'getMyEarningsChart', { days: 30 }), 'ms', { max: 500 }),
  ];
  await store.close();
  return rows;
}
