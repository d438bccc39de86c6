import { applicationState, fromApplicationForm } from '../../src/components/distributor-join/application-form';
import { createNewUser } from '../../server/seed/personas';
import { OWNER, savePolicy } from '../support/distribution-steps';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * Application mode (申请审核): 成为分销商 opens the application form; what the form sends is what the server stores for
 * review, and the applicant sees the review state and staff's note — through the real handlers.
 */
let rt: TestRuntime;
beforeEach(async () => {
  rt = await createTestRuntime();
  await savePolicy(rt, { qualification: { kind: 'APPLICATION' } });
});
afterEach(() => rt.close());

const panelOf = (openid: string) => rt.ok('distributor', 'getMyPanel', {}, openid);

test('the form says what to fix before sending, in Chinese', () => {
  expect(fromApplicationForm({ realName: ' ', phone: '13800138000', reason: '分享好物' })).toEqual({ problem: '请填写真实姓名' });
  expect(fromApplicationForm({ realName: '赵申请', phone: '1380013800', reason: '分享好物' })).toEqual({ problem: '请填写 11 位手机号' });
  expect(fromApplicationForm({ realName: '赵申请', phone: '13800138000', reason: '' })).toEqual({ problem: '请填写申请理由' });
  expect(fromApplicationForm({ realName: ' 赵申请 ', phone: '138 0013 8000', reason: ' 分享好物 ' })).toEqual({ application: { realName: '赵申请', phone: '13800138000', reason: '分享好物' } });
});

test('apply, see it under review, be rejected with a note, apply again, be approved', async () => {
  const shopper = await createNewUser(rt);
  expect(applicationState(await panelOf(shopper))).toEqual({ kind: 'FORM', note: null });

  const built = fromApplicationForm({ realName: '赵申请', phone: '13700001111', reason: '常给朋友推荐水果' });
  if ('problem' in built) throw new Error(built.problem);
  await rt.ok('distributor', 'becomeDistributor', built, shopper);
  expect(applicationState(await panelOf(shopper))).toMatchObject({ kind: 'APPLIED' });

  await rt.ok('distribution-admin', 'reviewApplication', { userId: shopper, approve: false, note: '请补充常用手机号' }, OWNER);
  expect(applicationState(await panelOf(shopper))).toEqual({ kind: 'FORM', note: '请补充常用手机号' });

  await rt.ok('distributor', 'becomeDistributor', built, shopper);
  await rt.ok('distribution-admin', 'reviewApplication', { userId: shopper, approve: true }, OWNER);
  expect(applicationState(await panelOf(shopper))).toEqual({ kind: 'DISTRIBUTOR' });
});

test('outside application mode the button admits at once, with no form', async () => {
  await savePolicy(rt, { qualification: { kind: 'UNCONDITIONAL' } });
  const shopper = await createNewUser(rt);
  expect(applicationState(await panelOf(shopper))).toEqual({ kind: 'JOIN' });
});
