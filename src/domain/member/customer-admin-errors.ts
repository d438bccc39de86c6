/**
 * Every reason staff's customer management (客户管理) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const CUSTOMER_ADMIN_ERRORS = {
  NOT_FOUND: { code: 'CUSTOMER.NOT_FOUND', message: '找不到该顾客' },
  CHANGED: { code: 'CUSTOMER.CHANGED', message: '该顾客资料已被他人修改，请刷新后重试' },
} as const;
