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

type Body = { action: string; payload: object };

/** The mini program calls the cloud function; the platform adds the user's identity. */
async function callCloudFunction<R>(fn: string, body: Body): Promise<Envelope<R>> {
  const res = await Taro.cloud.callFunction({ name: fn, data: body });
  return res.result as Envelope<R>;
}

/** The local H5 build posts the same body to the local gateway as the local persona (accepted in local mode only). */
async function callLocalGateway<R>(fn: string, body: Body): Promise<Envelope<R>> {
  const openid = await getLocalOpenid();
  const res = await fetch(`/api/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Envelope<R>;
}

/**
 * The only place the client talks to the backend. The transport is chosen when the bundle is built, so the mini
 * program carries no browser networking (WeChat's logic layer has no `fetch` or `localStorage`).
 */
const transport = process.env.TARO_ENV === 'weapp' ? callCloudFunction : callLocalGateway;

export async function callAction<R>(fn: string, action: string, payload: object = {}): Promise<R> {
  const envelope = await transport<R>(fn, { action, payload });
  if (!envelope.ok) throw new ActionError(envelope.code, envelope.message);
  return envelope.data;
}
