import { randomUUID } from 'node:crypto';
import { consoleLogger, type FunctionContext, type Logger } from '../cloudfunctions/shared/kernel/context';
import type { Platform } from '../cloudfunctions/shared/kernel/platform/platform';
import type { Store } from '../cloudfunctions/shared/kernel/store/store';
import { FUNCTIONS } from './function-registry';

export interface LocalRuntime {
  store: Store;
  platform: Platform;
  log: Logger;
  /** The clock; tests move it. */
  now: () => Date;
}

/** Invokes a function handler the way CloudBase would, with the identity and source the platform would inject. */
export function invokeFunction(
  runtime: LocalRuntime,
  name: string,
  event: unknown,
  identity: { openid: string | null; source: string },
): Promise<unknown> {
  const handler = FUNCTIONS[name];
  if (!handler) throw new Error(`no such function: ${name}`);
  const ctx: FunctionContext = {
    openid: identity.openid,
    source: identity.source,
    requestId: randomUUID(),
    now: runtime.now(),
    store: runtime.store,
    platform: runtime.platform,
    log: runtime.log,
  };
  return handler(event, ctx);
}

export const quietLogger: Logger = { info: () => undefined, error: consoleLogger.error };
