import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLocalPlatform } from '../cloudfunctions/shared/kernel/platform/local-platform';
import { EmbeddedStore } from '../cloudfunctions/shared/kernel/store/embedded-store';
import { consoleLogger, type Logger } from '../cloudfunctions/shared/kernel/context';
import { createGateway } from './create-gateway';
import type { LocalRuntime } from './local-runtime';
import { runTimers } from './run-timers';
import { seedDemoData } from './seed/seed-demo-data';

export interface LocalServerOptions {
  port: number;
  dataDir: string;
  /** ':memory:' for tests; defaults to `<dataDir>/shop.db`. */
  databaseFile?: string;
  h5Dir: string | null;
  mode?: 'local' | 'production';
  seed?: boolean;
  /** How often the timer functions run; 0 disables (tests run them on demand). Default one minute. */
  timerIntervalMs?: number;
  log?: Logger;
  now?: () => Date;
}

export interface LocalServer {
  url: string;
  runtime: LocalRuntime;
  close(): Promise<void>;
}

/** The whole shop on one port: embedded database (migrated, seeded when empty), function gateway, H5 files. */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const store = new EmbeddedStore(options.databaseFile ?? path.join(options.dataDir, 'shop.db'));
  const now = options.now ?? (() => new Date());
  const publicBaseUrl = { value: '' };
  const runtime: LocalRuntime = {
    store,
    now,
    log: options.log ?? consoleLogger,
    platform: createLocalPlatform({
      dataDir: options.dataDir,
      // The QR content must point at this server, whatever port it ended up on.
      get publicBaseUrl() {
        return publicBaseUrl.value;
      },
    }),
  };
  if (options.seed !== false) await seedDemoData(store, options.dataDir, now());

  const server = createGateway({ runtime, mode: options.mode ?? 'local', dataDir: options.dataDir, h5Dir: options.h5Dir });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const intervalMs = options.timerIntervalMs ?? 60_000;
  const timer = intervalMs > 0 ? setInterval(() => void runTimers(runtime).catch((e: unknown) => runtime.log.error('timer failed', { error: String(e) })), intervalMs) : null;
  timer?.unref();
  publicBaseUrl.value = `http://localhost:${port}`;
  return {
    url: publicBaseUrl.value,
    runtime,
    close: async () => {
      if (timer) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
