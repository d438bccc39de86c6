/**
 * Every reason a stamp card (集点卡) or its staff settings are refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const STAMP_ERRORS = {
  INVALID: { code: 'STAMP.INVALID', message: '集点卡设置不正确' },
  NOT_FOUND: { code: 'STAMP.NOT_FOUND', message: '集点卡不存在' },
  INVALID_TRANSITION: { code: 'STAMP.INVALID_TRANSITION', message: '集点状态不允许此操作' },
} as const;
