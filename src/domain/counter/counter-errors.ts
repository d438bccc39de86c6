/**
 * Every reason an in-store counter payment (优惠买单) or its settings are refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const COUNTER_ERRORS = {
  DISABLED: { code: 'COUNTER.DISABLED', message: '本店暂未开通优惠买单' },
  INVALID_AMOUNT: { code: 'COUNTER.INVALID_AMOUNT', message: '请输入大于 0 的消费金额' },
  OVER_LIMIT: { code: 'COUNTER.OVER_LIMIT', message: '超过单笔买单限额' },
  INVALID_OFFER: { code: 'COUNTER.INVALID_OFFER', message: '优惠买单设置不正确' },
} as const;
