import type { Platform } from './platform';
import { readTemplateSettings } from './subscribe-template-setting';

/* eslint-disable @typescript-eslint/no-explicit-any -- the wx-server-sdk ships loose types */

type NoticePort = Pick<Platform, 'sendSubscribeMessage' | 'subscribeTemplateIds' | 'uploadShippingInfo'>;

/** Value limits of the template field types (platform-facts §5): thing ≤ 20 chars, character_string ≤ 32, … */
function fit(field: string, value: string): string {
  const max = field.startsWith('thing') ? 20 : field.startsWith('character_string') || field.startsWith('number') ? 32 : field.startsWith('phrase') ? 5 : 64;
  return [...value].slice(0, max).join('');
}

const errorText = (error: unknown) => {
  const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  return `${e.errCode ?? ''} ${e.errMsg ?? e.message ?? String(error)}`.trim();
};

export function createWechatNotices(cloud: any): NoticePort {
  return {
    subscribeTemplateIds: () => Object.fromEntries(Object.entries(readTemplateSettings(process.env)).map(([key, t]) => [key, t.id])),
    async sendSubscribeMessage({ openid, template, page, data }) {
      const config = readTemplateSettings(process.env)[template];
      if (!config?.id) return { ok: false, reason: `模板未配置：${template}` };
      const mapped: Record<string, { value: string }> = {};
      for (const [key, field] of Object.entries(config.fields)) if (data[key] !== undefined) mapped[field] = { value: fit(field, data[key]) };
      try {
        // The SDK throws for a JSON errcode ≠ 0 (43101: the user has no accepted send left).
        await cloud.openapi.subscribeMessage.send({ touser: openid, templateId: config.id, page, data: mapped, miniprogramState: process.env.WX_MINIPROGRAM_STATE || 'formal' });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: errorText(error) };
      }
    },
    async uploadShippingInfo({ transactionId, openid, carrierCode, trackingNo, itemDesc, receiverContact, logisticsType = 1 }) {
      try {
        // UNVERIFIED: the cloud-call path of 发货信息录入 (HTTP: /wxa/sec/order/upload_shipping_info). See docs/deploy.md.
        await cloud.openapi.wxa.sec.order.uploadShippingInfo({
          orderKey: { orderNumberType: 2, transactionId },
          logisticsType,
          deliveryMode: 1,
          shippingList: [
            logisticsType === 4
              ? { itemDesc: [...itemDesc].slice(0, 120).join('') }
              : { trackingNo, expressCompany: carrierCode, itemDesc: [...itemDesc].slice(0, 120).join(''), contact: { receiverContact } },
          ],
          uploadTime: new Date().toISOString().replace('Z', '+00:00'),
          payer: { openid },
        });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: errorText(error) };
      }
    },
  };
}
