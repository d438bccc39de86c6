import fs from 'node:fs';
import path from 'node:path';
import { CloudbaseStore } from '../cloudfunctions/shared/kernel/store/cloudbase-store';
import { EmbeddedStore } from '../cloudfunctions/shared/kernel/store/embedded-store';
import type { Store } from '../cloudfunctions/shared/kernel/store/store';
import { credentialsFromEnv, type CliArgs, type Credentials } from './cli-args';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports -- the CloudBase SDK ships loose types and loads only when a live env is named */

export interface CliStoreDeps {
  /** The live environment's database; tests hand in the CloudBase fake. */
  liveDatabase?: (envId: string, credentials: Credentials) => any;
  dataDir?: string;
}

/**
 * A live environment's database from a laptop: @cloudbase/node-sdk initialised with the API key and the env id,
 * through wx-server-sdk's database layer (wx-server-sdk is that same node-sdk plus the `{ data }` document API the
 * functions use), so the CloudbaseStore here is byte for byte the deployed functions' store.
 */
function connectLive(envId: string, credentials: Credentials): any {
  const sdk = require('wx-server-sdk');
  const cloud = sdk.createNewInstance({ env: envId, secretId: credentials.secretId, secretKey: credentials.secretKey, ...(credentials.token ? { sessionToken: credentials.token } : {}) });
  return cloud.database();
}

/** `--env <id>`: the live environment through the production store adapter; otherwise the local database. */
export function openCliStore(args: CliArgs, deps: CliStoreDeps = {}): { store: Store; where: string } {
  if (args.envId) {
    const database = (deps.liveDatabase ?? connectLive)(args.envId, credentialsFromEnv());
    return { store: new CloudbaseStore(database), where: `云开发环境 ${args.envId}` };
  }
  const dataDir = deps.dataDir ?? path.resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
  fs.mkdirSync(dataDir, { recursive: true });
  return { store: new EmbeddedStore(path.join(dataDir, 'shop.db')), where: `本地数据库 ${dataDir}` };
}
