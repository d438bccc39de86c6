import { errorMessage } from '../../src/hooks/use-remote';

/** What a page shows when a load fails: the failure's own Chinese message, never a transport's English. */
const NETWORK = '网络开小差了，请稍后再试';

test('a failed connection reads as a network problem in Chinese', async () => {
  const failure = await fetch('http://127.0.0.1:9/').then(
    () => null,
    (err: unknown) => err,
  );
  expect(failure).not.toBeNull();
  expect(errorMessage(failure)).toBe(NETWORK);
  // The browser's and WeChat's words for the same thing.
  expect(errorMessage(new TypeError('Failed to fetch'))).toBe(NETWORK);
  expect(errorMessage({ errMsg: 'cloud.callFunction:fail Error: timeout' })).toBe(NETWORK);
  expect(errorMessage(new SyntaxError('Unexpected token < in JSON at position 0'))).toBe(NETWORK);
});

test("a message written for the user is shown as it is", () => {
  expect(errorMessage(new Error('库存不足，请减少购买数量'))).toBe('库存不足，请减少购买数量');
  expect(errorMessage(Object.assign(new Error('订单已关闭'), { code: 'ORDER.CLOSED' }))).toBe('订单已关闭');
});
