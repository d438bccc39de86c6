import vm from 'node:vm';
import { expectedCloudEnv } from './support/build-weapp';
import type { MiniProgram } from './support/mini-program';
import { OWNER, startWeappShop, type WeappShop } from './support/weapp-shop';

let shop: WeappShop;
beforeAll(async () => {
  shop = await startWeappShop();
});
afterAll(() => shop.close());

/** The bundle's @tarojs/taro module, found through the webpack chunk registry the bundle itself uses. */
function taroOf(phone: MiniProgram): { pxTransform(size: number): string } {
  return vm.runInContext(
    `(function () {
      var taro;
      wx.webpackJsonp.push([["wfx-probe"], {}, function (require) {
        var id = Object.keys(require.m).find(function (k) { return String(require.m[k]).indexOf('.call("initNativeApi"') >= 0; });
        taro = require(id);
      }]);
      return taro;
    })()`,
    phone.context,
  ) as { pxTransform(size: number): string };
}

test('the mini program runs in a context with only WeChat globals', async () => {
  const phone = await shop.phone('weapp-new-1');
  for (const name of ['process', 'window', 'document', 'fetch', 'localStorage', 'XMLHttpRequest', 'require', 'module', 'global', 'Buffer']) {
    expect(`${name}: ${String(vm.runInContext(`typeof ${name}`, phone.context))}`).toBe(`${name}: undefined`);
  }
  for (const name of ['wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin', 'setTimeout']) {
    expect(`${name}: ${String(vm.runInContext(`typeof ${name}`, phone.context))}`).toMatch(/: (object|function)$/);
  }
});

test('a cold start initialises cloud with the configured environment, with no error, and loads the home page from the cloud functions', async () => {
  const phone = await shop.phone('weapp-new-2');
  const inits = phone.calls.filter((c) => c.api === 'cloud.init');
  expect(inits).toHaveLength(1);
  expect(inits[0]?.args).toEqual([expect.objectContaining({ env: expectedCloudEnv(), traceUser: true })]);
  expect(phone.errors).toEqual([]);
  const page = phone.currentPage!;
  expect(page.route).toBe('pages/home/index');
  expect(phone.visibleText(page)).toContain('赣南脐橙');
  expect(phone.visibleText(page)).toContain('¥39.90');
  // Every cloud call came after init and succeeded.
  const firstCall = phone.calls.findIndex((c) => c.api === 'cloud.callFunction');
  expect(firstCall).toBeGreaterThan(phone.calls.findIndex((c) => c.api === 'cloud.init'));
});

test('Taro.pxTransform works in the bundle: the design width reached the client', async () => {
  const phone = await shop.phone(OWNER);
  expect(taroOf(phone).pxTransform(20)).toBe('40rpx');
  expect(phone.errors).toEqual([]);
});
