/**
 * `npm run deploy`: bundles the cloud functions and deploys them with the CloudBase CLI (`tcb`) as cloudbaserc.json
 * describes (runtime, timeouts, env, timer triggers). The CLI is not a project dependency: it is installed once on
 * the deploying machine. Every console step that cannot be scripted is in docs/deploy.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tcb = spawnSync('tcb', ['--version'], { encoding: 'utf8' });
if (tcb.error || tcb.status !== 0) {
  console.error(
    [
      '未找到 CloudBase CLI（tcb）。请先安装并登录：',
      '  npm install -g @cloudbase/cli',
      '  tcb login',
      '然后在项目根目录创建 .env（不要提交）：',
      '  ENV_ID=你的云开发环境 ID',
      '  WX_SUB_MCH_ID=云开发控制台已绑定的微信支付商户号',
      '完整步骤见 docs/deploy.md。',
    ].join('\n'),
  );
  process.exit(1);
}
if (!fs.existsSync(path.join(ROOT, '.env'))) {
  console.error('缺少 .env（ENV_ID、WX_SUB_MCH_ID），见 docs/deploy.md 第 2 步。');
  process.exit(1);
}
run('npx', ['tsx', 'config/build-functions.ts']);
// Without a name the CLI deploys every function in cloudbaserc.json; --force replaces the code and config online.
run('tcb', ['fn', 'deploy', '--force', ...process.argv.slice(2)]);
console.log('云函数已部署。小程序代码：npm run build:weapp 后用微信开发者工具上传（见 docs/deploy.md）。');
