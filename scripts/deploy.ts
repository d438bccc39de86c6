/**
 * `npm run deploy [-- --skip-build]`: bundles the cloud functions and deploys every one of them with the CloudBase
 * CLI (`tcb`), as cloudbaserc.json describes (runtime, timeouts, env, timer triggers). Run from the project root.
 * - The config is first rendered with the CLI's own parser (@cloudbase/toolbox) and `.env`, so a value the CLI would
 *   mangle stops the deploy here instead of half-way.
 * - `tcb fn deploy --all --force --yes` never waits for input (stdin is closed as well), and since the CLI exits 0
 *   even when functions failed, success is read from its summary: every function confirmed, none failed or skipped.
 * The CLI is not a project dependency: it is installed once on the deploying machine. Every console step that
 * cannot be scripted is in docs/deploy.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigParser } from '@cloudbase/toolbox';
import { deployProblem, readDeploySummary } from './tcb-deploy-summary';

const ROOT = process.cwd();
const HERE = path.resolve(__dirname, '..');

function fail(message: string): never {
  console.error(`部署未完成：${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const tcb = spawnSync('tcb', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (tcb.error || tcb.status !== 0) {
    fail(['未找到 CloudBase CLI（tcb）。请先安装并登录：', '  npm install -g @cloudbase/cli', '  tcb login', '完整步骤见 docs/deploy.md。'].join('\n'));
  }
  if (!fs.existsSync(path.join(ROOT, '.env'))) fail('缺少 .env（ENV_ID、WX_SUB_MCH_ID、WX_TEMPLATE_*），见 docs/deploy.md「部署配置」。');

  let functions: Array<{ name: string }>;
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as Record<string, unknown>;
    const rendered = (await ConfigParser.parseRawConfig(raw, ROOT)) as { envId?: string; functions?: Array<{ name: string }> };
    if (!rendered.envId) fail('.env 里没有 ENV_ID。');
    functions = rendered.functions ?? [];
  } catch (error) {
    fail(`CLI 无法用 .env 解析 cloudbaserc.json（${error instanceof Error ? error.message : String(error)}）：.env 的值里不能有引号或反斜杠，见 docs/deploy.md。`);
  }

  if (!process.argv.includes('--skip-build')) {
    const build = spawnSync(process.execPath, [path.join(HERE, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(HERE, 'config', 'build-functions.ts')], { cwd: HERE, stdio: 'inherit' });
    if (build.status !== 0) fail('云函数打包失败。');
  }

  const args = ['fn', 'deploy', '--all', '--force', '--yes'];
  console.log(`$ tcb ${args.join(' ')}`);
  const child = spawn('tcb', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const tee = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString();
    to.write(chunk);
  };
  child.stdout.on('data', tee(process.stdout));
  child.stderr.on('data', tee(process.stderr));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));

  const problem = deployProblem(readDeploySummary(output), functions.length, exitCode);
  if (problem) fail(`${problem}。修正后重新运行 npm run deploy（已部署的函数会被覆盖，可重复执行）。`);
  console.log(`云函数已全部部署（${functions.length} 个）。小程序代码：npm run build:weapp 后用微信开发者工具上传（见 docs/deploy.md）。`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
