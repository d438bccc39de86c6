/**
 * `npm run ledger:check`: proves, on the local database (DATA_DIR, default .data/), that every cached balance equals
 * the sum of its entries and withdrawals and that every paid line's commission is conserved. Exits 1 on a problem.
 */
import path from 'node:path';
import { checkLedger } from '../cloudfunctions/shared/ledger/check-ledger';
import { EmbeddedStore } from '../cloudfunctions/shared/store/embedded-store';

async function main(): Promise<void> {
  const dataDir = path.resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
  const store = new EmbeddedStore(path.join(dataDir, 'shop.db'));
  const report = await checkLedger(store);
  await store.close();
  console.log(`账本检查：${report.users} 个用户，${report.lines} 个商品行，${report.problems.length} 个问题`);
  for (const p of report.problems) console.log(`  ${p.kind} ${p.subject}: ${p.detail}`);
  process.exit(report.problems.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
