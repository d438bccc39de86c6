import fs from 'node:fs';
import path from 'node:path';

/**
 * A deployed function can only make the WeChat openapi calls its config.json lists (otherwise -604101 on real
 * WeChat, while local mode and tests pass). Checked statically: a function whose own code references
 * `platform.<method>`, or one of the shared helpers below that reaches it, must list that method's permission.
 */
const ROOT = path.resolve(__dirname, '..', '..');

/** Platform methods that are openapi calls in cloudfunctions/shared/kernel/platform/wechat-*.ts, with their permission. */
const OPENAPI_METHODS = {
  renderCode: 'wxacode.getUnlimited',
  checkText: 'security.msgSecCheck',
  sendSubscribeMessage: 'subscribeMessage.send',
  uploadShippingInfo: 'wxa.sec.order.uploadShippingInfo',
  trackWaybill: 'logistics.getPath',
} as const;
type Method = keyof typeof OPENAPI_METHODS;

/** Shared helpers (cloudfunctions/shared) and the openapi methods a call to them can reach. */
const SHARED_HELPERS: Record<string, readonly Method[]> = {
  sendNotice: ['sendSubscribeMessage'],
  uploadShipping: ['uploadShippingInfo'],
  noticeOrderPaid: ['sendSubscribeMessage'],
  noticeOrderShipped: ['sendSubscribeMessage', 'uploadShippingInfo'],
  noticeBatchSettled: ['sendSubscribeMessage'],
  noticeWithdrawalResult: ['sendSubscribeMessage'],
  noticeRefundResult: ['sendSubscribeMessage'],
  applyPayment: ['sendSubscribeMessage'],
  reconcileUnpaidOrders: ['sendSubscribeMessage'],
  payOut: ['sendSubscribeMessage'],
};

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
    .map((f) => path.join(dir, f));
}
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const callsHelper = (text: string, name: string) => new RegExp(`\\b${name}\\(`).test(text);
const usesMethod = (text: string, method: string) => new RegExp(`platform\\.${method}\\b`).test(text);

/** The openapi methods a piece of code reaches, directly or through a listed helper. */
function reached(text: string): Set<Method> {
  const out = new Set<Method>();
  for (const method of Object.keys(OPENAPI_METHODS) as Method[]) if (usesMethod(text, method)) out.add(method);
  for (const [helper, methods] of Object.entries(SHARED_HELPERS)) if (callsHelper(text, helper)) methods.forEach((m) => out.add(m));
  return out;
}

const FUNCTIONS = fs.readdirSync(path.join(ROOT, 'cloudfunctions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && fs.existsSync(path.join(ROOT, 'cloudfunctions', d.name, 'config.json')))
  .map((d) => d.name);

test('every function that reaches an openapi call lists its permission in config.json', () => {
  const missing: string[] = [];
  for (const fn of FUNCTIONS) {
    const granted = new Set<string>(JSON.parse(read(`cloudfunctions/${fn}/config.json`)).permissions?.openapi ?? []);
    for (const file of tsFilesUnder(`cloudfunctions/${fn}`)) {
      for (const method of reached(read(file))) {
        const permission = OPENAPI_METHODS[method];
        if (!granted.has(permission)) missing.push(`${file} → ${method} needs "${permission}" in cloudfunctions/${fn}/config.json`);
      }
    }
  }
  expect(missing).toEqual([]);
});

test('the shared helper list is complete: shared code reaching an openapi call defines a listed helper', () => {
  // Otherwise a new shared wrapper would hide its openapi call from the check above.
  const unlisted: string[] = [];
  for (const file of tsFilesUnder('cloudfunctions/shared').filter((f) => !f.includes(`${path.sep}platform${path.sep}`))) {
    const text = read(file);
    if (reached(text).size === 0) continue;
    const exported = [...text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1] as string);
    if (!exported.some((name) => name in SHARED_HELPERS)) unlisted.push(`${file} (exports ${exported.join(', ') || 'nothing'})`);
  }
  expect(unlisted).toEqual([]);
});

test('docs/deploy.md names every function with openapi permissions', () => {
  const deploy = read('docs/deploy.md');
  for (const fn of FUNCTIONS) {
    const granted: string[] = JSON.parse(read(`cloudfunctions/${fn}/config.json`)).permissions?.openapi ?? [];
    if (granted.length > 0) expect({ fn, listed: deploy.includes(`\`${fn}\``) }).toEqual({ fn, listed: true });
  }
});
