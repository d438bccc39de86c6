import { DEFAULT_DISTRIBUTION_POLICY } from '../../src/domain/distribution/distribution-policy';
import type { PolicyDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { POLICY_DOC_ID } from '../../cloudfunctions/shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

test('the withdrawal form is told exactly the methods and limits the policy allows; a method taken away is refused too', async () => {
  const rules = await rt.ok('commission', 'getWithdrawalRules', {}, 'dev_distributor');
  const { methods, minFen, maxFen, dailyCapFen, feeBps } = DEFAULT_DISTRIBUTION_POLICY.withdrawal;
  expect(rules).toEqual({ methods, minFen, maxFen, dailyCapFen, feeBps });

  const policy = { ...DEFAULT_DISTRIBUTION_POLICY, withdrawal: { ...DEFAULT_DISTRIBUTION_POLICY.withdrawal, methods: ['BANK_CARD' as const] } };
  const doc: PolicyDoc = { _id: POLICY_DOC_ID, policy, updatedBy: null, updatedAt: rt.now().toISOString() };
  if (!(await rt.store.insert(COLLECTIONS.merchant, doc))) await rt.store.update(COLLECTIONS.merchant, POLICY_DOC_ID, {}, { policy });
  expect((await rt.ok('commission', 'getWithdrawalRules', {}, 'dev_distributor')).methods).toEqual(['BANK_CARD']);
  expect(await rt.call('commission', 'quoteWithdrawal', { amountFen: minFen, method: 'WECHAT_CHANGE' }, 'dev_distributor')).toMatchObject({ ok: false, code: 'WITHDRAWAL.METHOD_NOT_ALLOWED' });
});
