/**
 * Every reason a marketing activity (秒杀 / 拼团 / 砍价 / 找人代付) or its staff editing is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const ACTIVITY_ERRORS = {
  NOT_FOUND: { code: 'ACTIVITY.NOT_FOUND', message: '活动不存在' },
  NOT_STARTED: { code: 'ACTIVITY.NOT_STARTED', message: '活动尚未开始' },
  ENDED: { code: 'ACTIVITY.ENDED', message: '活动已结束' },
  SOLD_OUT: { code: 'ACTIVITY.SOLD_OUT', message: '已抢光' },
  NOT_ENOUGH_STOCK: { code: 'ACTIVITY.NOT_ENOUGH_STOCK', message: '活动库存不足' },
  USER_LIMIT_REACHED: { code: 'ACTIVITY.USER_LIMIT_REACHED', message: '已达到每人限购数量' },
  INVALID_PRICE: { code: 'ACTIVITY.INVALID_PRICE', message: '活动价必须低于原价且大于 0' },
  INVALID_WINDOW: { code: 'ACTIVITY.INVALID_WINDOW', message: '活动结束时间必须晚于开始时间' },
  BUSY: { code: 'ACTIVITY.BUSY', message: '参与的人太多了，请重试' },
  STOCK_BELOW_SOLD: { code: 'ACTIVITY.STOCK_BELOW_SOLD', message: '活动总量不能少于已售出或待付款的件数' },
  GROUP_NOT_FOUND: { code: 'GROUP_BUY.NOT_FOUND', message: '拼团不存在' },
  GROUP_NOT_OPEN: { code: 'GROUP_BUY.NOT_OPEN', message: '该团已满或已结束' },
  GROUP_EXPIRED: { code: 'GROUP_BUY.EXPIRED', message: '该团已过期' },
  GROUP_ALREADY_MEMBER: { code: 'GROUP_BUY.ALREADY_MEMBER', message: '你已在这个团里' },
  /** order-admin refuses to ship a 拼团 order whose group has not succeeded. */
  GROUP_NOT_SUCCEEDED: { code: 'GROUP_BUY.NOT_SUCCEEDED', message: '拼团尚未成功，暂不能发货' },
  BARGAIN_NOT_FOUND: { code: 'BARGAIN.NOT_FOUND', message: '砍价不存在' },
  BARGAIN_INVALID_PLAN: { code: 'BARGAIN.INVALID_PLAN', message: '砍价设置无效：砍价次数与每刀金额范围无法恰好砍到底价' },
  BARGAIN_SELF_HELP: { code: 'BARGAIN.SELF_HELP', message: '不能给自己砍价，请邀请好友帮忙' },
  BARGAIN_ALREADY_HELPED: { code: 'BARGAIN.ALREADY_HELPED', message: '你已经帮砍过了' },
  BARGAIN_NO_HELPS_LEFT: { code: 'BARGAIN.NO_HELPS_LEFT', message: '已砍到底价，无需继续助力' },
  BARGAIN_CLOSED: { code: 'BARGAIN.CLOSED', message: '砍价已结束' },
  BARGAIN_NOT_YOURS: { code: 'BARGAIN.NOT_YOURS', message: '只有发起人可以购买' },
  PAY_REQUEST_NOT_FOUND: { code: 'PAY_REQUEST.NOT_FOUND', message: '代付请求不存在' },
  PAY_REQUEST_CLOSED: { code: 'PAY_REQUEST.CLOSED', message: '该订单已支付或已关闭' },
  /** 找人代付: this many different friends already started paying this order (each is a trade number reconcile checks). */
  PAY_REQUEST_TOO_MANY_PAYERS: { code: 'PAY_REQUEST.TOO_MANY_PAYERS', message: '已有多位好友在代付这笔订单，请让已发起代付的好友完成支付' },
  /** activity-admin: an activity's SKU is fixed once created (orders, groups and bargains point at it). */
  SKU_LOCKED: { code: 'ACTIVITY.SKU_LOCKED', message: '活动创建后不能更换商品，请新建活动' },
} as const;
