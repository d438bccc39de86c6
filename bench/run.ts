/**
 * `npm run bench`: every performance figure next to its target, printed as one table and written to
 * bench/results.json. Not part of the pass/fail test suite; bounded to a few minutes on this 2-core machine.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './bench-row';
import { bigTeamRewrite } from './big-team-rewrite';
import { dashboardScale } from './dashboard-scale';
import { flashSaleBench } from './flash-sale';
import { gatewayThroughput } from './gateway-throughput';
import { h5FirstPaint } from './h5-first-paint';
import { loadWithoutLoss } from './load-without-loss';
import { opsPerAction } from './ops-per-action';
import { packageSizes } from './package-sizes';
import { reconcileDrain } from './reconcile-drain';
import { searchScale } from './search-scale';
import { settlementScale } from './settlement-scale';
import { teamAndEntriesScale } from './team-and-entries-scale';
import { xlsxCodec } from './xlsx-codec';

/** `npm run bench -- settlement`: only the steps whose name has one of the words (results.json is then left as it was). */
const only = process.argv.slice(2).map((w) => w.toLowerCase());

async function main(): Promise<void> {
  const started = Date.now();
  const rows: BenchRow[] = [];
  // A failing step is a ✗ row with its reason, not a lost table: the other figures still count.
  const step = async (name: string, run: () => Promise<BenchRow[]> | BenchRow[]) => {
    if (only.length && !only.some((w) => name.toLowerCase().includes(w))) return;
    process.stdout.write(`· ${name}…\n`);
    try {
      rows.push(...(await run()));
    } catch (error) {
      rows.push({ area: 'error', metric: `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, value: 0, unit: '', target: 'runs', met: false });
    }
  };
  await step('database operations per action', opsPerAction);
  await step('local gateway throughput (loopback, 5 s each)', () => gatewayThroughput([1, 8, 64], 5));
  await step('settlement of 100,000 due entries', () => settlementScale(100_000));
  await step('dashboard at 200,000 orders of history: the migration to daily statistics, then the dashboard', () => dashboardScale(200_000));
  await step('reconcile: 10,000 stale unpaid orders drained by the timer', () => reconcileDrain(10_000, 5));
  await step('distributor pages with 10,000 downlines and 100,000 entries', () => teamAndEntriesScale(10_000, 100_000));
  await step('big teams: bind / staff move of a leader with 10,000 and 100,000 team members, and the full upline rewrite', async () => [...(await bigTeamRewrite(10_000)), ...(await bigTeamRewrite(100_000))]);
  await step('product search over 10,000 products', () => searchScale(10_000));
  await step('load without loss: 64 clients, 30 s, mixed buy / refund / withdraw', () => loadWithoutLoss(64, 30));
  await step('flash sale: 2,000 buyers against 100 units through the gateway', () => flashSaleBench(2000, 100));
  await step('weapp package sizes', () => {
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'weapp', 'app.json'))) {
      execSync('npx taro build --type weapp', { cwd: path.resolve(__dirname, '..'), stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    }
    return packageSizes();
  });
  await step('H5 first paint in headless Chromium', h5FirstPaint);
  await step('XLSX codec: 500-row import file, 20,000-row export', xlsxCodec);

  console.table(rows.map((r) => ({ area: r.area, metric: r.metric, value: `${r.value} ${r.unit}`, target: r.target, met: r.met === null ? '' : r.met ? '✓' : '✗' })));
  const out = { at: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), rows };
  if (only.length === 0) {
    fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(out, null, 2) + '\n');
    console.log(`bench/results.json written (${out.seconds} s)`);
  }
  if (rows.some((r) => r.area === 'error')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
