import { decodeScene } from '../../src/domain/referral/decode-scene';
import { createWechatPlatform } from '../../cloudfunctions/shared/kernel/platform/wechat-platform';
import { createNewUser } from '../../server/seed/personas';
import { installFakeGateway, openApiImage, openApiJson, type FakeGateway } from '../support/fake-cloudbase-gateway';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
let gw: FakeGateway;
beforeEach(async () => {
  rt = await createTestRuntime();
  gw = installFakeGateway();
  // The real wx-server-sdk; WeChat answers the code request with the image bytes, and cloud storage stores it.
  gw.answer('wxacode.getUnlimited', openApiImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0])));
  rt.platform = createWechatPlatform(gw.cloud);
});
afterEach(async () => {
  gw.restore();
  await rt.close();
});
const codeCalls = () => gw.calls.filter((c) => c.api === 'wxacode.getUnlimited').map((c) => c.data);

test('production codes: getUnlimited gets a valid scene and a bare page, is called once per code, and the opened page binds', async () => {
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p04' } }, 'dev_distributor');
  expect(codeCalls()).toEqual([{ scene: code.scene, page: 'packages/store/pages/product/index', check_path: false, width: 430 }]);
  expect(code).toMatchObject({ imageUrl: `cloud://prod-env-1.test/codes/${code.scene}.png`, h5Url: null, sharePath: `/packages/store/pages/product/index?scene=${code.scene}` });

  // Cached: asking again renders nothing (WeChat limits code generation to 5000 per minute).
  await rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p04' } }, 'dev_distributor');
  expect(codeCalls()).toHaveLength(1);

  // WeChat opens the page with the scene URL-encoded in its query; the page decodes it once and binds.
  const opened = decodeScene(encodeURIComponent(String(codeCalls()[0]?.scene)));
  const shopper = await createNewUser(rt);
  expect(await rt.ok('referral', 'bindByScene', { scene: opened as string }, shopper)).toMatchObject({ outcome: 'BOUND', target: { params: { productId: 'p04' } } });
});

test('a failed code render is a clear typed error (e.g. page not yet published) and caches nothing', async () => {
  gw.answer('wxacode.getUnlimited', openApiJson({ errcode: 41030, errmsg: 'invalid page rid: 1' }));
  const res = await rt.call('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  expect(res).toMatchObject({ ok: false, code: 'SHARE.CODE_FAILED' });
  expect((res as { message: string }).message).toContain('发布');
  // Nothing was cached: once the page is published the same code renders.
  gw.answer('wxacode.getUnlimited', openApiImage(Buffer.from([0xff, 0xd8])));
  const ok = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  expect(ok.imageUrl).toBe(`cloud://prod-env-1.test/codes/${ok.scene}.png`);
});
