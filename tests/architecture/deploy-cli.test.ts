import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigParser } from '@cloudbase/toolbox';
import { SUBSCRIBE_TEMPLATES } from '../../cloudfunctions/shared/kernel/platform/platform';
import { parseTemplateSetting, templateEnvName } from '../../cloudfunctions/shared/kernel/platform/subscribe-template-setting';

/**
 * `npm run deploy` as the CloudBase CLI will see it. The CLI (@cloudbase/cli 2.12) reads cloudbaserc.json through
 * @cloudbase/toolbox's ConfigParser, which pastes `.env` values into the JSON text unescaped; and `tcb fn deploy`
 * exits 0 even when functions failed, so the script must read the CLI's own summary.
 */
const ROOT = path.resolve(__dirname, '..', '..');

/** Every `KEY=value` line of the fenced blocks in docs/deploy.md: the `.env` a merchant writes by following it. */
function envFromDocs(): string {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'deploy.md'), 'utf8');
  const lines: string[] = [];
  for (const block of doc.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) if (/^\s*[A-Z][A-Z0-9_]*=/.test(line)) lines.push(line.trim());
  }
  return lines.join('\n') + '\n';
}

test('cloudbaserc.json renders through the CLI config parser from the .env the docs describe, every value intact', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-rc-'));
  const env = envFromDocs();
  fs.writeFileSync(path.join(dir, '.env'), env);
  const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as { functions: Array<{ name: string; envVariables: Record<string, string> }> };
  const rendered = (await ConfigParser.parseRawConfig(raw, dir)) as { envId: string; functions: Array<{ name: string; envVariables: Record<string, unknown> }> };

  // What dotenv makes of the same file: the values each function must receive unchanged.
  const values = Object.fromEntries(env.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  expect(rendered.envId).toBe(values.ENV_ID);
  for (const fn of rendered.functions) {
    const template = raw.functions.find((f) => f.name === fn.name)!.envVariables;
    for (const [key, ref] of Object.entries(template)) {
      const name = /^\{\{env\.([A-Z0-9_]+)\}\}$/.exec(ref)?.[1];
      expect({ fn: fn.name, key, documented: name !== undefined && name in values }).toEqual({ fn: fn.name, key, documented: true });
      expect({ fn: fn.name, key, value: fn.envVariables[key] }).toEqual({ fn: fn.name, key, value: values[name!] });
    }
  }
  // The documented template lines are in the format the functions read.
  for (const template of SUBSCRIBE_TEMPLATES) expect({ template, setting: parseTemplateSetting(values[templateEnvName(template)]) }).toEqual({ template, setting: expect.objectContaining({ id: expect.any(String) }) });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run deploy with a stand-in tcb', () => {
  /** A project folder as deploy sees it, and a `tcb` on PATH that answers as the real CLI 2.12 does. */
  function project(cliScript: string): { cwd: string; env: NodeJS.ProcessEnv } {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-deploy-'));
    fs.copyFileSync(path.join(ROOT, 'cloudbaserc.json'), path.join(cwd, 'cloudbaserc.json'));
    fs.writeFileSync(path.join(cwd, '.env'), envFromDocs());
    const bin = path.join(cwd, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'tcb'), `#!${process.execPath}\n${cliScript}\n`, { mode: 0o755 });
    return { cwd, env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } };
  }
  const deploy = ({ cwd, env }: { cwd: string; env: NodeJS.ProcessEnv }) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'deploy.ts'), '--skip-build'], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const count = (JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as { functions: unknown[] }).functions.length;
  // The stand-in refuses anything but the non-interactive form, as the real one would sit in its picker.
  const guard = `const a = process.argv.slice(2); if (a[0] === '--version') { console.log('2.12.10'); process.exit(0); }
    if (!(a.includes('--all') && a.includes('--yes') && a.includes('--force'))) { console.log('? 请选择要部署的云函数（空格选择，回车确认）'); process.exit(0); }`;

  test('a CLI that reports failed functions but exits 0 makes deploy fail', () => {
    const run = deploy(project(`${guard}\nconsole.log('✖ ${count} 个云函数部署失败'); process.exit(0);`));
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('部署未完成');
  }, 60_000);

  test('a CLI left at its interactive picker (nothing deployed) makes deploy fail', () => {
    const run = deploy(project(`const a = process.argv.slice(2); if (a[0] === '--version') { console.log('2.12.10'); process.exit(0); }\nconsole.log('? 请选择要部署的云函数（空格选择，回车确认）'); process.exit(0);`));
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('部署未完成');
  }, 60_000);

  test('only a CLI that confirms every function succeeds makes deploy succeed', () => {
    const run = deploy(project(`${guard}\nconsole.log('✔ 成功部署 ${count} 个函数'); process.exit(0);`));
    expect({ status: run.status, out: run.stdout + run.stderr }).toEqual({ status: 0, out: expect.stringContaining(`成功部署 ${count} 个函数`) });
  }, 60_000);
});
