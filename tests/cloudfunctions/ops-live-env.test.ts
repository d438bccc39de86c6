import { CloudbaseStore } from '../../cloudfunctions/shared/kernel/store/cloudbase-store';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { ledgerCheckCommand } from '../../scripts/ledger-check';
import { setOwnerCommand } from '../../scripts/set-owner';
import { createFakeCloudbaseDb, type FakeCloudbaseDb } from '../support/fake-cloudbase-db';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { earnSettledCommission } from '../support/withdrawal-fixtures';

/**
 * `npm run ledger:check -- --env <id>` and `npm run owner:set -- --env <id> <openid>` against a live environment:
 * here the live database is the CloudBase fake, filled by the real functions, and the scripts reach it through the
 * production store adapter with the key from the environment — the same checks and rule as locally.
 */
let db: FakeCloudbaseDb;
let rt: TestRuntime;
let lines: string[];
const opened: Array<[string, unknown]> = [];
const deps = () => ({ liveDatabase: (envId: string, credentials: unknown) => (opened.push([envId, credentials]), db), log: (line: string) => void lines.push(line) });

beforeEach(async () => {
  db = createFakeCloudbaseDb();
  rt = await createTestRuntime({ wrapStore: () => new CloudbaseStore(db) });
  lines = [];
  opened.length = 0;
  process.env.TENCENTCLOUD_SECRETID = 'AKIDops';
  process.env.TENCENTCLOUD_SECRETKEY = 'ops-key';
});
afterEach(async () => {
  delete process.env.TENCENTCLOUD_SECRETID;
  delete process.env.TENCENTCLOUD_SECRETKEY;
  await rt.close();
});

test('ledger:check --env runs the ledger and points checks on the live environment and exits 1 on a problem', async () => {
  await earnSettledCommission(rt);
  expect(await ledgerCheckCommand(['--env', 'prod-1a2b3c'], deps())).toBe(0);
  expect(opened).toEqual([['prod-1a2b3c', { secretId: 'AKIDops', secretKey: 'ops-key' }]]);
  expect(lines[0]).toMatch(/^账本检查（云开发环境 prod-1a2b3c）：\d+ 个用户，\d+ 个商品行，0 个问题$/);

  await rt.store.update(COLLECTIONS.balances, 'dev_distributor', {}, { availableFen: 10_000 });
  lines = [];
  expect(await ledgerCheckCommand(['--env=prod-1a2b3c'], deps())).toBe(1);
  expect(lines).toContain('  BALANCE_MISMATCH dev_distributor: availableFen: cached 10000 ≠ entries 9870');
});

test('owner:set --env makes the user owner on the live environment, audited as cli, and is idempotent', async () => {
  expect(await setOwnerCommand(['--env', 'prod-1a2b3c', 'oNewOwner123456'], deps())).toBe(0);
  expect(lines).toEqual(['已将 oNewOwner123456 设为店主（云开发环境 prod-1a2b3c）']);
  expect(await rt.store.get(COLLECTIONS.users, 'oNewOwner123456')).toMatchObject({ role: 'owner' });
  const audit = await rt.store.find(COLLECTIONS.auditLog, { target: 'oNewOwner123456' }, { limit: 10 });
  expect(audit).toEqual([expect.objectContaining({ actorId: 'cli' })]);
  expect(await setOwnerCommand(['--env', 'prod-1a2b3c', 'oNewOwner123456'], deps())).toBe(0);
  expect(lines[1]).toBe('oNewOwner123456 已是店主，无需更改（云开发环境 prod-1a2b3c）');
});

test('without the API key, or with a malformed env id, nothing is opened and the reason is given', async () => {
  delete process.env.TENCENTCLOUD_SECRETKEY;
  await expect(ledgerCheckCommand(['--env', 'prod-1a2b3c'], deps())).rejects.toThrow('TENCENTCLOUD_SECRETID');
  process.env.TENCENTCLOUD_SECRETKEY = 'ops-key';
  await expect(setOwnerCommand(['--env', 'bad env!', 'oNewOwner123456'], deps())).rejects.toThrow('--env');
  expect(await setOwnerCommand(['--env', 'prod-1a2b3c'], deps())).toBe(2);
  expect(opened).toEqual([]);
});

test('the live connection is the real SDK: its first database request names the environment given by --env', async () => {
  const { installFakeGateway } = await import('../support/fake-cloudbase-gateway');
  const { openCliStore } = await import('../../scripts/cli-store');
  const { parseCliArgs } = await import('../../scripts/cli-args');
  const gw = installFakeGateway();
  try {
    const { store } = openCliStore(parseCliArgs(['--env', 'prod-9z8y7x']));
    await expect(store.get(COLLECTIONS.users, 'someone')).rejects.toThrow();
    expect(gw.calls[0]).toMatchObject({ action: expect.stringMatching(/^database\./), data: expect.objectContaining({ envName: 'prod-9z8y7x', collectionName: 'users' }) });
  } finally {
    gw.restore();
  }
});
