/**
 * `npm run ledger:check`: proves, on the local database (DATA_DIR, default .data/), that every cached balance equals
 * the sum of its entries and withdrawals, that every paid line's commission is conserved, and that every points
 * balance equals the sum of its points changes. Exits 1 on a problem.
 */
import path from 'node:path';
import { checkLedger } from '../cloudfunctions/shared/ledger/check-ledger';
import { checkPointsLedger } from '../cloudfunctions/shared/marketing/check-points-ledger';
import { EmbeddedStore } from '../cloudfunctions/shared/store/embedded-store';

async function main(): Promise<void> {
  const dataDir = path.resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
  const store = new EmbeddedStore(path.join(dataDir, 'shop.db'));
  const report = await checkLedger(store);
  const points = await checkPointsLedger(store);
  await store.close();
  console.log(`账本检查：${report.users} 个用户，${report.lines} 个商品行，${report.problems.length} 个问题`);
  for (const p of report.problems) console.log(`  ${p.kind} ${p.subject}: ${p.detail}`);
  console.log(`积分检查：${points.problems.length} 个问题${points.complete ? '' : '（数据过多，未全部检查）'}`);
  for (const p of points.problems) console.log(`  POINTS ${p.userId}: 缓存 ${p.cachedBalance}，流水合计 ${p.ledgerBalance}`);
  process.exit(report.problems.length || points.problems.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
