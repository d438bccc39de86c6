/**
 * Every reason becoming or acting as a distributor (分销商) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const DISTRIBUTOR_ERRORS = {
  NOT_DISTRIBUTOR: { code: 'DISTRIBUTOR.NOT_DISTRIBUTOR', message: '你还不是分销商' },
  PRODUCT_NOT_FOUND: { code: 'DISTRIBUTOR.PRODUCT_NOT_FOUND', message: '商品不存在或已下架' },
  /** Qualification FIRST_PAID_ORDER, no paid order yet. */
  NEEDS_PAID_ORDER: { code: 'DISTRIBUTOR.NEEDS_PAID_ORDER', message: '完成首笔订单付款后即可成为分销商' },
  /** Qualification SPEND_AT_LEAST, spend (net of refunds) below the threshold; the message names what is missing. */
  SPEND_BELOW_THRESHOLD: { code: 'DISTRIBUTOR.SPEND_BELOW_THRESHOLD', message: '累计消费未达到成为分销商的门槛' },
  /** Qualification APPLICATION, called without `application`. */
  APPLICATION_REQUIRED: { code: 'DISTRIBUTOR.APPLICATION_REQUIRED', message: '请填写申请信息：真实姓名、手机号和申请理由' },
  /** Qualification STAFF_ONLY: only staff designate distributors. */
  STAFF_ONLY: { code: 'DISTRIBUTOR.STAFF_ONLY', message: '本店分销商由商家邀请开通，暂不开放自助申请' },
  REVOKED: { code: 'DISTRIBUTOR.REVOKED', message: '你的分销商资格已被商家撤销，如有疑问请联系商家' },
  INVALID_TRANSITION: { code: 'DISTRIBUTOR.INVALID_TRANSITION', message: '分销商状态不允许此操作' },
} as const;
