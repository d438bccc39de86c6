import Taro from '@tarojs/taro';
import { ORDERS_FN, type SubscribeTemplateKey } from '../contracts/orders';
import type { OrdersResults } from '../contracts/api/orders';
import { apiClient } from './call-function';
import type { ordersApi } from '../contracts/api/orders';

const ordersClient = apiClient<typeof ordersApi>(ORDERS_FN);

let templates: OrdersResults['getSubscribeTemplates'] | null = null;

/** Loads the template ids early (page show), so a tap can ask without waiting for the network first. */
export async function loadSubscribeTemplates(): Promise<void> {
  if (templates || process.env.TARO_ENV !== 'weapp') return;
  templates = await ordersClient.getSubscribeTemplates().catch(() => null);
}

/**
 * Asks the user to accept one-time messages — only from a tap or right after payment (WeChat refuses otherwise) —
 * and tells the server which were accepted (each acceptance is one message). Never throws: a refusal is a choice.
 */
export async function requestSubscriptions(keys: SubscribeTemplateKey[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !templates) return;
  const wanted = keys.map((key) => [key, templates?.[key]] as const).filter((pair): pair is readonly [SubscribeTemplateKey, string] => Boolean(pair[1]));
  if (wanted.length === 0) return;
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: wanted.map(([, id]) => id), entityIds: [] } as never)) as unknown as Record<string, string>;
    const accepted = wanted.filter(([, id]) => result[id] === 'accept').map(([key]) => key);
    if (accepted.length) await ordersClient.recordSubscriptions({ accepted });
  } catch {
    // The user closed the dialog or the platform refused: nothing to record.
  }
}
