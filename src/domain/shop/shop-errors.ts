/**
 * Every reason a distributor's own shop (小店) is refused, to its owner or to a visitor.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const SHOP_ERRORS = {
  /** No such shop, or its owner no longer earns (revoked): the page suggests the main store instead. */
  NOT_FOUND: { code: 'SHOP.NOT_FOUND', message: '店铺不存在或已关闭' },
  /** The content check did not pass the name or intro; nothing was saved. */
  CONTENT_REJECTED: { code: 'SHOP.CONTENT_REJECTED', message: '内容未通过内容安全检测，请修改后再试' },
  /** WeChat could not judge the text now (e.g. the user has not opened the mini program in 2 hours); nothing saved. */
  CONTENT_CHECK_FAILED: { code: 'SHOP.CONTENT_CHECK_FAILED', message: '内容安全检测暂时无法完成，请稍后再试' },
  /** A picked product is unknown or off shelf. */
  PRODUCT_NOT_AVAILABLE: { code: 'SHOP.PRODUCT_NOT_AVAILABLE', message: '有商品不存在或已下架，请刷新后重选' },
  /** Not a PNG / JPEG of the declared type, or too large. */
  INVALID_IMAGE: { code: 'SHOP.INVALID_IMAGE', message: '请上传 PNG 或 JPG 图片' },
  /** A concurrent edit of the same shop won; reload and retry. */
  BUSY: { code: 'SHOP.BUSY', message: '店铺信息刚被修改过，请刷新后重试' },
} as const;
