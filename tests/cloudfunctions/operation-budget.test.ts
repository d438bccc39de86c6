import { opsPerAction } from '../../bench/ops-per-action';
import { billedMetric, BILLED_REQUEST_BUDGETS, OPERATION_BUDGETS } from '../../bench/operation-budgets';
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
