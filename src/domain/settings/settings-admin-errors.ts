/**
 * Every reason staff's shop settings (店铺设置) are refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const SETTINGS_ADMIN_ERRORS = {
  INVALID_IMAGE: { code: 'SETTINGS.INVALID_IMAGE', message: '请上传 PNG 或 JPG 图片' },
} as const;
