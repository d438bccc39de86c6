/**
 * Every reason handling a payment alert (支付异常: money that arrived for no open order) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const PAYMENT_ALERT_ERRORS = {
  NOT_FOUND: { code: 'PAYMENT_ALERT.NOT_FOUND', message: '支付异常记录不存在' },
  ALREADY_REFUNDED: { code: 'PAYMENT_ALERT.ALREADY_REFUNDED', message: '这笔款项已经退回，无需再处理' },
  ALREADY_DISMISSED: { code: 'PAYMENT_ALERT.ALREADY_DISMISSED', message: '该支付异常已标记为已处理' },
  /** A refund was started: it must finish (or be retried), not be dismissed. */
  REFUND_IN_PROGRESS: { code: 'PAYMENT_ALERT.REFUND_IN_PROGRESS', message: '退款已发起，请重试退款直至完成，不能标记为已处理' },
  BUSY: { code: 'PAYMENT_ALERT.BUSY', message: '支付异常状态已变化，请刷新后重试' },
  INVALID_TRANSITION: { code: 'PAYMENT_ALERT.INVALID_TRANSITION', message: '支付异常状态不允许此操作' },
} as const;
