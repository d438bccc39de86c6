import fs from 'node:fs';
import path from 'node:path';
import type { AuditDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { adminActions, createAdminFixture, SAMPLES, type Fixture, type Sample } from '../support/admin-action-samples';
import { buyAndPay, DAY_MS, shipAndReceive } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { earnSettledCommission } from '../support/withdrawal-fixtures';

/**
 * Every admin action, called by the owner with its sample payload: a read (list / get, the ledger check) changes
 * nothing; any other action that succeeds and changes something — a document or only a file (an upload, an export)
 * — leaves at least one audit record naming the owner (a repeat that changes nothing needs none); a refusal changes
 * nothing.
 */
const OWNER = 'dev_staff';
const isRead = (action: string) => /^(list|get)[A-Z]/.test(action) || action === 'checkLedger';

/** Every file under the data folder (uploads, exports, codes) with its size: a file written shows up here. */
function filesOf(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const entry of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.statSync(full).size;
    }
  };
  walk(dir);
  return out;
}

async function stateOf(rt: TestRuntime) {
  const { [COLLECTIONS.auditLog]: audits, ...rest } = await snapshotStore(rt.store);
  return { store: rest, files: filesOf(rt.dataDir), audits: (audits ?? []) as AuditDoc[] };
}

let rt: TestRuntime;
let fx: Fixture;
beforeAll(async () => {
  rt = await createTestRuntime();
  fx = await createAdminFixture(rt);
}, 60_000);
afterAll(() => rt?.close());

test('the samples cover every admin action', () => {
  expect(adminActions().filter((key) => !(key in SAMPLES))).toEqual([]);
});

test.each(Object.keys(SAMPLES))('%s: a read changes nothing; a write that succeeds is audited; a refusal writes nothing', async (key) => {
  const [fn = '', action = ''] = key.split('.');
  const before = await stateOf(rt);
  const res = await rt.call(fn, action, await (SAMPLES[key] as Sample).payload(fx, rt), OWNER);
  const after = await stateOf(rt);
  const added = after.audits.filter((a) => !before.audits.some((b) => b._id === a._id));
  const changed = JSON.stringify([before.store, before.files]) !== JSON.stringify([after.store, after.files]);
  if (isRead(action) || !res.ok) {
    expect({ key, store: after.store, files: after.files, added }).toEqual({ key, store: before.store, files: before.files, added: [] });
  } else if (changed) {
    expect({ key, auditedBy: [...new Set(added.map((a) => a.actorId))] }).toEqual({ key, auditedBy: [OWNER] });
  }
});

test('a settlement run started by staff is audited with what it settled', async () => {
  const { buyer } = await earnSettledCommission(rt);
  const order = await buyAndPay(rt, buyer, [{ skuId: 'p03-s1', quantity: 1 }]);
  await shipAndReceive(rt, order, buyer);
  rt.advance(8 * DAY_MS);
  const run = await rt.ok('order-admin', 'runSettlement', {}, OWNER);
  expect(run.settledOrders).toBeGreaterThan(0);
  const audits = await rt.store.find(COLLECTIONS.auditLog, { action: 'runSettlement' }, { limit: 10 });
  expect(audits).toContainEqual(expect.objectContaining({ actorId: OWNER, after: run }));
});
