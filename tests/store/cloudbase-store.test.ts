import { CloudbaseStore } from '../../cloudfunctions/shared/kernel/store/cloudbase-store';
import { createFakeCloudbaseDb, FAKE_DEFAULT_GET_LIMIT, FAKE_MAX_LIMIT } from '../support/fake-cloudbase-db';
import { describeStoreContract } from './store-contract';
import { untyped } from './untyped-store';

describeStoreContract('CloudbaseStore (fake CloudBase DB)', async () => new CloudbaseStore(createFakeCloudbaseDb()));

describe('CloudbaseStore on CloudBase specifics', () => {
  test('inside a transaction a compare-and-set after a read costs one request; an increment never reads', async () => {
    const db = createFakeCloudbaseDb();
    const store = untyped(new CloudbaseStore(db));
    await store.insert('skus', { _id: 's1', stock: 10 });
    const before = db.calls.requests;
    await store.runTransaction(async (tx) => {
      const sku = await tx.get('skus', 's1');
      await tx.update('skus', 's1', { stock: sku!.stock }, { stock: sku!.stock - 1 });
      await tx.increment('skus', 's1', { sold: 1 });
    });
    expect(db.calls.requests - before).toBe(3);
    expect(await store.get('skus', 's1')).toMatchObject({ stock: 9, sold: 1 });
  });

  test('a transaction re-run after a conflict leaves exactly one write', async () => {
    const db = createFakeCloudbaseDb();
    const store = untyped(new CloudbaseStore(db));
    await store.insert('skus', { _id: 's1', stock: 10 });
    db.injectConflicts(1);
    let runs = 0;
    const result = await store.runTransaction(async (tx) => {
      runs += 1;
      const sku = await tx.get('skus', 's1');
      await tx.update('skus', 's1', { stock: sku!.stock }, { stock: sku!.stock - 1 });
      await tx.insert('orders', { _id: 'o1', qty: 1 });
      return runs;
    });
    expect(result).toBe(2);
    expect(db.calls).toMatchObject({ transactionAttempts: 2, transactionCommits: 1 });
    expect(db.dump('skus')).toEqual([{ _id: 's1', stock: 9 }]);
    expect(db.dump('orders')).toEqual([{ _id: 'o1', qty: 1 }]);
  });

  test('a write made outside the transaction after its read is a conflict, and the re-run sees the new value', async () => {
    const db = createFakeCloudbaseDb();
    const store = untyped(new CloudbaseStore(db));
    await store.insert('skus', { _id: 's1', stock: 10 });
    let runs = 0;
    await store.runTransaction(async (tx) => {
      runs += 1;
      const sku = await tx.get('skus', 's1');
      if (runs === 1) await store.update('skus', 's1', {}, { stock: 5 });
      await tx.update('skus', 's1', { stock: sku!.stock }, { stock: sku!.stock - 1 });
    });
    expect(runs).toBe(2);
    expect((await store.get('skus', 's1'))?.stock).toBe(4);
  });

  test('conflicts beyond the retry budget reject and write nothing', async () => {
    const db = createFakeCloudbaseDb();
    const store = untyped(new CloudbaseStore(db));
    db.injectConflicts(5);
    await expect(store.runTransaction((tx) => tx.insert('orders', { _id: 'o1' }))).rejects.toThrow('conflict');
    expect(db.dump('orders')).toEqual([]);
  });

  test('a find never relies on the default limit: more than 100 and up to 1000 documents come back as asked', async () => {
    const db = createFakeCloudbaseDb();
    const store = untyped(new CloudbaseStore(db));
    for (let i = 0; i < FAKE_MAX_LIMIT + 20; i++) await store.insert('skus', { _id: `s${String(i).padStart(4, '0')}`, n: i });
    expect(await store.find('skus', {}, { limit: FAKE_DEFAULT_GET_LIMIT + 50 })).toHaveLength(FAKE_DEFAULT_GET_LIMIT + 50);
    expect(await store.find('skus', {}, { limit: 5000 })).toHaveLength(FAKE_MAX_LIMIT);
    expect(await store.get('skus', 's1010')).toMatchObject({ n: 1010 });
    expect(await store.count('skus', { n: { $gte: 1000 } })).toBe(20);
    expect(db.calls.getWithoutLimit).toBe(0);
  });

  test('the fake itself has the traps: no limit means 100, a huge limit means 1000, a missing doc throws', async () => {
    const db = createFakeCloudbaseDb();
    for (let i = 0; i < 1100; i++) await db.collection('skus').add({ data: { _id: `s${i}` } });
    expect((await db.collection('skus').get()).data).toHaveLength(100);
    expect((await db.collection('skus').limit(5000).get()).data).toHaveLength(1000);
    await expect(db.collection('skus').doc('nope').get()).rejects.toThrow('does not exist');
    await expect(db.collection('skus').add({ data: { _id: 's1' } })).rejects.toThrow('duplicate key');
  });

  test('objects in a patch replace the stored value instead of merging into it', async () => {
    const store = untyped(new CloudbaseStore(createFakeCloudbaseDb()));
    await store.insert('orders', { _id: 'o1', address: { name: 'a', phone: '1' } });
    await store.update('orders', 'o1', {}, { address: { name: 'b' } });
    expect(await store.get('orders', 'o1')).toEqual({ _id: 'o1', address: { name: 'b' } });
    await store.runTransaction((tx) => tx.update('orders', 'o1', {}, { address: { phone: '2' } }));
    expect(await store.get('orders', 'o1')).toEqual({ _id: 'o1', address: { phone: '2' } });
  });
});
