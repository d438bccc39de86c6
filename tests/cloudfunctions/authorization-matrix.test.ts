import { PERMISSIONS } from '../../src/contracts/staff';
import { ADMIN_FUNCTIONS, FUNCTIONS } from '../../server/function-registry';
import { adminActions, createAdminFixture, needsOf, SAMPLES, type Fixture, type Needs, type Sample } from '../support/admin-action-samples';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

/**
 * Every action of every admin function (server/function-registry.ts ADMIN_FUNCTIONS), called as a shopper, a
 * distributor, staff without the permission it needs (its row in src/contracts/api/<fn>.ts), staff with only that permission, and the owner. Only the
 * permitted may get past the check (success or a business code); everyone else gets AUTH.FORBIDDEN and the store
 * is unchanged. A new admin action without a row in SAMPLES (tests/support/admin-action-samples.ts) fails the first test.
 */

/** Codes that mean the call never reached the action's own rules: a permitted caller must never get them. */
const NOT_A_BUSINESS_ANSWER = ['AUTH.FORBIDDEN', 'AUTH.NO_IDENTITY', 'COMMON.INVALID_PAYLOAD', 'COMMON.UNKNOWN_ACTION', 'COMMON.INTERNAL'];

test('every admin action has a sample payload and needs a known permission', () => {
  expect(adminActions().filter((key) => !(key in SAMPLES))).toEqual([]);
  expect(Object.keys(SAMPLES).filter((key) => !adminActions().includes(key))).toEqual([]);
});

test('every function named *-admin is listed as an admin function', () => {
  expect(Object.keys(FUNCTIONS).filter((fn) => fn.endsWith('-admin') && !ADMIN_FUNCTIONS.includes(fn))).toEqual([]);
});

describe('authorization matrix', () => {
  let rt: TestRuntime;
  let fx: Fixture;
  const staffWith = new Map<Needs, string>();
  const staffWithout = new Map<Needs, string>();

  beforeAll(async () => {
    rt = await createTestRuntime();
    for (const p of PERMISSIONS) {
      staffWith.set(p, await createStaff(rt, [p]));
      staffWithout.set(p, await createStaff(rt, PERMISSIONS.filter((q) => q !== p)));
    }
    // No permission set reaches owner-only actions: the "without" caller holds every permission.
    staffWithout.set('owner', await createStaff(rt, [...PERMISSIONS]));

    fx = await createAdminFixture(rt);
  }, 60_000);
  afterAll(() => rt?.close());

  test.each(Object.keys(SAMPLES))('%s: only the permitted get past the server-side check', async (key) => {
    const [fn = '', action = ''] = key.split('.');
    const sample = { ...(SAMPLES[key] as Sample), needs: needsOf(key) };
    const forbidden: Array<[string, string]> = [
      ['shopper', 'dev_customer'],
      ['distributor', 'dev_distributor'],
      ['staff without it', staffWithout.get(sample.needs) as string],
    ];
    if (sample.needs === 'owner') forbidden.push(['staff with every permission', staffWithout.get('owner') as string]);

    for (const [who, openid] of forbidden) {
      const before = await snapshotStore(rt.store);
      const res = await rt.call(fn, action, await sample.payload(fx, rt), openid);
      expect({ who, res }).toMatchObject({ who, res: { ok: false, code: 'AUTH.FORBIDDEN' } });
      expect(await snapshotStore(rt.store)).toEqual(before);
    }

    const permitted: Array<[string, string]> = [['owner', 'dev_staff']];
    if (sample.needs !== 'owner') permitted.unshift(['staff with it', staffWith.get(sample.needs) as string]);
    for (const [who, openid] of permitted) {
      const res = await rt.call(fn, action, await sample.payload(fx, rt), openid);
      const code = res.ok ? 'OK' : res.code;
      expect({ who, code }).toEqual({ who, code: expect.not.stringMatching(new RegExp(`^(${NOT_A_BUSINESS_ANSWER.join('|')})$`)) });
    }
  });
});
