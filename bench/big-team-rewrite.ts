import { INLINE_REWRITE_BUDGET, TIMER_REWRITE_BUDGET } from '../cloudfunctions/shared/flows/referral/upline-rewrite-jobs';
import { invokeFunction } from '../server/local-runtime';
import { createNewUser } from '../server/seed/personas';
import { createTestRuntime } from '../tests/support/test-runtime';
import { row, type BenchRow } from './bench-row';
import { CountingStore, totalOps } from './counting-store';
import { seedTeam } from './seed-team';

/** Store operations a bind or staff move may take whatever the team: its own work plus the inline slice of the rewrite. */
const CALL_OPS_BOUND = 3 * INLINE_REWRITE_BUDGET + 100;
/** Store operations one jobs-timer run may take (≈ 2 per member of its slice), and the time it must stay under. */
const RUN_OPS_BOUND = 3 * TIMER_REWRITE_BUDGET + 100;
const RUN_MS_BOUND = 10_000;

/**
 * A leader with `size` team members (seeded), then, through the real handlers: the leader opens a distributor's
 * share code (bindByScene) — the call and its store operations —, the jobs timer until the team's uplines are all
 * rewritten — total time and operations, how many runs, the largest run —, and a staff move of the same leader
 * (rebindUser), whose call is bounded the same way.
 */
export async function bigTeamRewrite(size: number): Promise<BenchRow[]> {
  let counter!: CountingStore;
  const rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) });
  try {
    const leader = await createNewUser(rt);
    await seedTeam(rt.store, leader, size, rt.now().getTime() - 400 * 24 * 3600_000, 'bench_team');
    const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');

    const timed = async <T>(work: () => Promise<T>) => {
      counter.reset();
      const started = performance.now();
      const result = await work();
      return { result, ms: performance.now() - started, ops: totalOps(counter.counts) };
    };
    const bind = await timed(() => rt.ok('referral', 'bindByScene', { scene: code.scene }, leader));

    let runs = 0;
    let totalMs = 0;
    let totalOpsRun = 0;
    let largestOps = 0;
    let largestMs = 0;
    for (let pending = true; pending; runs++) {
      const run = await timed(() => invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' }) as Promise<{ ok: boolean; data: { uplineRewrites: { pending: boolean } } }>);
      if (!run.result.ok) throw new Error('jobs timer failed');
      pending = run.result.data.uplineRewrites.pending;
      totalMs += run.ms;
      totalOpsRun += run.ops;
      largestOps = Math.max(largestOps, run.ops);
      largestMs = Math.max(largestMs, run.ms);
      if (runs > size) throw new Error('the rewrite does not finish');
    }

    const other = await createNewUser(rt);
    await rt.ok('distribution-admin', 'designateDistributor', { userId: other }, 'dev_staff');
    const rebind = await timed(() => rt.ok('distribution-admin', 'rebindUser', { userId: leader, newSuperiorId: other }, 'dev_staff'));

    const area = `big team ${size.toLocaleString('en')}`;
    return [
      row(area, 'bindByScene of the leader: time', bind.ms, 'ms', { max: 2_000 }),
      row(area, 'bindByScene of the leader: store operations', bind.ops, 'ops', { max: CALL_OPS_BOUND }),
      row(area, 'rebindUser of the leader: time', rebind.ms, 'ms', { max: 2_000 }),
      row(area, 'rebindUser of the leader: store operations', rebind.ops, 'ops', { max: CALL_OPS_BOUND }),
      row(area, 'full rewrite by the jobs timer: time', totalMs / 1000, 's'),
      row(area, 'full rewrite by the jobs timer: store operations', totalOpsRun, 'ops'),
      row(area, 'full rewrite: jobs timer runs', runs, 'runs'),
      row(area, 'largest jobs timer run: store operations', largestOps, 'ops', { max: RUN_OPS_BOUND }),
      row(area, 'largest jobs timer run: time', largestMs, 'ms', { max: RUN_MS_BOUND }),
    ];
  } finally {
    await rt.close();
  }
}
