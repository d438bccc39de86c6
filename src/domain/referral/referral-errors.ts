/**
 * Every reason a referral (推荐关系) action is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const REFERRAL_ERRORS = {
  SCENE_NOT_FOUND: { code: 'REFERRAL.SCENE_NOT_FOUND', message: '二维码已失效或不存在' },
  /** A store code whose sharer is no longer the store's staff or store account (removed clerk): nothing is bound. */
  SCENE_EXPIRED: { code: 'REFERRAL.SCENE_EXPIRED', message: '该门店码已失效' },
  BUSY: { code: 'REFERRAL.BUSY', message: '操作太频繁，请重试' },
  /** Staff rebind only (a share never errors): the user cannot be their own superior, nor be put below their team. */
  SELF: { code: 'REFERRAL.SELF', message: '不能绑定自己为上级' },
  CYCLE: { code: 'REFERRAL.CYCLE', message: '对方是你的下级，不能绑定为上级' },
} as const;
