import { SHOP_ERRORS } from '../../../../src/contracts/distributor';
import { DomainError, failWith } from '../../../../src/domain/shared/domain-error';
import type { Platform, TransferResult } from './platform';
import { createWechatNotices } from './wechat-notices';
import { createWechatPay } from './wechat-pay';
import { trackStageOf } from '../../../../src/domain/shipping/track-stage';

/* eslint-disable @typescript-eslint/no-explicit-any -- the wx-server-sdk ships loose types */

/**
 * Production: the mini-program code from `wxacode.getUnlimited` (needs the openapi permission in the function's
 * config.json), stored in cloud storage once; the returned cloud file id is what <Image> shows.
 */
export function createWechatPlatform(cloud: any): Platform {
  return {
    mode: 'wechat',
    ...createWechatPay(cloud),
    ...createWechatNotices(cloud),
    h5UrlFor: () => null,
    async renderCode({ scene, page }) {
      let res: any;
      try {
        res = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width: 430 });
      } catch (error) {
        // The SDK throws for a JSON reply with errcode ≠ 0; staff see what to do about it.
        throw new DomainError(SHARE_CODE_FAILED, codeFailureHint(sdkErrorCode(error)));
      }
      if (!res?.buffer) throw new DomainError(SHARE_CODE_FAILED, codeFailureHint(res?.errCode));
      const upload = await cloud.uploadFile({ cloudPath: `codes/${scene}.png`, fileContent: res.buffer });
      return upload.fileID as string;
    },
    transfer: async () => TRANSFER_NOT_CONFIGURED,
    async trackWaybill({ orderId, openid, carrierCode, trackingNo }) {
      let res: any;
      try {
        // 物流助手: the track of a waybill WeChat follows (see docs/deploy.md, 物流轨迹). The SDK throws for errcode ≠ 0.
        res = await cloud.openapi.logistics.getPath({ orderId, openid, deliveryId: carrierCode, waybillId: trackingNo });
      } catch (error) {
        return { ok: false, reason: `${sdkErrorCode(error) ?? ''} ${(error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message ?? ''}`.trim() };
      }
      // The SDK turns the reply's snake_case fields into camelCase (path_item_list → pathItemList).
      const items: any[] = res?.pathItemList ?? [];
      const nodes = items
        .map((item) => ({ atSeconds: Number(item.actionTime), type: Number(item.actionType), text: String(item.actionMsg ?? '') }))
        .filter((n) => Number.isFinite(n.atSeconds))
        .sort((a, b) => b.atSeconds - a.atSeconds)
        .map((n) => ({ at: new Date(n.atSeconds * 1000).toISOString(), stage: trackStageOf(n.type), text: n.text }));
      return { ok: true, nodes };
    },
    async checkText({ openid, text }) {
      // v2 answers errcode 0 with a verdict in result.suggest ('pass' | 'review' | 'risky'); scene 1 = 资料.
      let res: any;
      try {
        res = await cloud.openapi.security.msgSecCheck({ openid, scene: 1, version: 2, content: text });
      } catch (error) {
        // e.g. 61010: the user has not opened the mini program in the last 2 hours, so WeChat will not judge.
        throw failWith(SHOP_ERRORS.CONTENT_CHECK_FAILED, `内容安全检测暂时无法完成（${sdkErrorCode(error) ?? '未知错误'}），请稍后再试`);
      }
      return res?.result?.suggest === 'pass' ? { pass: true } : { pass: false, label: contentLabel(res?.result?.label) };
    },
    async saveUpload({ key, bytes }) {
      const upload = await cloud.uploadFile({ cloudPath: `uploads/${key}`, fileContent: bytes });
      return upload.fileID as string;
    },
    async saveExport({ key, bytes }) {
      const upload = await cloud.uploadFile({ cloudPath: `exports/${key}`, fileContent: bytes });
      // A temporary https link (cloud default: 2 hours) so staff can open or forward the file directly.
      const links = await cloud.getTempFileURL({ fileList: [upload.fileID as string] });
      return (links.fileList?.[0]?.tempFileURL as string | undefined) || (upload.fileID as string);
    },
  };
}

const SHARE_CODE_FAILED = 'SHARE.CODE_FAILED';

/** The errcode of a cloud call the SDK refused (its CloudSDKError carries WeChat's errcode as errCode). */
function sdkErrorCode(error: unknown): number | string | undefined {
  return (error as { errCode?: number | string } | null)?.errCode;
}

/** What staff can do about a refused getUnlimited (platform-facts §1). */
function codeFailureHint(errCode: unknown): string {
  if (errCode === 41030) return '小程序页面尚未发布，发布含该页面的版本后才能生成小程序码';
  if (errCode === -604101) return '云函数尚无生成小程序码的云调用权限：用微信开发者工具上传该云函数后约 10 分钟生效';
  if (errCode === 45009) return '生成小程序码过于频繁，请稍后再试';
  return `生成小程序码失败（${String(errCode ?? '未知错误')}），请稍后再试`;
}

/** msgSecCheck v2 labels (100 = normal); anything unlisted is 其他. */
const CONTENT_LABELS: Readonly<Record<number, string>> = { 10001: '广告', 20001: '时政', 20002: '色情', 20003: '辱骂', 20006: '违法犯罪', 20008: '欺诈', 20012: '低俗', 20013: '版权', 21000: '其他' };
const contentLabel = (label: unknown) => CONTENT_LABELS[Number(label)] ?? '其他';

/**
 * Payouts are a documented stub: it never pretends to pay, so approving a WeChat-change or bank-card withdrawal in
 * production ends FAILED with this reason and the money goes back to the distributor's available balance
 * (MANUAL withdrawals never reach the port: staff pay them by hand and confirm).
 *
 * What a real adapter needs (see docs/actions.md, finance):
 * - The merchant's own WeChat Pay merchant account (not 小微/个体工商户) with the 商家转账 product enabled in
 *   商户平台 → 产品中心, and a transfer scene the review accepts (multi-level distribution is a common rejection).
 * - cloudPay (免证书) does not expose transfers, so the function must call the WeChat Pay APIv3 transfer API itself,
 *   signing with the merchant API certificate's private key and verifying responses with the APIv3 key — both kept
 *   as function secrets, never in the repository.
 * - Transfers are asynchronous: the adapter must query the result (or take the notify) before answering ok/failed,
 *   and reuse the same out number on a repeat (`transferId`, with the '-' dropped: those numbers allow [0-9A-Za-z]
 *   only; withdrawal ids have a fixed length, so dropping it stays unique).
 * - Bank-card payouts need a separate channel (WeChat's 付款到银行卡 or a bank's API).
 */
const TRANSFER_NOT_CONFIGURED: TransferResult = {
  ok: false,
  reason: '未开通自动打款：需商户开通微信支付「商家转账」并配置 APIv3 密钥与商户证书，请改为线下打款或联系技术人员',
};
