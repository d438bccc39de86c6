import type { Platform } from './platform';

/* eslint-disable @typescript-eslint/no-explicit-any -- the wx-server-sdk ships loose types */

/**
 * Production: the mini-program code from `wxacode.getUnlimited` (needs the openapi permission in the function's
 * config.json), stored in cloud storage once; the returned cloud file id is what <Image> shows.
 */
export function createWechatPlatform(cloud: any): Platform {
  return {
    mode: 'wechat',
    h5UrlFor: () => null,
    async renderCode({ scene, page }) {
      const res = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width: 430 });
      if (!res.buffer) throw new Error(`wxacode.getUnlimited failed: ${res.errCode} ${res.errMsg}`);
      const upload = await cloud.uploadFile({ cloudPath: `codes/${scene}.png`, fileContent: res.buffer });
      return upload.fileID as string;
    },
  };
}
