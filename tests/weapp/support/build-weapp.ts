import { execSync } from 'node:child_process';
import path from 'node:path';
import { dotenvParse } from '@tarojs/helper';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The environment id the suite's build gets from the shell when no `.env` file names one. */
const TEST_CLOUD_ENV = 'wfx-weapp-test';

/** What the build inlines for `wx.cloud.init`: a `.env` file's TARO_APP_CLOUD_ENV wins, as in config/index.ts. */
export function expectedCloudEnv(): string {
  return dotenvParse(ROOT, 'TARO_APP_', 'production').TARO_APP_CLOUD_ENV ?? TEST_CLOUD_ENV;
}

/**
 * Jest global setup of the weapp project: builds the mini program once (`npm run build:weapp`, the command a
 * merchant runs) before any weapp test loads `dist/weapp`. WFX_WEAPP_BUILT=1 reuses an existing build while
 * iterating on the tests alone.
 */
export default function buildWeapp(): void {
  if (process.env.WFX_WEAPP_BUILT === '1') return;
  execSync('npm run build:weapp', {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production', TARO_APP_CLOUD_ENV: process.env.TARO_APP_CLOUD_ENV ?? TEST_CLOUD_ENV },
  });
}
