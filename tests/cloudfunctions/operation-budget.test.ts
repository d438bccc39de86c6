import { opsPerAction } from '../../bench/ops-per-action';
import { billedMetric, BILLED_REQUEST_BUDGETS, OPERATION_BUDGETS, SETTLEMENT_PER_ENTRY_BUDGET } from '../../bench/operation-budgets';
import { CountingStore, totalOps } from '../../bench/counting-store';
import { seed } from '../../bench/settlement-scale';
import { checkLedger } from '../../cloudfunctions/shared/flows/ledger/check-ledger';
import { settleDueCommissions } from '../../cloudfunctions/shared/flows/settlement/settle-due-commissions';
import { CloudbaseStore } from '../../cloudfunctions/shared/kernel/store/cloudbase-store';
import { createFakeCloudbaseDb } from '../support/fake-cloudbase-db';
import type { BenchRow } from '../../bench/bench-row';

/**
 * CloudBase bills per database request, so the cost of a business event is its store operations. The counts are
 * deterministic (an instrumented store over the CloudBase adapter and a fake of its database), so a change that adds
 * a read or a write to a hot path fails here, not only in `npm run bench`. An action whose target a rule puts out of
 * reach is held at its floor (bench/operation-budgets.ts says which rule).
 */
let rows: BenchRow[];
beforeAll(async () => {
  rows = await opsPerAction();
}, 120_000);

const valueOf = (metric: string) => rows.find((r) => r.metric === metric)?.value;

test.each(Object.entries(OPERATION_BUDGETS).map(([action, b]) => [action, b.floor?.ops ?? b.target, b.target] as const))(
  '%s costs at most %d store operations (target %d)',
  (action, budget) => {
    expect(valueOf(action)).toBeLessThanOrEqual(budget);
  },
);

test.each(Object.entries(BILLED_REQUEST_BUDGETS))('%s costs at most %d billed CloudBase requests', (action, budget) => {
  expect(valueOf(billedMetric(action))).toBeLessThanOrEqual(budget);
});

test(`bulk settlement costs at most ${SETTLEMENT_PER_ENTRY_BUDGET.ops} store operation and ${SETTLEMENT_PER_ENTRY_BUDGET.requests} billed CloudBase request per settled entry, amortised`, async () => {
  // Two batches of 1,000 orders (2,000 entries each) over 200 distributors, as bench/settlement-scale.ts seeds them.
  const db = createFakeCloudbaseDb();
  const store = new CloudbaseStore(db);
  await seed(store, 4000);
  const counted = new CountingStore(store);
  const before = db.calls.requests;
  const run = await settleDueCommissions({ store: counted, now: new Date('2026-11-20T00:00:00.000Z'), log: { info: () => undefined, error: () => undefined } });
  expect(run).toMatchObject({ settledEntries: 4000, more: false });
  expect(totalOps(counted.counts) / run.settledEntries).toBeLessThanOrEqual(SETTLEMENT_PER_ENTRY_BUDGET.ops);
  expect((db.calls.requests - before) / run.settledEntries).toBeLessThanOrEqual(SETTLEMENT_PER_ENTRY_BUDGET.requests);
  expect((await checkLedger(store)).problems).toEqual([]);
}, 60_000);
