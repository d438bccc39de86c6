/**
 * The real `wx-server-sdk` (and the real `@cloudbase/node-sdk` under it) with only the lowest network call replaced:
 * node-sdk's `request-core.request`, the one function that opens an HTTP connection to CloudBase. Everything above
 * it runs as deployed — camelCase → snake_case of what the adapters send, the protobuf envelope of cloud calls,
 * snake_case → camelCase of replies, `errCode: 0` stamped on every pay reply, a thrown CloudSDKError for a cloud
 * call whose JSON says errcode ≠ 0 — so a test sees exactly what an adapter sees in production.
 *
 * The stand-in plays the CloudBase gateway: a test answers each call with what WeChat documents (WeChat Pay v2
 * reply fields in snake_case; a cloud call's JSON or binary body), never with an SDK-shaped result.
 */
import { Writable } from 'node:stream';
import protobuf from 'protobufjs';

/* eslint-disable @typescript-eslint/no-explicit-any -- SDK internals are untyped */

/** One request the SDK sent to the gateway, decoded: a pay API's JSON, or a cloud call's parameters. */
export interface GatewayCall {
  /** `wx.wxPayApi` (cloudPay), `wx.openApi` (cloud.openapi), `storage.getUploadMetadata`, `storage.put`, … */
  action: string;
  /** e.g. `queryOrder`, `wxacode.getUnlimited`. */
  api: string;
  /** What went over the wire (snake_case, as WeChat receives it). */
  data: Record<string, unknown>;
}

/** What WeChat answers: a WeChat Pay v2 reply (its fields as documented) or a cloud call's HTTP body. */
export type GatewayAnswer =
  | { kind: 'pay'; fields: Record<string, string | number> }
  | { kind: 'openapi-json'; body: Record<string, unknown> }
  | { kind: 'openapi-binary'; contentType: string; bytes: Buffer };

export const payReply = (fields: Record<string, string | number>): GatewayAnswer => ({ kind: 'pay', fields });
export const openApiJson = (body: Record<string, unknown>): GatewayAnswer => ({ kind: 'openapi-json', body });
export const openApiImage = (bytes: Buffer): GatewayAnswer => ({ kind: 'openapi-binary', contentType: 'image/jpeg', bytes });

/** The protobuf messages of a cloud call, field for field as wx-server-sdk 4.0.2 encodes and decodes them. */
const proto = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: { fields: { key: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 }, contenttype: { type: 'string', id: 3 }, filename: { type: 'string', id: 4 } } },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: { fields: { apiType: { type: 'int32', id: 1 }, openapiData: { type: 'OpenApiData', id: 2 }, appid: { type: 'string', id: 6 } } },
    CommOpenApiResp: { fields: { respData: { type: 'bytes', id: 1 }, contentType: { type: 'string', id: 2 }, errorCode: { type: 'int32', id: 3 }, httpCode: { type: 'uint32', id: 4 } } },
  },
});
const CommApiData = proto.lookupType('CommApiData');
const CommOpenApiResp = proto.lookupType('CommOpenApiResp');

/** The environment a deployed function runs with (SCF), so node-sdk needs no metadata lookup over the network. */
const RUNTIME_ENV: Record<string, string> = {
  TENCENTCLOUD_RUNENV: 'SCF',
  TENCENTCLOUD_REGION: 'ap-shanghai',
  TENCENTCLOUD_SECRETID: 'AKIDgatewaytest',
  TENCENTCLOUD_SECRETKEY: 'gateway-test-key',
  TCB_ENV: 'prod-env-1',
  SCF_NAMESPACE: 'prod-env-1',
};

export interface FakeGateway {
  calls: GatewayCall[];
  /** A fresh SDK instance (`cloud.init({ env: DYNAMIC_CURRENT_ENV })`, as createCloudMain does). */
  cloud: any;
  /** The next answer for an API: a value, or a function of the decoded call. */
  answer(api: string, reply: GatewayAnswer | ((call: GatewayCall) => GatewayAnswer)): void;
  restore(): void;
}

function decodeCall(params: Record<string, any>): GatewayCall {
  const action = String(params.action);
  const api = String(params.apiName ?? params.cloudPath ?? '');
  if (action === 'wx.wxPayApi') return { action, api, data: JSON.parse(Buffer.from(params.requestData).toString()) };
  if (action === 'wx.openApi') {
    const message = CommApiData.toObject(CommApiData.decode(params.requestData as Buffer), { bytes: Buffer }) as { openapiData?: { pairs?: Array<{ key: string; value: Buffer }> } };
    const data = Object.fromEntries((message.openapiData?.pairs ?? []).map((p) => [p.key, JSON.parse(Buffer.from(p.value).toString())]));
    return { action, api, data };
  }
  return { action, api, data: { ...params } };
}

