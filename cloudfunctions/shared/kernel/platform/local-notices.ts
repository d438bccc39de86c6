import type { Platform } from './platform';

type NoticePort = Pick<Platform, 'sendSubscribeMessage' | 'subscribeTemplateIds' | 'uploadShippingInfo'>;

/**
 * Local stand-in: nothing leaves the machine. The shared notice code records every notice in the `outbox`
 * collection in both modes, so locally the outbox is where a sent message can be seen. Template ids are fake but
 * present, so the client's subscribe flow has something to ask for.
 */
export function createLocalNotices(): NoticePort {
  return {
    sendSubscribeMessage: async () => ({ ok: true }),
    subscribeTemplateIds: () => ({ ORDER_PAID: 'local-order-paid', ORDER_SHIPPED: 'local-order-shipped', COMMISSION_SETTLED: 'local-commission-settled', WITHDRAWAL_RESULT: 'local-withdrawal-result' }),
    uploadShippingInfo: async () => ({ ok: true }),
  };
}
