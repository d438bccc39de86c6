import { CARRIER_CODE, CARRIERS } from '@/domain/shipping/carriers';

/** The chip for a carrier outside the local list: its WeChat code and name are typed in. */
export const OTHER_CARRIER = 'OTHER';

export const CARRIER_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [...CARRIERS.map((c) => ({ value: c.code, label: c.name })), { value: OTHER_CARRIER, label: '其他' }];

export interface CarrierFormState {
  picked: string;
  otherCode: string;
  otherName: string;
  trackingNo: string;
}

export const newCarrierForm = (): CarrierFormState => ({ picked: CARRIERS[0]!.code, otherCode: '', otherName: '', trackingNo: '' });

export type CarrierPayload = { carrierCode: string; carrierName?: string; trackingNo: string };

/**
 * What a parcel form sends (staff shipping an order, a shopper sending a return), or the first thing to fix; the
 * server checks the same rules again.
 */
export function toCarrierPayload(form: CarrierFormState): { payload: CarrierPayload } | { problem: string } {
  const trackingNo = form.trackingNo.trim();
  let carrier: Pick<CarrierPayload, 'carrierCode' | 'carrierName'> = { carrierCode: form.picked };
  if (form.picked === OTHER_CARRIER) {
    const code = form.otherCode.trim();
    const name = form.otherName.trim();
    if (!CARRIER_CODE.test(code)) return { problem: '请填写运力编码（微信「运力 id 列表」中的编码，字母或数字）' };
    if (!name) return { problem: '请填写快递公司名称' };
    carrier = { carrierCode: code, carrierName: name };
  }
  if (!/^[0-9A-Za-z-]{4,40}$/.test(trackingNo)) return { problem: '请填写快递单号（4–40 位字母、数字或 -）' };
  return { payload: { ...carrier, trackingNo } };
}
