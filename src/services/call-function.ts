import Taro from '@tarojs/taro';
import type { Envelope } from '../contracts/envelope';
import { getLocalOpenid } from './local-identity';

/** A returned (expected) failure from an action: a typed code and a Chinese message to show. */
export class ActionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

/**
 * The only place the client talks to the backend. In the mini program it calls the cloud function (the platform
 * adds the user's identity); in the local H5 build it posts the same body to the local gateway with the local
 * persona's openid, which the gateway accepts only in local mode.
 */
export async function callAction<R>(fn: string, action: string, payload: object = {}): Promise<R> {
  const body = { action, payload };
  let envelope: Envelope<R>;
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.cloud.callFunction({ name: fn, data: body });
    envelope = res.result as Envelope<R>;
  } else {
    const openid = await getLocalOpenid();
    const res = await fetch(`/api/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
      body: JSON.stringify(body),
    });
    envelope = (await res.json()) as Envelope<R>;
  }
  if (!envelope.ok) throw new ActionError(envelope.code, envelope.message);
  return envelope.data;
}
