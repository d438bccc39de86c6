/**
 * `npm run owner:set -- <openid>`: makes a user the shop's owner in the local database (DATA_DIR, default
 * .data/), creating the user if they have not opened the shop yet; audited as done by "cli". The production
 * equivalent is the WFX_OWNER_OPENID environment variable of the `staff` function (see README).
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeOwner } from '../cloudfunctions/shared/auth/make-owner';
import { EmbeddedStore } from '../cloudfunctions/shared/store/embedded-store';

async function main(): Promise<void> {
  const openid = process.argv[2]?.trim();
  if (!openid || !/^[0-9A-Za-z_-]{4,64}$/.test(openid)) {
    console.error('用法：npm run owner:set -- <openid>');
    process.exit(2);
  }
  const dataDir = path.resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
  fs.mkdirSync(dataDir, { recursive: true });
  const store = new EmbeddedStore(path.join(dataDir, 'shop.db'));
  const changed = await makeOwner(store, { now: new Date(), requestId: `cli-${Date.now()}` }, { openid, actorId: 'cli' });
  await store.close();
  console.log(changed ? `已将 ${openid} 设为店主` : `${openid} 已是店主，无需更改`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
