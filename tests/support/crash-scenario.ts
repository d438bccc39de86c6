import { FaultyStore } from './faulty-store';
import { expectLedgerClean } from './money-flow';
import { createTestRuntime, type TestRuntime } from './test-runtime';

/** One operation to crash at each of its writes: how to set it up, try it, and read the end state. */
export interface CrashScenario<C> {
  name: string;
  setup(rt: TestRuntime): Promise<C>;
  /** One attempt; may fail anywhere. */
  attempt(rt: TestRuntime, c: C): Promise<void>;
  /** What the end state must show (also run on the crash-free baseline). */
  check(rt: TestRuntime, c: C): Promise<unknown>;
}

/**
 * Runs the scenario on a fresh shop, crashing the `crashAt`-th write of the attempt (null: no crash), then retrying
 * as the platform or the user would (`retries` attempts after the crash), and returns how many writes the attempt
 * made and the end state, after checking the ledger is clean.
 */
export async function runWithCrashAt<C>(scenario: CrashScenario<C>, crashAt: number | null, retries: 1 | 2 = 1): Promise<{ writes: number; outcome: unknown }> {
  let faulty!: FaultyStore;
  const rt = await createTestRuntime({ wrapStore: (s) => (faulty = new FaultyStore(s)) });
  try {
    const c = await scenario.setup(rt);
    const before = faulty.writes;
    if (crashAt !== null) {
      faulty.failAt = before + crashAt;
      await scenario.attempt(rt, c).catch(() => undefined);
      faulty.failAt = null;
      if (retries === 2) await scenario.attempt(rt, c).catch(() => scenario.attempt(rt, c));
      else await scenario.attempt(rt, c);
    } else {
      await scenario.attempt(rt, c);
    }
    const outcome = await scenario.check(rt, c);
    await expectLedgerClean(rt);
    return { writes: faulty.writes - before, outcome };
  } finally {
    await rt.close();
  }
}
