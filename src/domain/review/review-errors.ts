/**
 * Every reason writing or managing a product review (商品评价) is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const REVIEW_ERRORS = {
  ORDER_NOT_FOUND: { code: 'REVIEW.ORDER_NOT_FOUND', message: '订单不存在' },
  NOT_RECEIVED: { code: 'REVIEW.NOT_RECEIVED', message: '确认收货后才能评价' },
  REFUNDED: { code: 'REVIEW.REFUNDED', message: '该商品已全部退款，无需评价' },
  ALREADY_REVIEWED: { code: 'REVIEW.ALREADY_REVIEWED', message: '该商品已评价过了' },
  INVALID_PHOTO: { code: 'REVIEW.INVALID_PHOTO', message: '请上传 PNG 或 JPG 图片' },
  CONTENT_REJECTED: { code: 'REVIEW.CONTENT_REJECTED', message: '评价含有不适宜的内容，请修改后再提交' },
  CONTENT_CHECK_FAILED: { code: 'REVIEW.CONTENT_CHECK_FAILED', message: '内容安全检测暂时无法完成，请稍后再试' },
  NOT_FOUND: { code: 'REVIEW.NOT_FOUND', message: '评价不存在' },
  BUSY: { code: 'REVIEW.BUSY', message: '评价刚刚有变化，请刷新' },
} as const;
