/**
 * `npm start`: the whole shop locally. Builds the H5 client if there is no build yet (or with --build), then
 * serves it with the function gateway, the embedded database under DATA_DIR (default .data/) seeded with the
 * demo shop (plus a coupon, activities and a store: seedDemoMarketing), and the simulated WeChat Pay. PORT (default 10086) and DATA_DIR override the defaults.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_H5_DIR } from '../server/create-gateway';
import { ownerOverGateway, seedDemoMarketing } from '../server/seed/seed-demo-marketing';
import { startLocalServer } from '../server/start-local-server';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const port = Number(process.env.PORT ?? 10086);
  const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
  const args = new Set(process.argv.slice(2));
  const built = fs.existsSync(path.join(DEFAULT_H5_DIR, 'index.html'));
  if (args.has('--build') || (!built && !args.has('--no-build'))) {
    console.log('构建 H5 客户端（首次约 1 分钟）…');
    execSync('npx taro build --type h5', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const mode = process.env.WFX_MODE === 'production' ? 'production' : 'local';
  const server = await startLocalServer({ port, dataDir, h5Dir: DEFAULT_H5_DIR, mode });
  // A coupon, 秒杀 / 拼团 / 砍价 and a store to try; a failure here is reported but never stops the shop.
  if (mode === 'local') await seedDemoMarketing(ownerOverGateway(server.url), new Date()).catch((error: unknown) => console.warn('演示营销数据未能创建：', error instanceof Error ? error.message : error));
  console.log(`\n微分销商城已启动：${server.url}\n数据目录：${dataDir}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
