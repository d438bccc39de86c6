/**
 * Every reason an order action is refused (下单, 支付, 发货, 收货, 退款).
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const ORDERS_ERRORS = {
  NOT_FOUND: { code: 'ORDER.NOT_FOUND', message: '订单不存在' },
  SKU_NOT_FOUND: { code: 'ORDER.SKU_NOT_FOUND', message: '商品不存在或已下架' },
  OUT_OF_STOCK: { code: 'ORDER.OUT_OF_STOCK', message: '库存不足' },
  INVALID_TRANSITION: { code: 'ORDER.INVALID_TRANSITION', message: '订单不是待付款状态' },
  BUSY: { code: 'ORDER.BUSY', message: '订单可能刚刚支付成功，暂不能取消，请稍后刷新查看' },
  LINE_NOT_FOUND: { code: 'ORDER.LINE_NOT_FOUND', message: '订单中没有这件商品' },
  AFTER_SALE_CLOSED: { code: 'ORDER.AFTER_SALE_CLOSED', message: '该订单已超过售后期，无法申请售后' },
  AFTER_SALE_OPEN: { code: 'ORDER.AFTER_SALE_OPEN', message: '这件商品已有进行中的售后申请' },
  NO_AFTER_SALE: { code: 'ORDER.NO_AFTER_SALE', message: '该商品没有进行中的售后申请' },
  REFUND_EXCEEDS_LINE: { code: 'REFUND.EXCEEDS_LINE', message: '退款数量超过可退数量' },
  NOT_REFUNDABLE: { code: 'ORDER.NOT_REFUNDABLE', message: '该订单未付款或已取消，无需退款' },
  PAY_EXPIRED: { code: 'ORDER.PAY_EXPIRED', message: '订单已超过付款时间，请重新下单' },
  PAY_UNAVAILABLE: { code: 'ORDER.PAY_UNAVAILABLE', message: '微信支付暂不可用，请稍后再试' },
  /** A carrier code outside the list came without a carrier name. */
  UNKNOWN_CARRIER: { code: 'ORDER.UNKNOWN_CARRIER', message: '该快递公司不在列表中，请同时填写快递公司名称' },
  /** Only a refused 发货信息录入 can be retried (none yet, in flight, or already accepted). */
  SHIPPING_UPLOAD_NOT_RETRYABLE: { code: 'ORDER.SHIPPING_UPLOAD_NOT_RETRYABLE', message: '该订单没有需要重新录入的发货信息' },
  /** The buyer already has the most open unpaid orders the shop allows (default 5). */
  TOO_MANY_UNPAID: { code: 'ORDER.TOO_MANY_UNPAID', message: '待付款订单太多：请先付款或取消' },
  /** Not shipped yet, or a store pickup: there is no parcel to track. */
  NO_TRACKING: { code: 'ORDER.NO_TRACKING', message: '门店自提订单没有物流信息' },
  /** 延长收货 is allowed once per order. */
  RECEIPT_ALREADY_EXTENDED: { code: 'ORDER.RECEIPT_ALREADY_EXTENDED', message: '每个订单只能延长一次收货' },
  /** The buyer would hold more unpaid units of one SKU than the shop allows (default 20). */
  HOLD_LIMIT: { code: 'ORDER.HOLD_LIMIT', message: '同一规格待付款件数太多：请先付款或取消' },
} as const;
