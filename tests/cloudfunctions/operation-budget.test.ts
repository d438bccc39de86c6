import { opsPerAction } from '../../bench/ops-per-action';

/**
 * CloudBase bills per database operation; issue 10 budgets a paid notify paying 3 levels at 12. The count is
 * deterministic (an instrumented store), so a change that adds a read or a write to the paying path fails here,
 * not only in `npm run bench`.
 */
test('a paid notify paying 3 levels costs at most 12 store operations', async () => {
  const rows = await opsPerAction();
  const notify = rows.find((r) => r.metric === 'paid notify, 3 levels');
  expect(notify?.value).toBeLessThanOrEqual(12);
  expect(notify?.met).toBe(true);
});
