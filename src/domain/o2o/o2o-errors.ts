/**
 * Every reason a store, pickup, booking, regional agent or in-store coupon action is refused (门店 / O2O).
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const STORE_ERRORS = {
  NOT_FOUND: { code: 'STORE.NOT_FOUND', message: '门店不存在' },
  CLOSED: { code: 'STORE.CLOSED', message: '门店暂停营业' },
  CHANGED: { code: 'STORE.CHANGED', message: '门店信息已被他人修改，请刷新后重试' },
  BUSY: { code: 'STORE.BUSY', message: '操作的人太多了，请重试' },
  NO_SHARER: { code: 'STORE.NO_SHARER', message: '请先为门店设置分销账号，或为某位店员生成店员码' },
  STAFF_NOT_FOUND: { code: 'STORE.STAFF_NOT_FOUND', message: '用户不存在，请对方先打开一次小程序' },
  STAFF_NOT_ELIGIBLE: { code: 'STORE.STAFF_NOT_ELIGIBLE', message: '该账号不是有效的分销商，请重新设置门店店员' },
  NOT_PICKUP_ORDER: { code: 'STORE.NOT_PICKUP_ORDER', message: '该订单不是门店自提订单' },
  PICKUP_NOT_FOUND: { code: 'STORE.PICKUP_NOT_FOUND', message: '核销码不存在' },
  PICKUP_NOT_READY: { code: 'STORE.PICKUP_NOT_READY', message: '订单尚未付款，付款后再预约' },
  PICKUP_ALREADY_VERIFIED: { code: 'STORE.PICKUP_ALREADY_VERIFIED', message: '该核销码已核销，不能重复核销' },
  RESERVATION_NOT_FOUND: { code: 'STORE.RESERVATION_NOT_FOUND', message: '预约不存在' },
  ALREADY_CHECKED_IN: { code: 'STORE.ALREADY_CHECKED_IN', message: '该预约已签到，不能重复签到' },
  INVALID_SLOT: { code: 'STORE.INVALID_SLOT', message: '该门店没有这个预约时段' },
  SLOT_FULL: { code: 'STORE.SLOT_FULL', message: '该时段已约满，请选择其他时段' },
  /** The shopper already holds an active booking of this slot (one per shopper per slot). */
  ALREADY_BOOKED: { code: 'STORE.ALREADY_BOOKED', message: '您已预约过这个时段' },
  /** Already checked in or cancelled, or (shopper) the slot has started. */
  RESERVATION_NOT_CANCELLABLE: { code: 'STORE.RESERVATION_NOT_CANCELLABLE', message: '预约时段已开始，不能取消' },
  /** Check-in of a cancelled booking. */
  RESERVATION_CANCELLED: { code: 'STORE.RESERVATION_CANCELLED', message: '该预约已取消，不能签到' },
  ORDER_NOT_FOUND: { code: 'STORE.ORDER_NOT_FOUND', message: '订单不存在' },
  REGION_CONFLICT: { code: 'STORE.REGION_CONFLICT', message: '该地区已有代理' },
  AGENT_NOT_FOUND: { code: 'STORE.AGENT_NOT_FOUND', message: '代理不存在' },
  INVALID_AGENT_RATE: { code: 'STORE.INVALID_AGENT_RATE', message: '代理佣金比例必须是 0 到 10000 之间的整数（万分比）' },
  AGENT_RATE_OVER_CAP: { code: 'COMPLIANCE.AGENT_RATE_OVER_CAP', message: '分销佣金加代理佣金超过了 100%：佣金总额不能超过买家实付金额' },
  /** No in-store coupon has this counter code. */
  COUPON_NOT_FOUND: { code: 'STORE.COUPON_NOT_FOUND', message: '券码不存在' },
  /** The coupon is for online orders only (no counter code, no 核销). */
  COUPON_NOT_IN_STORE: { code: 'STORE.COUPON_NOT_IN_STORE', message: '该优惠券仅限线上使用' },
  /** Already verified at a counter, or spent on an online order. */
  COUPON_ALREADY_USED: { code: 'STORE.COUPON_ALREADY_USED', message: '该优惠券已使用' },
  COUPON_EXPIRED: { code: 'STORE.COUPON_EXPIRED', message: '该优惠券已过期' },
  COUPON_NOT_STARTED: { code: 'STORE.COUPON_NOT_STARTED', message: '该优惠券未到使用时间' },
  INVALID_IMAGE: { code: 'STORE.INVALID_IMAGE', message: '图片格式不正确' },
} as const;
