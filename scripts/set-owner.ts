/**
 * `npm run owner:set -- [--env <envId>] <openid>`: makes a user the shop's owner, creating the user if they have not
 * opened the shop yet; audited as done by "cli". Locally on DATA_DIR (default .data/); with `--env` on a live
 * CloudBase environment (API key from TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY) through the same store port
 * and the same rule. The other production route is the `staff` function's WFX_OWNER_OPENID (docs/deploy.md).
 */
import { makeOwner } from '../cloudfunctions/shared/flows/auth/make-owner';
import { parseCliArgs } from './cli-args';
import { openCliStore, type CliStoreDeps } from './cli-store';
import { runCommand } from './run-command';

const OPENID = /^[0-9A-Za-z_-]{4,64}$/;

export async function setOwnerCommand(argv: readonly string[], deps: CliStoreDeps & { log?: (line: string) => void; now?: Date } = {}): Promise<number> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const args = parseCliArgs(argv);
  const openid = args.positional[0]?.trim();
  if (!openid || !OPENID.test(openid) || args.positional.length > 1) {
    log('用法：npm run owner:set -- [--env <环境ID>] <openid>');
    return 2;
  }
  const { store, where } = openCliStore(args, deps);
  try {
    const now = deps.now ?? new Date();
    const changed = await makeOwner(store, { now, requestId: `cli-${now.getTime()}` }, { openid, actorId: 'cli' });
    log(changed ? `已将 ${openid} 设为店主（${where}）` : `${openid} 已是店主，无需更改（${where}）`);
    return 0;
  } finally {
    await store.close();
  }
}

if (require.main === module) runCommand((argv) => setOwnerCommand(argv), 1);
