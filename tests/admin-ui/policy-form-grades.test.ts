import { fromPolicyForm, newGradeForm, toPolicyForm } from '../../src/packages/admin/pages/settings/policy-form';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/** The settings form's grades editor: what it submits is what the server stores, and the server's rules still judge it. */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const current = () => rt.ok('distribution-admin', 'getPolicy', {}, 'dev_staff');

test('a grade typed in the form is saved with its rates and ANY / ALL conditions, and reads back the same', async () => {
  const { policy } = await current();
  const form = toPolicyForm(policy);
  const grade = { ...newGradeForm(form), name: '金牌', ratesPercent: ['15', '5.5'], mode: 'ALL' as const, ownSpendYuan: '199.90', orderCount: '3' };
  const built = fromPolicyForm({ ...form, grades: [grade] }, policy);
  if ('problem' in built) throw new Error(built.problem);
  const saved = await rt.ok('distribution-admin', 'updatePolicy', { policy: built.edit, expectedVersion: policy.version }, 'dev_staff');
  expect(saved.policy.grades).toEqual([{ id: 'g1', name: '金牌', weight: 1, ratesBps: [1500, 550], upgrade: { mode: 'ALL', conditions: { ownSpendFen: 19990, orderCount: 3 } } }]);
  expect(toPolicyForm(saved.policy).grades).toEqual([{ ...grade, weight: '1', settledCommissionYuan: '' }]);
});

test('the form names what to fix before sending; the server still refuses what only it can judge', async () => {
  const { policy } = await current();
  const form = toPolicyForm(policy);
  const g1 = { ...newGradeForm(form), name: '银牌', orderCount: '5' };
  expect(fromPolicyForm({ ...form, grades: [{ ...g1, orderCount: '3.5' }] }, policy)).toEqual({ problem: '「银牌」的升级单数请填写整数' });
  expect(fromPolicyForm({ ...form, grades: [{ ...g1, name: ' ' }] }, policy)).toEqual({ problem: '请填写每个分销等级的名称' });
  expect(fromPolicyForm({ ...form, grades: [{ ...g1, ratesPercent: ['1.234', '0'] }] }, policy)).toEqual({ problem: '「银牌」的佣金比例请填写百分比，最多两位小数' });

  const twin = { ...g1, id: 'g2', name: '金牌' };
  const built = fromPolicyForm({ ...form, grades: [g1, twin] }, policy);
  if ('problem' in built) throw new Error(built.problem);
  const res = await rt.call('distribution-admin', 'updatePolicy', { policy: built.edit, expectedVersion: policy.version }, 'dev_staff');
  expect(res).toMatchObject({ ok: false, code: 'DISTRIBUTION.GRADE_WEIGHT_NOT_UNIQUE' });
  const over = fromPolicyForm({ ...form, grades: [{ ...g1, ratesPercent: ['90', '10.01'] }] }, policy);
  if ('problem' in over) throw new Error(over.problem);
  expect(await rt.call('distribution-admin', 'updatePolicy', { policy: over.edit, expectedVersion: policy.version }, 'dev_staff')).toMatchObject({ ok: false, code: 'COMPLIANCE.RATES_OVER_100' });
});
