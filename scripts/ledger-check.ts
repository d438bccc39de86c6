/**
 * `npm run ledger:check [-- --env <envId>]`: proves that every cached balance equals the sum of its entries and
 * withdrawals, that every paid line's commission is conserved, and that every points balance equals the sum of its
 * points changes. Locally on DATA_DIR (default .data/); with `--env` on a live CloudBase environment (API key from
 * TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY), through the same store port and the same checks. Read-only.
 * Exits 1 on a problem, 2 when it could not run.
 */
import { checkLedger } from '../cloudfunctions/shared/flows/ledger/check-ledger';
import { checkPointsLedger } from '../cloudfunctions/shared/flows/marketing/check-points-ledger';
import { parseCliArgs } from './cli-args';
import { openCliStore, type CliStoreDeps } from './cli-store';
import { runCommand } from './run-command';

export async function ledgerCheckCommand(argv: readonly string[], deps: CliStoreDeps & { log?: (line: string) => void } = {}): Promise<number> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const { store, where } = openCliStore(parseCliArgs(argv), deps);
  try {
    const report = await checkLedger(store);
    const points = await checkPointsLedger(store);
    log(`账本检查（${where}）：${report.users} 个用户，${report.lines} 个商品行，${report.problems.length} 个问题`);
    for (const p of report.problems) log(`  ${p.kind} ${p.subject}: ${p.detail}`);
    log(`积分检查：${points.problems.length} 个问题${points.complete ? '' : '（数据过多，未全部检查）'}`);
    for (const p of points.problems) log(`  POINTS ${p.userId}: 缓存 ${p.cachedBalance}，流水合计 ${p.ledgerBalance}`);
    return report.problems.length || points.problems.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) runCommand((argv) => ledgerCheckCommand(argv), 2);
