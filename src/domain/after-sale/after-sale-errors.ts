/**
 * Every reason an after-sale (售后: 仅退款 / 退货退款) action is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const AFTER_SALE_ERRORS = {
  NOT_FOUND: { code: 'AFTER_SALE.NOT_FOUND', message: '售后单不存在' },
  INVALID_TRANSITION: { code: 'AFTER_SALE.INVALID_TRANSITION', message: '售后单当前状态不允许退款，请刷新' },
  KIND_NOT_ALLOWED: { code: 'AFTER_SALE.KIND_NOT_ALLOWED', message: '该订单现在不能申请这种售后' },
  INVALID_REASON: { code: 'AFTER_SALE.INVALID_REASON', message: '该原因不适用于所选售后类型，请重新选择原因' },
  INVALID_PHOTO: { code: 'AFTER_SALE.INVALID_PHOTO', message: '请使用本次上传的图片' },
  CONTENT_REJECTED: { code: 'AFTER_SALE.CONTENT_REJECTED', message: '内容含有不当信息，请修改后再提交' },
  CONTENT_CHECK_FAILED: { code: 'AFTER_SALE.CONTENT_CHECK_FAILED', message: '内容检查暂时不可用，请稍后再试' },
  BUSY: { code: 'AFTER_SALE.BUSY', message: '售后单刚刚有变化，请刷新' },
} as const;
