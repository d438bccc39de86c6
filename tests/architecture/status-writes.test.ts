import fs from 'node:fs';
import path from 'node:path';
import { findStatusWrites } from './find-status-writes';

/**
 * A stored status moves only through moveStatus (cloudfunctions/shared/kernel/store/move-status.ts), which checks the
 * lifecycle table and writes by compare-and-set; documents are created with their initial status by insert/create.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const MOVE_STATUS = path.join('cloudfunctions', 'shared', 'kernel', 'store', 'move-status.ts');

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f) && !f.split(path.sep).includes('node_modules'))
    .map((f) => path.join(dir, f));
}

test('no cloud function writes a status field except through moveStatus', () => {
  const writes = sourcesUnder('cloudfunctions')
    .filter((f) => f !== MOVE_STATUS)
    .flatMap((f) => findStatusWrites(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((w) => `${f}: ${w}`));
  expect(writes).toEqual([]);
});

describe('the checker', () => {
  it('finds a status in an update patch, however it gets there', () => {
    expect(findStatusWrites(`await tx.update(COLLECTIONS.orders, id, { status: 'PAID' }, { status: 'SHIPPED', at });`)).toHaveLength(1);
    expect(findStatusWrites(`await store.update(C.x, id, {}, {\n  n: 1,\n  status: done ? 'DONE' : 'PENDING',\n});`)).toHaveLength(1);
    expect(findStatusWrites(`const patch = { status: 'RECEIVED' as const, ...receipt };\nawait tx.update(C.orders, id, { status: 'SHIPPED' }, patch);`)).toHaveLength(1);
    expect(findStatusWrites(`const closed = { status: 'CLOSED' as const };\nawait tx.update(C.orders, id, {}, { afterSale, ...closed });`)).toHaveLength(1);
    expect(findStatusWrites(`await tx.update(C.alerts, id, {}, { ...(refunding ? { status: 'DONE' } : {}), at });`)).toHaveLength(1);
    expect(findStatusWrites(`const next = { ...current, status: to };\nconst { _id, ...fields } = next;\nawait tx.update(C.w, _id, { status: s }, fields);`)).toHaveLength(1);
    expect(findStatusWrites(`await tx.update(C.d, id, {}, { ...patch, status });`)).toHaveLength(1);
    expect(findStatusWrites(`await tx.increment(C.d, id, { n: 1 }, { status: 'X' });`)).toHaveLength(1);
    expect(findStatusWrites(`await tx.update(COLLECTIONS.paymentAlerts, id, { state: null }, { state: 'DISMISSED' });`)).toHaveLength(1);
  });

  it('lets conditions on the status, creations and moveStatus through', () => {
    expect(findStatusWrites(`await tx.update(C.orders, id, { status: order.status }, { afterSale });`)).toEqual([]);
    expect(findStatusWrites(`await tx.insert(C.orders, { _id: id, status: 'PENDING_PAY' });`)).toEqual([]);
    expect(findStatusWrites(`await tx.create(C.entries, { _id: id, status: 'PENDING' });`)).toEqual([]);
    expect(findStatusWrites(`await moveStatus(tx, { collection: C.orders, id, lifecycle, from: 'PAID', to: 'SHIPPED', patch: { at } });`)).toEqual([]);
    expect(findStatusWrites(`const { _id, status, ...fields } = next;\nawait moveStatus(tx, { collection: C.w, id: _id, lifecycle, from, to: status, patch: fields });\nawait tx.update(C.w, _id, {}, fields);`)).toEqual([]);
    expect(findStatusWrites(`const next = { ...current, version: 2 };\nconst { _id, ...fields } = next;\nawait tx.update(C.shops, _id, { version: 1 }, fields);`)).toEqual([]);
    expect(findStatusWrites(`await ctx.store.update(COLLECTIONS.outbox, id, { state: 'PENDING' }, { state: 'SENT' });`)).toEqual([]);
    expect(findStatusWrites(`await writeAudit(tx, ctx, { before: { status: 'A' }, after: { status: 'B' } });`)).toEqual([]);
  });
});
