import { DomainError } from '../../../src/domain/shared/domain-error';
import type { Platform, TransferResult } from './platform';
import { createWechatNotices } from './wechat-notices';
import { createWechatPay } from './wechat-pay';

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
      const res = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width: 430 });
      if (!res.buffer) {
        // 41030: the page is not in the released version — the usual cause before the first release.
        const hint = res.errCode === 41030 ? '小程序页面尚未发布，发布后才能生成小程序码' : `生成小程序码失败（${res.errCode}）`;
        throw new DomainError('SHARE.CODE_FAILED', hint);
      }
      const upload = await cloud.uploadFile({ cloudPath: `codes/${scene}.png`, fileContent: res.buffer });
      return upload.fileID as string;
    },
    transfer: async () => TRANSFER_NOT_CONFIGURED,
    async checkText({ openid, text }) {
      // v2 answers errcode 0 with a verdict in result.suggest ('pass' | 'review' | 'risky'); scene 1 = 资料.
      const res = await cloud.openapi.security.msgSecCheck({ openid, scene: 1, version: 2, content: text });
      if (res.errCode !== 0 && res.errcode !== 0) throw new Error(`security.msgSecCheck failed: ${res.errCode ?? res.errcode} ${res.errMsg ?? res.errmsg}`);
      return res.result?.suggest === 'pass' ? { pass: true } : { pass: false, label: String(res.result?.label ?? res.result?.suggest ?? 'review') };
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
