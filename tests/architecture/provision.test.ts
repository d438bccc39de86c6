import { spawnSync } from 'node:child_process';
import path from 'node:path';
import CloudBase from '@cloudbase/manager-node';
import Database from 'better-sqlite3';
import { COLLECTIONS, INDEXED_FIELDS } from '../../cloudfunctions/shared/kernel/store/collections';
import { runMigrations } from '../../cloudfunctions/shared/kernel/store/embedded-migrations';
import { applyProvisionPlan, type ManagerApp } from '../../scripts/apply-provision-plan';
import { buildProvisionPlan } from '../../scripts/provision-plan';
import { installFakeManagerApi, type FakeManagerApi } from '../support/fake-cloudbase-manager-api';

const ROOT = path.resolve(__dirname, '..', '..');
const rules = require('../../database.rules.json') as Record<string, unknown>;
const indexCount = Object.values(INDEXED_FIELDS).reduce((n, list) => n + (list?.length ?? 0), 0);

test('npm run provision -- --dry-run lists every collection, rule and index and needs no key', () => {
  const env = { ...process.env };
  delete env.TENCENTCLOUD_SECRETID;
  delete env.TENCENTCLOUD_SECRETKEY;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'provision.ts'), '--env', 'prod-1a2b3c', '--dry-run'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(0);
  const out = run.stdout;
  for (const name of Object.values(COLLECTIONS)) {
    expect(out).toContain(`集合 ${name}\n  安全规则 ${JSON.stringify(rules[name])}`);
    for (const fields of INDEXED_FIELDS[name] ?? []) expect(out).toContain(fields.map((f) => `${f} 升序`).join(' + '));
  }
  expect(out).toContain(`共 ${Object.keys(COLLECTIONS).length} 个集合、${Object.keys(COLLECTIONS).length} 条安全规则、${indexCount} 个索引`);
}, 60_000);

test('the indexes provisioned for CloudBase are exactly the ones the embedded store migrations create', () => {
  const db = new Database(':memory:');
  runMigrations(db);
  const embedded = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'").all() as Array<{ name: string }>).map((r) => r.name).sort();
  db.close();
  const provisioned = buildProvisionPlan().collections.flatMap((c) => c.indexes.map((i) => i.name)).sort();
  expect(provisioned).toEqual(embedded);
  expect(provisioned).toHaveLength(indexCount);
});

describe('applying the plan through @cloudbase/manager-node', () => {
  let api: FakeManagerApi;
  beforeEach(() => (api = installFakeManagerApi('prod-1a2b3c')));
  afterEach(() => api.restore());
  const app = () => new CloudBase({ secretId: 'AKIDtest', secretKey: 'key', envId: 'prod-1a2b3c' }) as unknown as ManagerApp;

  test('an empty environment gets every collection, its rule and its indexes; a second run changes nothing', async () => {
    const plan = buildProvisionPlan();
    const first = await applyProvisionPlan(app(), plan, () => undefined);
    expect(first.createdCollections.sort()).toEqual(Object.values(COLLECTIONS).sort());
    expect(first.appliedRules).toHaveLength(Object.keys(COLLECTIONS).length);
    expect(first.createdIndexes).toHaveLength(indexCount);
    for (const name of Object.values(COLLECTIONS)) {
      expect(JSON.parse(api.permissions.get(name)!.SecurityRule!)).toEqual(rules[name]);
      expect(api.permissions.get(name)!.Permission).toBe('CUSTOM');
    }
    expect(api.tables.get('users')!.get('ix_users_upline_1_boundAt')).toEqual([{ Name: 'upline.1', Direction: '1' }, { Name: 'boundAt', Direction: '1' }]);

    const writes = () => api.actions.filter((a) => ['CreateTable', 'UpdateTable', 'ModifyResourcePermission'].includes(a)).length;
    const before = writes();
    const second = await applyProvisionPlan(app(), plan, () => undefined);
    expect(second).toEqual({ createdCollections: [], appliedRules: [], createdIndexes: [] });
    expect(writes()).toBe(before);
  });

  test('a half-provisioned environment is completed: only what is missing or different is written', async () => {
    const plan = buildProvisionPlan();
    await applyProvisionPlan(app(), plan, () => undefined);
    api.tables.get('orders')!.delete('ix_orders_paidAt');
    api.permissions.set('users', { Permission: 'READONLY' });
    api.tables.delete('agents');
    api.permissions.delete('agents');
    const report = await applyProvisionPlan(app(), plan, () => undefined);
    expect(report.createdCollections).toEqual(['agents']);
    expect(report.appliedRules.sort()).toEqual(['agents', 'users']);
    expect(report.createdIndexes.sort()).toEqual(['agents.ix_agents_userId', 'orders.ix_orders_paidAt']);
  });
});
