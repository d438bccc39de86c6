import type { Store } from './store/store';
import type { Platform } from './platform/platform';

/**
 * Everything an action may know about its call. `openid` comes only from the platform (WeChat context, or the
 * local gateway's persona header in local mode) — never from the payload.
 */
export interface FunctionContext {
  openid: string | null;
  /** Who invoked: 'wx_client', 'wx_paycallback', 'wx_trigger', 'local' … */
  source: string;
  requestId: string;
  now: Date;
  store: Store;
  platform: Platform;
  log: Logger;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Context of an action that requires a signed-in user. */
export interface UserContext extends FunctionContext {
  openid: string;
}

export const consoleLogger: Logger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};
