import Taro from '@tarojs/taro';

/**
 * Called once at launch. The mini program talks to cloud functions, whose SDK must be initialised before the
 * first call; the H5 build talks to the local gateway and needs no set-up.
 */
export function initBackend(): void {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true });
  }
}
