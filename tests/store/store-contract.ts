import type { Doc, Store } from '../../cloudfunctions/shared/kernel/store/store';
import { untyped, type UntypedStore } from './untyped-store';

interface Item extends Doc {
  n: number;
  tag: string;
  flag: boolean;
  owner: string | null;
  path: string[];
}

const item = (i: number, extra: Partial<Item> = {}): Item => ({
  _id: `i${String(i).padStart(3, '0')}`,
  n: i,
  tag: i % 2 ? 'odd' : 'even',
  flag: i % 3 === 0,
  owner: i % 4 === 0 ? null : `u${i % 4}`,
  path: [`u${i % 4}`, 'root'],
  ...extra,
});

/**
 * The behaviour every store adapter must have. Run it against each adapter (embedded now; the CloudBase adapter
 * against its fake when it lands), so both runtimes mean the same thing by the same call.
 */
export function describeStoreContract(name: string, open: () => Promise<Store>, collection = 'skus'): void {
  describe(`store contract: ${name}`, () => {
    let store: UntypedStore;
    beforeEach(async () => (store = untyped(await open())));
    afterEach(() => store.close());

    test('insert is keyed by _id: a second insert with the same id writes nothing', async () => {
      expect(await store.insert(collection, item(1))).toBe(true);
      expect(await store.insert(collection, item(1, { n: 99 }))).toBe(false);
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(1);
      expect(await store.get(collection, 'missing')).toBeNull();
    });

    test('update is compare-and-set on the expected fields and reports whether it applied', async () => {
      await store.insert(collection, item(2));
      expect(await store.update(collection, 'i002', { n: 3 }, { n: 10 })).toBe(false);
      expect(await store.update(collection, 'i002', { n: 2, tag: 'even' }, { n: 10, extra: 'x' })).toBe(true);
      expect(await store.get(collection, 'i002')).toMatchObject({ n: 10, extra: 'x', tag: 'even' });
      expect(await store.update(collection, 'missing', {}, { n: 1 })).toBe(false);
      expect(await store.update(collection, 'i002', { owner: 'u2' }, { owner: null })).toBe(true);
      expect(await store.update(collection, 'i002', { owner: null }, { owner: 'u9' })).toBe(true);
    });

    test('find filters by equality, $in, $ne, ranges and array membership; orders and pages', async () => {
      for (let i = 1; i <= 12; i++) await store.insert(collection, item(i));
      const ids = (docs: Item[]) => docs.map((d) => d._id);
      expect(ids(await store.find<Item>(collection, { tag: 'odd', flag: true }, { limit: 10 }))).toEqual(['i003', 'i009']);
      expect(ids(await store.find<Item>(collection, { n: { $in: [1, 5, 40] } }, { limit: 10 }))).toEqual(['i001', 'i005']);
      expect(await store.count(collection, { owner: null })).toBe(3);
      expect(await store.count(collection, { owner: { $ne: null } })).toBe(9);
      expect(await store.count(collection, { owner: { $ne: 'u1' } })).toBe(9);
      expect(ids(await store.find<Item>(collection, { n: { $gte: 4, $lt: 7 } }, { limit: 10 }))).toEqual(['i004', 'i005', 'i006']);
      expect(await store.count(collection, { path: { $has: 'u2' } })).toBe(3);
      const page = await store.find<Item>(collection, {}, { limit: 3, skip: 2, orderBy: [{ field: 'n', direction: 'desc' }] });
      expect(ids(page)).toEqual(['i010', 'i009', 'i008']);
    });

    test('increment adds to numeric fields of an existing document only; sum adds a field over a filter', async () => {
      await store.insert(collection, item(1));
      expect(await store.increment(collection, 'i001', { n: 5, fresh: 2 })).toBe(true);
      expect(await store.get(collection, 'i001')).toMatchObject({ n: 6, fresh: 2, tag: 'odd' });
      expect(await store.increment(collection, 'missing', { n: 1 })).toBe(false);
      expect(await store.get(collection, 'missing')).toBeNull();
      await store.runTransaction(async (tx) => expect(await tx.increment(collection, 'i001', { n: -10 })).toBe(true));
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(-4);
      for (let i = 2; i <= 6; i++) await store.insert(collection, item(i));
      expect(await store.sum(collection, { tag: 'even' }, 'n')).toBe(2 + 4 + 6);
      expect(await store.sum(collection, { n: { $gte: -4, $lt: 3 } }, 'n')).toBe(-4 + 2);
      expect(await store.sum(collection, { tag: 'none' }, 'n')).toBe(0);
    });

    test('increment walks dot paths into nested objects, creating them, and sets fields in the same write', async () => {
      await store.insert(collection, item(1));
      expect(await store.increment(collection, 'i001', { 'by.p01.units': 2, 'by.p01.fen': 300, n: 1 }, { 'by.p01.title': '脐橙' })).toBe(true);
      expect(await store.increment(collection, 'i001', { 'by.p01.units': 1, 'by.p02.units': 4 }, { 'by.p01.title': '赣南脐橙' })).toBe(true);
      expect(await store.get(collection, 'i001')).toMatchObject({ n: 2, by: { p01: { units: 3, fen: 300, title: '赣南脐橙' }, p02: { units: 4 } } });
      await store.runTransaction(async (tx) => {
        expect(await tx.increment(collection, 'i001', { 'by.p02.units': -4 }, { tag: 'x' })).toBe(true);
        expect(await tx.get(collection, 'i001')).toMatchObject({ tag: 'x', by: { p01: { units: 3 }, p02: { units: 0 } } });
      });
      expect(await store.get(collection, 'i001')).toMatchObject({ tag: 'x', by: { p02: { units: 0 } } });
    });

    test('updateWhere sets the patch on every match and only there, reports how many, and changes nothing on a re-run', async () => {
      for (let i = 1; i <= 8; i++) await store.insert(collection, item(i));
      const patch = { tag: 'claimed', batch: 'B1', meta: { by: 'job', at: ['x'] }, owner: null };
      expect(await store.updateWhere(collection, { n: { $in: [2, 3, 5, 7, 40] }, tag: 'odd' }, patch)).toBe(3);
      expect(await store.updateWhere(collection, { n: { $in: [2, 3, 5, 7, 40] }, tag: 'odd' }, patch)).toBe(0);
      const claimed = await store.find<Item & { batch?: string }>(collection, { batch: 'B1' }, { limit: 10 });
      expect(claimed.map((d) => d._id)).toEqual(['i003', 'i005', 'i007']);
      expect(claimed[0]).toMatchObject({ n: 3, flag: true, path: ['u3', 'root'], tag: 'claimed', owner: null, meta: { by: 'job', at: ['x'] } });
      expect(await store.get(collection, 'i002')).toEqual(item(2));
      // An object replaces the stored one (no merge), as an update by id does.
      expect(await store.updateWhere(collection, { batch: 'B1', n: { $gte: 5 } }, { meta: { at: [] }, done: true })).toBe(2);
      expect(await store.get(collection, 'i007')).toMatchObject({ meta: { at: [] }, done: true, tag: 'claimed' });
      expect((await store.get<Item & { meta: unknown }>(collection, 'i003'))?.meta).toEqual({ by: 'job', at: ['x'] });
      expect(await store.count(collection, { done: true, batch: 'B1' })).toBe(2);
      expect(await store.updateWhere(collection, { tag: 'none' }, { n: 1 })).toBe(0);
    });

    test('create writes a new document, and fails (with its transaction) rather than overwrite one', async () => {
      await store.create(collection, item(1));
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(1);
      await expect(store.create(collection, item(1, { n: 50 }))).rejects.toThrow();
      await expect(
        store.runTransaction(async (tx) => {
          await tx.create(collection, item(2));
          expect(await tx.get(collection, 'i002')).toMatchObject({ n: 2 });
          await tx.create(collection, item(1, { n: 60 }));
        }),
      ).rejects.toThrow();
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(1);
      expect(await store.get(collection, 'i002')).toBeNull();
    });

    test("inside a transaction, reads see the transaction's own writes", async () => {
      await store.insert(collection, item(1));
      await store.runTransaction(async (tx) => {
        expect(await tx.get(collection, 'i001')).toMatchObject({ n: 1 });
        expect(await tx.update(collection, 'i001', { n: 1 }, { n: 2, path: ['x'] })).toBe(true);
        expect(await tx.get(collection, 'i001')).toMatchObject({ n: 2, path: ['x'] });
        expect(await tx.update(collection, 'i001', { n: 1 }, { n: 3 })).toBe(false);
        expect(await tx.insert(collection, item(2))).toBe(true);
        expect(await tx.insert(collection, item(2, { n: 9 }))).toBe(false);
        expect(await tx.get(collection, 'i002')).toMatchObject({ n: 2 });
        expect(await tx.increment(collection, 'i001', { n: 5 })).toBe(true);
        expect(await tx.get(collection, 'i001')).toMatchObject({ n: 7 });
      });
      expect(await store.get(collection, 'i001')).toMatchObject({ n: 7, path: ['x'] });
    });

    test('concurrent increments inside transactions all land', async () => {
      await store.insert(collection, item(1, { n: 0 }));
      await Promise.all(Array.from({ length: 20 }, () => store.runTransaction((tx) => tx.increment(collection, 'i001', { n: 1 }))));
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(20);
    });

    test('a page is never larger than the hard maximum', async () => {
      for (let i = 1; i <= 5; i++) await store.insert(collection, item(i));
      expect(await store.find(collection, {}, { limit: 100000 })).toHaveLength(5);
    });

    test('a transaction that throws leaves nothing behind', async () => {
      await store.insert(collection, item(1));
      await expect(
        store.runTransaction(async (tx) => {
          await tx.update(collection, 'i001', {}, { n: 100 });
          await tx.insert(collection, item(2));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(1);
      expect(await store.get(collection, 'i002')).toBeNull();
    });

    test('concurrent read-modify-write transactions never lose an update', async () => {
      await store.insert(collection, item(1, { n: 0 }));
      const increment = () =>
        store.runTransaction(async (tx) => {
          const current = await tx.get<Item>(collection, 'i001');
          await new Promise((r) => setTimeout(r, 1));
          const ok = await tx.update(collection, 'i001', { n: current!.n }, { n: current!.n + 1 });
          if (!ok) throw new Error('lost update');
        });
      await Promise.all(Array.from({ length: 25 }, increment));
      expect((await store.get<Item>(collection, 'i001'))?.n).toBe(25);
    });
  });
}
