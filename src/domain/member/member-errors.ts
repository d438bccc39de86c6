/**
 * Every reason a shopper's own address book or profile edit is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const MEMBER_ERRORS = {
  PHONE_INVALID: { code: 'ADDRESS.PHONE_INVALID', message: '请输入正确的 11 位手机号' },
  NOT_FOUND: { code: 'ADDRESS.NOT_FOUND', message: '地址不存在' },
  BOOK_FULL: { code: 'ADDRESS.BOOK_FULL', message: '地址簿已满，请先删除不用的地址' },
  BUSY: { code: 'MEMBER.BUSY', message: '操作太频繁，请稍后再试' },
} as const;
