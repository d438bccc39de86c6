import Taro from '@tarojs/taro';
import type { ActionName, Api, PayloadIn, ResultOf } from '../contracts/api/define-api';
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

async function callAction<R>(fn: string, action: string, payload: object = {}): Promise<R> {
  const envelope = await transport<R>(fn, { action, payload });
  if (!envelope.ok) throw new ActionError(envelope.code, envelope.message);
  return envelope.data;
}

/** One method per action of the map: the payload the schema accepts (optional when every field is), its result. */
export type ApiClient<A extends Api> = {
  readonly [K in ActionName<A>]: (...payload: Record<never, never> extends PayloadIn<A, K> ? [payload?: PayloadIn<A, K>] : [payload: PayloadIn<A, K>]) => Promise<ResultOf<A, K>>;
};

/**
 * A function's actions as typed methods, from its API map's type alone (the map itself, with its zod schemas, stays
 * out of the bundle): `apiClient<typeof ordersApi>(ORDERS_FN).getOrder({ orderId })`. A method is the action's name.
 */
export function apiClient<A extends Api>(fn: A['fn']): ApiClient<A> {
  const methods = new Map<string, (payload?: object) => Promise<unknown>>();
  return new Proxy({} as ApiClient<A>, {
    get(_target, action) {
      if (typeof action !== 'string') return undefined;
      let method = methods.get(action);
      if (!method) methods.set(action, (method = (payload: object = {}) => callAction(fn, action, payload)));
      return method;
    },
  });
}
