import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { isValidScene } from '../../src/domain/referral/scene';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

function decodeQr(file: string): string | null {
  const png = PNG.sync.read(fs.readFileSync(file));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test('a local share code is a real QR of the H5 URL with the same scene, and opening it binds to the sharer', async () => {
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p08' } }, 'dev_distributor');
  expect(isValidScene(code.scene)).toBe(true);
  const file = path.join(rt.dataDir, code.imageUrl.replace(/^\/files\//, ''));
  const content = decodeQr(file);
  expect(content).toBe(code.h5Url);
  const url = new URL(content ?? '');
  expect(url.pathname).toBe('/packages/store/pages/product/index');
  expect(url.searchParams.get('scene')).toBe(code.scene);

  const shopper = await createNewUser(rt);
  const bound = await rt.ok('referral', 'bindByScene', { scene: url.searchParams.get('scene') as string }, shopper);
  expect(bound).toMatchObject({ outcome: 'BOUND', sharerName: '李分享的鲜果铺', target: { params: { productId: 'p08' } } });
});

test('one scene per (sharer, target): asking again returns the same code without rendering it again', async () => {
  const first = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  const file = path.join(rt.dataDir, first.imageUrl.replace(/^\/files\//, ''));
  const renderedAt = fs.statSync(file).mtimeMs;
  fs.utimesSync(file, new Date(0), new Date(0));
  const again = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  expect(again).toEqual(first);
  expect(fs.statSync(file).mtimeMs).toBe(0);
  expect(renderedAt).toBeGreaterThan(0);
  expect(await rt.store.count(COLLECTIONS.scenes, { sharerId: 'dev_distributor' })).toBe(1);

  const product = await rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p01' } }, 'dev_distributor');
  expect(product.scene).not.toBe(first.scene);
});