/** Installs the stand-in for the current module registry; `restore()` puts the real HTTP call back. */
export function installFakeGateway(): FakeGateway {
  const core = require('@cloudbase/node-sdk/dist/utils/request-core') as { request: (opts: any, cb: any) => unknown };
  const realRequest = core.request;
  const savedEnv = Object.fromEntries(Object.keys(RUNTIME_ENV).map((k) => [k, process.env[k]]));
  Object.assign(process.env, RUNTIME_ENV);
  const calls: GatewayCall[] = [];
  const answers = new Map<string, GatewayAnswer | ((call: GatewayCall) => GatewayAnswer)>();

  const respond = (call: GatewayCall): { status: number; contentType: string; body: Buffer | Record<string, unknown> } => {
    if (call.action === 'storage.getUploadMetadata') {
      // Where the file goes (cloud storage is COS): the SDK PUTs the bytes there next.
      const cloudPath = String(call.data.path ?? '');
      return { status: 200, contentType: 'application/json', body: { data: { url: `https://cos.test/${cloudPath}`, token: 't', authorization: 'a', fileId: `cloud://prod-env-1.test/${cloudPath}`, cosFileId: 'c' }, requestId: 'r' } };
    }
    const spec = answers.get(call.api);
    if (!spec && !call.action.startsWith('wx.')) {
      // Anything else (e.g. a database call) gets CloudBase's own error form, so the SDK finishes its normal path.
      return { status: 200, contentType: 'application/json', body: { code: 'FAKE_GATEWAY.NOT_MODELLED', message: `fake gateway: ${call.action} is not modelled`, requestId: 'fake' } };
    }
    if (!spec) throw new Error(`fake gateway: no answer for ${call.action} ${call.api}`);
    const answer = typeof spec === 'function' ? spec(call) : spec;
    if (answer.kind === 'pay') return { status: 200, contentType: 'application/octet-stream', body: Buffer.from(JSON.stringify(answer.fields)) };
    const isJson = answer.kind === 'openapi-json';
    const respData = isJson ? Buffer.from(JSON.stringify(answer.body)) : answer.bytes;
    const envelope = CommOpenApiResp.encode(CommOpenApiResp.create({ respData, contentType: isJson ? 'application/json; charset=UTF-8' : answer.contentType, httpCode: 200 })).finish();
    return { status: 200, contentType: 'application/octet-stream', body: Buffer.from(envelope) };
  };

  core.request = (opts: any, cb: (err: unknown, res?: unknown, body?: unknown) => void) => {
    const sink = new Writable({ write: (_chunk, _enc, next) => next() });
    if (String(opts.method).toLowerCase() === 'put') {
      // The COS upload of cloud.uploadFile: an empty 200 body is COS's success.
      calls.push({ action: 'storage.put', api: String(opts.url), data: {} });
      sink.on('finish', () => cb(null, { statusCode: 200, headers: {} }, Buffer.alloc(0)));
      return sink;
    }
    const params = (opts.formData ?? opts.body ?? {}) as Record<string, any>;
    setImmediate(() => {
      try {
        const call = decodeCall(params);
        calls.push(call);
        const reply = respond(call);
        cb(null, { statusCode: reply.status, headers: { 'content-type': reply.contentType } }, reply.body);
      } catch (error) {
        cb(error);
      }
    });
    return sink;
  };

  const sdk = require('wx-server-sdk');
  const cloud = sdk.createNewInstance({ env: sdk.DYNAMIC_CURRENT_ENV });
  return {
    calls,
    cloud,
    answer: (api, reply) => void answers.set(api, reply),
    restore() {
      core.request = realRequest;
      for (const [k, v] of Object.entries(savedEnv)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    },
  };
}

/**
 * WeChat Pay v2 replies as the API documents them (every field a string in the XML; the gateway hands the SDK the
 * same fields as JSON). `sub_mch_id` etc. are omitted where an adapter never reads them.
 */
export const WECHAT_PAY = {
  ok: (fields: Record<string, string | number> = {}) => ({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS', ...fields }),
  fail: (errCode: string, errCodeDes: string) => ({ return_code: 'SUCCESS', return_msg: 'OK', result_code: 'FAIL', err_code: errCode, err_code_des: errCodeDes }),
  /** The communication itself failed (bad signature, missing parameter): no business result at all. */
  commFail: (returnMsg: string) => ({ return_code: 'FAIL', return_msg: returnMsg }),
};
