import type { ShareCode } from '../../src/contracts/distributor';
import type { BindResult } from '../../src/contracts/referral';
import { decodeScene } from '../../src/domain/referral/decode-scene';
import { createWechatPlatform } from '../../cloudfunctions/shared/platform/wechat-platform';
import { createNewUser } from '../../server/seed/personas';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
const calls: Array<Record<string, unknown>> = [];
beforeEach(async () => {
  rt = await createTestRuntime();
  calls.length = 0;
  // The parts of wx-server-sdk the code path uses, answering as the platform does (a PNG buffer; a cloud file id).
  const fakeCloud = {
    openapi: {
      wxacode: {
        getUnlimited: async (args: Record<string, unknown>) => {
          calls.push(args);
          return { contentType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]), errCode: 0, errMsg: 'ok' };
        },
      },
    },
    uploadFile: async ({ cloudPath }: { cloudPath: string }) => ({ fileID: `cloud://env-1/${cloudPath}` }),
  };
  rt.platform = createWechatPlatform(fakeCloud);
});
afterEach(() => rt.close());

test('production codes: getUnlimited gets a valid scene and a bare page, is called once per code, and the opened page binds', async () => {
  const code = await rt.ok<ShareCode>('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p04' } }, 'dev_distributor');
  expect(calls).toEqual([{ scene: code.scene, page: 'packages/store/pages/product/index', checkPath: false, width: 430 }]);
  expect(code).toMatchObject({ imageUrl: `cloud://env-1/codes/${code.scene}.png`, h5Url: null, sharePath: `/packages/store/pages/product/index?scene=${code.scene}` });

  // Cached: asking again renders nothing (WeChat limits code generation to 5000 per minute).
  await rt.ok<ShareCode>('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p04' } }, 'dev_distributor');
  expect(calls).toHaveLength(1);

  // WeChat opens the page with the scene URL-encoded in its query; the page decodes it once and binds.
  const opened = decodeScene(encodeURIComponent(String(calls[0]?.scene)));
  const shopper = await createNewUser(rt);
  expect(await rt.ok<BindResult>('referral', 'bindByScene', { scene: opened }, shopper)).toMatchObject({ outcome: 'BOUND', target: { params: { productId: 'p04' } } });
});

test('a failed code render is a clear typed error (e.g. page not yet published) and caches nothing', async () => {
  rt.platform = createWechatPlatform({
    openapi: { wxacode: { getUnlimited: async () => ({ errCode: 41030, errMsg: 'invalid page' }) } },
    uploadFile: async () => ({ fileID: 'never' }),
  });
  const res = await rt.call('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  expect(res).toMatchObject({ ok: false, code: 'SHARE.CODE_FAILED' });
  expect((res as { message: string }).message).toContain('发布');
  // Nothing was cached: once the page is published the same code renders.
  rt.platform = createWechatPlatform({
    openapi: { wxacode: { getUnlimited: async () => ({ buffer: Buffer.from([1]), errCode: 0 }) } },
    uploadFile: async ({ cloudPath }: { cloudPath: string }) => ({ fileID: `cloud://env-1/${cloudPath}` }),
  });
  const ok = await rt.ok<ShareCode>('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  expect(ok.imageUrl).toBe(`cloud://env-1/codes/${ok.scene}.png`);
});
