import fs from 'node:fs';
import path from 'node:path';
import { LOCAL_ONLY_PAGES } from '../../src/contracts/pages';
import type { AppJson } from './support/mini-program';
import { WEAPP_DIR, weappScripts } from './support/weapp-shop';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * WeChat's privacy-scoped APIs and the 用户隐私保护指引 item each needs (mp.weixin.qq.com → 设置 → 服务内容声明).
 * Location and address APIs must also be listed in app.json `requiredPrivateInfos`; location needs a
 * `permission` description for its authorisation dialog. An API called but not declared is refused at run time.
 */
const PRIVACY_APIS: Record<string, { guide: string[]; requiredPrivateInfo?: true; scope?: string }> = {
  getLocation: { guide: ['位置信息'], requiredPrivateInfo: true, scope: 'scope.userLocation' },
  getFuzzyLocation: { guide: ['位置信息'], requiredPrivateInfo: true, scope: 'scope.userFuzzyLocation' },
  startLocationUpdate: { guide: ['位置信息'], requiredPrivateInfo: true, scope: 'scope.userLocation' },
  startLocationUpdateBackground: { guide: ['位置信息'], requiredPrivateInfo: true, scope: 'scope.userLocationBackground' },
  onLocationChange: { guide: ['位置信息'], requiredPrivateInfo: true },
  chooseLocation: { guide: ['位置信息'], requiredPrivateInfo: true },
  choosePoi: { guide: ['位置信息'], requiredPrivateInfo: true },
  chooseAddress: { guide: ['地址'], requiredPrivateInfo: true },
  // chooseImage / chooseMedia may open the camera as well as the album (sourceType).
  chooseImage: { guide: ['选中的照片或视频信息', '摄像头'] },
  chooseMedia: { guide: ['选中的照片或视频信息', '摄像头'] },
  chooseVideo: { guide: ['选中的照片或视频信息', '摄像头'] },
  saveImageToPhotosAlbum: { guide: ['相册（仅写入）权限'] },
  saveVideoToPhotosAlbum: { guide: ['相册（仅写入）权限'] },
  chooseMessageFile: { guide: ['选中的文件'] },
  setClipboardData: { guide: ['剪切板'] },
  getClipboardData: { guide: ['剪切板'] },
  chooseInvoice: { guide: ['发票信息'] },
  chooseInvoiceTitle: { guide: ['发票信息'] },
  getWeRunData: { guide: ['微信运动步数'] },
  chooseLicensePlate: { guide: ['车牌号'] },
  startRecord: { guide: ['麦克风'] },
  getRecorderManager: { guide: ['麦克风'] },
  createCameraContext: { guide: ['摄像头'] },
  openBluetoothAdapter: { guide: ['蓝牙'] },
};
/** Open types of <button> that collect personal information. */
const PRIVACY_OPEN_TYPES: Record<string, string[]> = { getPhoneNumber: ['手机号'], getRealtimePhoneNumber: ['手机号'], chooseAvatar: ['头像'] };

/** Calls in the bundle (`x().getLocation(` — Taro forwards each to `wx.getLocation`) and button open types. */
function privacyUses(): Map<string, string[]> {
  const bundle = weappScripts().map((file) => fs.readFileSync(path.join(WEAPP_DIR, file), 'utf8')).join('\n');
  const uses = new Map<string, string[]>();
  for (const [api, { guide }] of Object.entries(PRIVACY_APIS)) if (new RegExp(`\\.${api}\\(`).test(bundle)) uses.set(api, guide);
  for (const [openType, guide] of Object.entries(PRIVACY_OPEN_TYPES)) if (new RegExp(`openType:"${openType}"`).test(bundle)) uses.set(openType, guide);
  return uses;
}

/** The privacy section of docs/deploy.md, which the merchant copies into the console. */
function privacySection(): string {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'deploy.md'), 'utf8');
  const start = doc.indexOf('### 用户隐私保护指引');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n#', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

const app = (): AppJson & { __usePrivacyCheck__?: boolean } => JSON.parse(fs.readFileSync(path.join(WEAPP_DIR, 'app.json'), 'utf8')) as AppJson;

test('the bundle’s privacy-scoped calls are the ones this test knows about (a new one must be declared)', () => {
  expect([...privacyUses().keys()].sort()).toEqual(['chooseAddress', 'chooseImage', 'chooseMessageFile', 'getLocation', 'saveImageToPhotosAlbum', 'setClipboardData']);
});

test('every privacy-scoped call is declared in app.json and listed in the 用户隐私保护指引 of docs/deploy.md', () => {
  const uses = privacyUses();
  const declared = app();
  expect(declared.__usePrivacyCheck__).toBe(true);
  const required = [...uses.keys()].filter((api) => PRIVACY_APIS[api]?.requiredPrivateInfo);
  expect([...(declared.requiredPrivateInfos ?? [])].sort()).toEqual(required.sort());
  for (const api of uses.keys()) {
    const scope = PRIVACY_APIS[api]?.scope;
    if (scope) expect(`${api}: ${declared.permission?.[scope]?.desc ?? ''}`).toMatch(new RegExp(`^${api}: .{4,}`));
  }
  const section = privacySection();
  for (const [api, guide] of uses) {
    expect(`${section}`).toContain(`\`${api}\``);
    for (const item of guide) expect(section).toContain(`「${item}」`);
  }
});

test('the local-only pages (persona switch, simulated pay) are not in the mini program', () => {
  const { pages, subPackages = [] } = app();
  const built = [...pages, ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))];
  for (const page of LOCAL_ONLY_PAGES) expect(built).not.toContain(page);
});
