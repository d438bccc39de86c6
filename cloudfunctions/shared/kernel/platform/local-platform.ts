import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import QRCode from 'qrcode';
import { LOCAL_BLOCKED_WORDS } from './local-blocked-words';
import { createLocalNotices } from './local-notices';
import { createLocalPay } from './local-pay';
import type { Platform, TransferResult } from './platform';
import { simulatedTrack } from '../../../../src/domain/shipping/simulated-track';

/**
 * Accounts that make the simulated payout fail, so the FAILED → retry path can be exercised locally and in tests:
 * - `FAIL`: every attempt fails;
 * - `FAIL_ONCE`: the first attempt (transfer id ending in `-1`) fails, later attempts succeed.
 */
export const LOCAL_TRANSFER_FAILS = { always: 'FAIL', firstAttempt: 'FAIL_ONCE' } as const;

/**
 * Local stand-ins: a mini-program code becomes a real QR PNG whose content is the H5 URL of the same page with
 * the same scene, written under `<dataDir>/codes/` and served by the local server at `/files/codes/`.
 * A payout moves no money: it succeeds (see LOCAL_TRANSFER_FAILS for the failure hook) and, like the real
 * channel, answers a repeated transfer id with its first outcome.
 */
export function createLocalPlatform(options: { dataDir: string; publicBaseUrl: string }): Platform {
  const h5UrlFor = ({ scene, page }: { scene: string; page: string }) => `${options.publicBaseUrl}/${page}?scene=${encodeURIComponent(scene)}`;
  const transfers = new Map<string, TransferResult>();
  return {
    mode: 'local',
    ...createLocalPay(),
    ...createLocalNotices(),
    h5UrlFor,
    async renderCode(input) {
      const dir = path.join(options.dataDir, 'codes');
      await fs.mkdir(dir, { recursive: true });
      // One PNG filter instead of pngjs trying all five per row: the same image for a two-colour code, ~20× faster.
      const rendererOpts = { filterType: 0 } as QRCode.QRCodeToBufferOptions['rendererOpts'];
      await fs.writeFile(path.join(dir, `${input.scene}.png`), await QRCode.toBuffer(h5UrlFor(input), { width: 430, margin: 2, rendererOpts }));
      return `/files/codes/${input.scene}.png`;
    },
    // No carrier to ask locally: the usual steps of a parcel at fixed hours after shipment.
    trackWaybill: async ({ shippedAt, now, carrierName, destination }) => ({ ok: true, nodes: simulatedTrack({ shippedAt, now, carrier: carrierName, destination }) }),
    async checkText({ text }) {
      const hit = LOCAL_BLOCKED_WORDS.find((w) => text.toLowerCase().includes(w));
      return hit === undefined ? { pass: true } : { pass: false, label: `含有违规词「${hit}」` };
    },
    async saveUpload({ key, bytes }) {
      // Served by the local server at /files/uploads/<key>, like the codes; the key is built by the caller from ids.
      const file = path.join(options.dataDir, 'uploads', key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes);
      return `/files/uploads/${key}`;
    },
    async saveExport({ key, bytes }) {
      // An export holds customers' phones and payout accounts: it sits in a folder named by 128 random bits, and the
      // local server hands it out once at this link (production: a temporary cloud-storage link).
      const token = randomBytes(16).toString('hex');
      const file = path.join(options.dataDir, 'exports', token, key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes);
      return `/files/exports/${token}/${key}`;
    },
    async transfer({ transferId, account }) {
      const earlier = transfers.get(transferId);
      if (earlier) return earlier;
      const fails = account === LOCAL_TRANSFER_FAILS.always || (account === LOCAL_TRANSFER_FAILS.firstAttempt && transferId.endsWith('-1'));
      const result: TransferResult = fails ? { ok: false, reason: '模拟打款失败：收款账户异常' } : { ok: true, channelRef: `local-${transferId}` };
      transfers.set(transferId, result);
      return result;
    },
  };
}
