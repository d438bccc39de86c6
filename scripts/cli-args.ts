/**
 * The flags the live-environment scripts share: `--env <id>` (or `--env=<id>`) names the CloudBase environment, and
 * the Tencent Cloud API key comes only from the environment (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY, plus
 * TENCENTCLOUD_SESSIONTOKEN for a temporary key) — never from a file or an argument that lands in shell history.
 */
export interface CliArgs {
  envId: string | null;
  flags: Set<string>;
  /** What is left after the flags, in order (e.g. the openid of owner:set). */
  positional: string[];
}

const ENV_ID = /^[A-Za-z0-9_-]{4,64}$/;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const flags = new Set<string>();
  const positional: string[] = [];
  let envId: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--env') envId = argv[++i] ?? '';
    else if (arg.startsWith('--env=')) envId = arg.slice('--env='.length);
    else if (arg.startsWith('--')) flags.add(arg);
    else positional.push(arg);
  }
  if (envId !== null && !ENV_ID.test(envId)) throw new Error(`--env 需要云开发环境 ID（字母、数字、_、-），收到「${envId}」`);
  return { envId, flags, positional };
}

export interface Credentials {
  secretId: string;
  secretKey: string;
  token?: string;
}

export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials {
  const secretId = env.TENCENTCLOUD_SECRETID;
  const secretKey = env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey) {
    throw new Error('缺少腾讯云 API 密钥：请先 export TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=…（见 docs/deploy.md 第 0 步）');
  }
  return { secretId, secretKey, ...(env.TENCENTCLOUD_SESSIONTOKEN ? { token: env.TENCENTCLOUD_SESSIONTOKEN } : {}) };
}
