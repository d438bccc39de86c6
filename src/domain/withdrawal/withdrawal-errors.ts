/**
 * Every reason a withdrawal (提现) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const WITHDRAWAL_ERRORS = {
  FROZEN: { code: 'WITHDRAWAL.FROZEN', message: '该分销商已被冻结，不能打款；可驳回申请或先解冻' },
  NOT_DISTRIBUTOR: { code: 'WITHDRAWAL.NOT_DISTRIBUTOR', message: '只有分销商可以提现' },
  INVALID_AMOUNT: { code: 'WITHDRAWAL.INVALID_AMOUNT', message: '提现金额必须大于 0' },
  METHOD_NOT_ALLOWED: { code: 'WITHDRAWAL.METHOD_NOT_ALLOWED', message: '商家未开通这种提现方式' },
  BELOW_MIN: { code: 'WITHDRAWAL.BELOW_MIN', message: '低于单笔最低提现金额' },
  ABOVE_MAX: { code: 'WITHDRAWAL.ABOVE_MAX', message: '超过单笔最高提现金额' },
  DAILY_CAP: { code: 'WITHDRAWAL.DAILY_CAP', message: '超过今日提现额度' },
  INSUFFICIENT_BALANCE: { code: 'WITHDRAWAL.INSUFFICIENT_BALANCE', message: '可提现余额不足' },
  /** Staff approval / retry while a clawback left the payee's available balance below zero. */
  BALANCE_NEGATIVE: { code: 'WITHDRAWAL.BALANCE_NEGATIVE', message: '账户余额为负，暂不能提现' },
  NOTHING_AFTER_FEE: { code: 'WITHDRAWAL.NOTHING_AFTER_FEE', message: '扣除手续费后到账金额为 0，请提高提现金额' },
  INVALID_TRANSITION: { code: 'WITHDRAWAL.INVALID_TRANSITION', message: '只有打款失败的提现可以重试' },
  NOT_FOUND: { code: 'WITHDRAWAL.NOT_FOUND', message: '提现申请不存在' },
  BUSY: { code: 'WITHDRAWAL.BUSY', message: '提现状态已变化，请刷新后重试' },
} as const;
