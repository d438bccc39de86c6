import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFunctions, listFunctions } from '../../config/build-functions';
import { FUNCTIONS } from '../../server/function-registry';

test('every cloud function bundles alone, exports main, and leaves only wx-server-sdk to the runtime', async () => {
  expect(listFunctions()).toEqual(Object.keys(FUNCTIONS).sort());
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-fn-'));
  const built = await buildFunctions(out);
  expect(built.map((b) => b.name)).toEqual(listFunctions());
  for (const { name } of built) {
    const pkg = JSON.parse(fs.readFileSync(path.join(out, name, 'package.json'), 'utf8')) as { main: string; dependencies: object };
    expect(pkg.main).toBe('index.js');
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
    expect(fs.existsSync(path.join(out, name, 'config.json'))).toBe(true);
    // Loading the bundle must not touch the SDK (it initialises on the first call only).
    const mod = require(path.join(out, name, 'index.js')) as { main: unknown };
    expect(typeof mod.main).toBe('function');
  }
  const distributorConfig = JSON.parse(fs.readFileSync(path.join(out, 'distributor', 'config.json'), 'utf8'));
  expect(distributorConfig.permissions.openapi).toContain('wxacode.getUnlimited');
  fs.rmSync(out, { recursive: true, force: true });
}, 60_000);

test('a bundled function runs in plain Node with only its own node_modules: a real order through the production entry', async () => {
  const { spawnSync } = await import('node:child_process');
  const { build } = await import('esbuild');
  const { CloudbaseStore } = await import('../../cloudfunctions/shared/kernel/store/cloudbase-store');
  const { COLLECTIONS } = await import('../../cloudfunctions/shared/kernel/store/collections');
  const { seedDemoData } = await import('../../server/seed/seed-demo-data');
  const { createFakeCloudbaseDb } = await import('../support/fake-cloudbase-db');

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-fn-run-'));
  await buildFunctions(out);
  // What `installDependency` would put beside the bundle, with the fake DB in place of the real SDK.
  await build({
    entryPoints: [path.join(__dirname, '..', 'support', 'fake-wx-server-sdk.ts')],
    outfile: path.join(out, 'orders', 'node_modules', 'wx-server-sdk', 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  const db = createFakeCloudbaseDb();
  await seedDemoData(new CloudbaseStore(db), out, new Date());
  const seed = Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c, db.dump(c)]));
  fs.writeFileSync(path.join(out, 'seed.json'), JSON.stringify(seed));
  const sku = (seed.skus ?? []).find((s) => (s.stock as number) > 0)!;

  const script = `
    const { main } = require('./index.js');
    (async () => {
      const payload = { requestId: 'plain-node-0001', lines: [{ skuId: ${JSON.stringify(sku._id)}, quantity: 1 }],
        address: { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' } };
      const created = await main({ action: 'createOrder', payload });
      const mine = await main({ action: 'listMyOrders', payload: { limit: 10 } });
      console.log(JSON.stringify({ created, mine }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const env = { PATH: process.env.PATH ?? '', WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: 'plain_node_buyer', WX_APPID: 'wx-test', TCB_SOURCE: 'wx_client', FAKE_CLOUDBASE_SEED: path.join(out, 'seed.json') } as unknown as NodeJS.ProcessEnv;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: path.join(out, 'orders'), env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const { created, mine } = JSON.parse(run.stdout) as { created: { ok: boolean; data: { orderId: string; status: string } }; mine: { ok: boolean; data: { items: Array<{ orderId: string }> } } };
  expect(created).toMatchObject({ ok: true, data: { status: 'PENDING_PAY' } });
  expect(mine.ok).toBe(true);
  expect(mine.data.items.map((o) => o.orderId)).toEqual([created.data.orderId]);

  // Every other bundle loads in plain Node from its own folder with nothing installed (the SDK loads on first call).
  for (const name of listFunctions()) {
    const load = spawnSync(process.execPath, ['-e', "if (typeof require('./index.js').main !== 'function') process.exit(2)"], { cwd: path.join(out, name), env, encoding: 'utf8' });
    expect({ name, status: load.status, stderr: load.stderr }).toEqual({ name, status: 0, stderr: '' });
  }
  fs.rmSync(out, { recursive: true, force: true });
}, 120_000);
