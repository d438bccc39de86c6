/**
 * The carriers staff pick from when shipping: WeChat's carrier code (`delivery_id`, what 发货信息录入 requires as
 * express_company) and its name. A local copy of the common ones: SF, YTO, YD, ZTO, STO as WeChat's
 * get_delivery_list publishes them; EMS, JD and JTSD as commonly used (not checked against that list here — a
 * refused upload is shown to staff and can be retried). Any other carrier: its code and name are entered by hand.
 */
export interface Carrier {
  code: string;
  name: string;
}

export const CARRIERS: readonly Carrier[] = [
  { code: 'SF', name: '顺丰速运' },
  { code: 'ZTO', name: '中通快递' },
  { code: 'YTO', name: '圆通速递' },
  { code: 'YD', name: '韵达速递' },
  { code: 'STO', name: '申通快递' },
  { code: 'JTSD', name: '极兔速递' },
  { code: 'EMS', name: '中国邮政速递物流' },
  { code: 'JD', name: '京东物流' },
];

/** WeChat's carrier codes are short ASCII ids (e.g. `SF`, `007EX`, `(AU)`). */
export const CARRIER_CODE = /^[0-9A-Za-z_()-]{1,32}$/;

export function carrierName(code: string): string | null {
  return CARRIERS.find((c) => c.code === code)?.name ?? null;
}
