import fs from 'node:fs';
import path from 'node:path';
import { invokeFunction } from '../../../server/local-runtime';
import { seedDemoMarketing } from '../../../server/seed/seed-demo-marketing';
import { simulatePay } from '../../../server/simulate-pay';
import { createTestRuntime, type TestRuntime } from '../../support/test-runtime';
import { MiniProgram, type LaunchOptions } from './mini-program';

export const WEAPP_DIR = path.resolve(__dirname, '..', '..', '..', 'dist', 'weapp');

/** Every script of the built mini program, as paths relative to dist/weapp. */
export function weappScripts(dir = WEAPP_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The demo shop's people (server/seed/personas.ts). */
export const OWNER = 'dev_staff';
export const DISTRIBUTOR = 'dev_distributor';
export const CUSTOMER = 'dev_customer';

export interface WeappShop {
  rt: TestRuntime;
  /** A phone running the built mini program, signed in to WeChat as `openid`, cold-started at `launch`. */
  phone(openid: string, launch?: LaunchOptions): Promise<MiniProgram>;
  close(): Promise<void>;
}

/**
 * The demo shop (catalogue, personas, the demo coupon, activities and store) behind the real function handlers on
 * the embedded store, and phones that run `dist/weapp` against it. WeChat Pay's prepay gives the client a payment
 * object for wx.requestPayment, whose completion runs the real `payment-callback` with the pay-callback source.
 */
export async function startWeappShop(): Promise<WeappShop> {
  const rt = await createTestRuntime();
  await seedDemoMarketing((fn, action, payload) => rt.ok(fn, action, payload, OWNER), rt.now());
  const prepaid = new Map<string, string>();
  rt.platform = {
    ...rt.platform,
    async unifiedOrder({ outTradeNo }) {
      const prepayId = `wx${String(prepaid.size + 1).padStart(8, '0')}`;
      prepaid.set(prepayId, outTradeNo);
      const payment = { timeStamp: String(Math.floor(rt.now().getTime() / 1000)), nonceStr: prepayId, package: `prepay_id=${prepayId}`, signType: 'RSA', paySign: 'signed' };
      return { kind: 'wechat', payment };
    },
  };
  const phones: MiniProgram[] = [];
  return {
    rt,
    async phone(openid, launch = { path: 'pages/home/index' }) {
      const phone = new MiniProgram(WEAPP_DIR, {
        openid,
        callFunction: (name, data) => invokeFunction(rt, name, JSON.parse(JSON.stringify(data)), { openid, source: 'wx_client' }).then((r) => JSON.parse(JSON.stringify(r))),
        async requestPayment(payment) {
          const outTradeNo = prepaid.get(String(payment.package).replace(/^prepay_id=/, ''));
          if (!outTradeNo) throw new Error('requestPayment:fail prepay_id unknown');
          const reply = (await simulatePay(rt, outTradeNo)) as { errcode: number; errmsg: string };
          if (reply.errcode !== 0) throw new Error(`payment-callback refused: ${reply.errmsg}`);
        },
      });
      phones.push(phone);
      await phone.launch(launch);
      return phone;
    },
    async close() {
      phones.forEach((p) => p.dispose());
      await rt.close();
    },
  };
}
