import http from 'node:http';
import path from 'node:path';
import { COMMON_ERRORS } from '../src/contracts/envelope';
import { listPersonas, createNewUser } from './seed/personas';
import { BodyTooLargeError, readJsonBody, sendJson } from './http-utils';
import { FUNCTIONS } from './function-registry';
import { invokeFunction, type LocalRuntime } from './local-runtime';
import { allowedHostsFromEnv, isAllowedHost, isCrossSite } from './request-guards';
import { serveFile, serveOnce } from './serve-static';
import { simulatePay } from './simulate-pay';
import { runTimers } from './run-timers';

export interface GatewayOptions {
  runtime: LocalRuntime;
  /** Only 'local' accepts the persona header and serves /api/dev; anything else refuses both. */
  mode: 'local' | 'production';
  dataDir: string;
  /** The H5 build to serve; null serves only the API. */
  h5Dir: string | null;
  /** Host names accepted besides localhost and IP addresses (default: WFX_ALLOWED_HOSTS, comma-separated). */
  allowedHosts?: readonly string[];
}

/** The data folder's public parts: product images, uploads, mini-program codes. Never the database or exports by name. */
const PUBLIC_FOLDERS = ['images/', 'uploads/', 'codes/'];
/** An export is served once, through the random folder the local platform wrote it in (see saveExport). */
const EXPORT_LINK = /^exports\/[0-9a-f]{32}\/[^/]+$/;

const DEV_OPENID_HEADER = 'x-dev-openid';
const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The local stand-in for CloudBase: `POST /api/fn/<name>` runs the same handler a deployed function runs, with
 * the identity taken from the persona header (local mode only) the way the platform injects OPENID.
 */
export function createGateway(options: GatewayOptions): http.Server {
  const { runtime } = options;
  const local = options.mode === 'local';
  const allowedHosts = options.allowedHosts ?? allowedHostsFromEnv(process.env.WFX_ALLOWED_HOSTS);

  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      runtime.log.error('gateway error', { error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendJson(res, 500, { ok: false, code: COMMON_ERRORS.INTERNAL, message: '服务器开小差了，请稍后再试' });
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isAllowedHost(req.headers.host, allowedHosts)) return sendJson(res, 403, { ok: false, code: 'HOST.NOT_ALLOWED', message: '请通过 localhost 或 IP 地址访问本地服务' });
    const fnMatch = /^\/api\/fn\/([a-z-]+)$/.exec(url.pathname);
    if (fnMatch) return callFunction(req, res, fnMatch[1] as string);
    if (url.pathname.startsWith('/api/dev/')) {
      if (!local) return sendJson(res, 403, { ok: false, code: COMMON_ERRORS.LOCAL_ONLY, message: '仅本地模式可用' });
      if (isCrossSite(req)) return sendJson(res, 403, { ok: false, code: 'AUTH.CROSS_SITE', message: '不接受来自其他网站的调用' });
      return devRoute(req, res, url.pathname);
    }
    if (url.pathname.startsWith('/api/')) return sendJson(res, 404, { ok: false, code: COMMON_ERRORS.UNKNOWN_ACTION, message: '接口不存在' });
    if (url.pathname.startsWith('/files/')) {
      const file = url.pathname.slice('/files/'.length);
      if (PUBLIC_FOLDERS.some((f) => file.startsWith(f)) && serveFile(res, options.dataDir, file, 3600)) return;
      if (EXPORT_LINK.test(file) && serveOnce(res, options.dataDir, file)) return;
      return sendJson(res, 404, { ok: false, code: 'FILE.NOT_FOUND', message: '文件不存在' });
    }
    return serveH5(res, url.pathname);
  }

  async function callFunction(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST' || !FUNCTIONS[name]) return sendJson(res, 404, { ok: false, code: COMMON_ERRORS.UNKNOWN_ACTION, message: '云函数不存在' });
    const header = req.headers[DEV_OPENID_HEADER];
    if (header !== undefined && !local) return sendJson(res, 403, { ok: false, code: COMMON_ERRORS.LOCAL_ONLY, message: '本地身份仅在本地模式可用' });
    const openid = typeof header === 'string' && OPENID_PATTERN.test(header) ? header : null;
    let event: unknown;
    try {
      event = await readJsonBody(req);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      if (tooLarge) {
        // Stop the upload: answer, then close the connection rather than read the rest of a huge body.
        res.setHeader('connection', 'close');
        res.on('finish', () => req.destroy());
      }
      return sendJson(res, tooLarge ? 413 : 400, { ok: false, code: COMMON_ERRORS.INVALID_PAYLOAD, message: tooLarge ? '请求内容过大' : '请求不是合法的 JSON' });
    }
    // The client's source is always the client: a client can never claim to be the pay callback.
    const result = await invokeFunction(runtime, name, event, { openid, source: 'wx_client' });
    sendJson(res, 200, result);
  }

  async function devRoute(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/api/dev/personas' && req.method === 'GET') return sendJson(res, 200, { personas: await listPersonas(runtime.store) });
    if (pathname === '/api/dev/new-user' && req.method === 'POST') return sendJson(res, 200, { openid: await createNewUser(runtime) });
    if (pathname === '/api/dev/run-timers' && req.method === 'POST') return sendJson(res, 200, await runTimers(runtime));
    if (pathname === '/api/dev/pay' && req.method === 'POST') {
      const body = (await readJsonBody(req).catch(() => ({}))) as { orderId?: unknown };
      if (typeof body.orderId !== 'string' || !/^[0-9A-Za-z_-]{1,32}$/.test(body.orderId)) {
        return sendJson(res, 400, { errcode: 400, errmsg: '订单号不正确' });
      }
      return sendJson(res, 200, await simulatePay(runtime, body.orderId));
    }
    return sendJson(res, 404, { ok: false, code: COMMON_ERRORS.UNKNOWN_ACTION, message: '接口不存在' });
  }

  function serveH5(res: http.ServerResponse, pathname: string): void {
    if (!options.h5Dir) return sendJson(res, 404, { ok: false, code: 'H5.NOT_BUILT', message: 'H5 未构建' });
    if (pathname !== '/' && serveFile(res, options.h5Dir, pathname.slice(1), pathname.includes('/js/') || pathname.includes('/css/') ? 86400 : 0)) return;
    // Browser-mode routing: every page path is the single-page app.
    if (!serveFile(res, options.h5Dir, 'index.html', 0)) sendJson(res, 404, { ok: false, code: 'H5.NOT_BUILT', message: 'H5 未构建' });
  }
}

export const DEFAULT_H5_DIR = path.resolve(__dirname, '..', 'dist', 'h5');
