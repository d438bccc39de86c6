import { randomUUID } from 'node:crypto';
import { consoleLogger, type FunctionContext } from '../context';
import type { FunctionHandler } from '../handler/define-action';
import type { Platform } from './platform';
import { CloudbaseStore } from '../store/cloudbase-store';
import { createWechatPlatform } from './wechat-platform';

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any -- the SDK loads on the first call and ships loose types */

let runtime: { cloud: any; store: CloudbaseStore; platform: Platform } | null = null;

/**
 * Turns a handler into a deployed function's `main`. The SDK is initialised on the first call (never at module
 * load: offline, init reaches for instance metadata), and identity is read from `getWXContext()` inside the call,
 * which the platform fills from its own environment — never from the event.
 */
export function createCloudMain(handler: FunctionHandler) {
  return async (event: unknown, context: { request_id?: string } = {}): Promise<unknown> => {
    if (!runtime) {
      const cloud = require('wx-server-sdk');
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
      runtime = { cloud, store: new CloudbaseStore(cloud.database()), platform: createWechatPlatform(cloud) };
    }
    const wx = runtime.cloud.getWXContext();
    const ctx: FunctionContext = {
      openid: typeof wx.OPENID === 'string' && wx.OPENID ? wx.OPENID : null,
      source: typeof wx.SOURCE === 'string' ? wx.SOURCE : 'unknown',
      requestId: context.request_id ?? randomUUID(),
      now: new Date(),
      store: runtime.store,
      platform: runtime.platform,
      log: consoleLogger,
    };
    return handler(event, ctx);
  };
}
