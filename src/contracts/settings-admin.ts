import type { ResultsOf } from './api/define-api';
import type { settingsAdminApi } from './api/settings-admin';
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
}

/** Every action's result by name (from the API map). */
export type SettingsAdminResults = ResultsOf<typeof settingsAdminApi>;
