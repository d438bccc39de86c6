import { parseYuan } from './parse-yuan';

test('whole yuan, one or two decimals, exact to the 分', () => {
  expect(parseYuan('12')).toBe(1200);
  expect(parseYuan('12.5')).toBe(1250);
  expect(parseYuan(' 0.29 ')).toBe(29);
  expect(parseYuan('7.')).toBe(700);
});

test('anything else is not an amount', () => {
  for (const bad of ['', '-1', '1.234', 'abc', '1e3', '¥5', '1234567890']) expect(parseYuan(bad)).toBeNull();
});
