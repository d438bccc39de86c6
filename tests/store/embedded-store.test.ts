import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../cloudfunctions/shared/kernel/store/embedded-store';
import { describeStoreContract } from './store-contract';
import { untyped } from './untyped-store';

describeStoreContract('EmbeddedStore (SQLite, in memory)', async () => new EmbeddedStore(':memory:'));

test('a database file keeps its data and migrations run once across restarts', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-store-'));
  const file = path.join(dir, 'nested', 'shop.db');
  const first = untyped(new EmbeddedStore(file));
  await first.insert('skus', { _id: 'a', n: 1 });
  await first.close();
  const second = untyped(new EmbeddedStore(file));
  expect(await second.get('skus', 'a')).toEqual({ _id: 'a', n: 1 });
  await second.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('unknown collections and odd field names are bugs, refused before any SQL runs', async () => {
  const store = untyped(new EmbeddedStore(':memory:'));
  await expect(store.get('no_such', 'x')).rejects.toThrow('unknown collection');
  await expect(store.find('skus', { 'a; DROP TABLE': 1 }, { limit: 1 })).rejects.toThrow('invalid field name');
  await store.close();
});
