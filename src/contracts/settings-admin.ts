/** 店铺设置 (staff with the 'settings' permission): the shop's name and order timings. */
export const SETTINGS_ADMIN_FN = 'settings-admin';

export interface ShopSettingsView {
  shopName: string;
  /** An unpaid order is cancelled (stock returned) after this many minutes. */
  payTimeoutMinutes: number;
  /** Days after receipt during which the buyer may open an after-sale request. */
  afterSaleDays: number;
  /** A shipped order is received automatically this many days after shipment (7–30, default 10). */
  autoReceiveDays: number;
  /** 退货地址: where returned goods go, shown to the shopper once a 退货退款 is approved ('' until set). */
  returnAddress: string;
  /** Open unpaid orders one buyer may have (ORDER.TOO_MANY_UNPAID past it). */
  maxUnpaidOrders: number;
  /** Units of one SKU one buyer may hold in unpaid orders (ORDER.HOLD_LIMIT past it). */
  maxHeldUnitsPerSku: number;
  /** The shop's logo ('' until set): home header, pay page, posters. */
  logoUrl: string;
  /** 客服电话 shown on order pages and called from 客服 in H5 ('' until set). */
  servicePhone: string;
}

export { SETTINGS_ADMIN_ERRORS } from '../domain/settings/settings-admin-errors';
