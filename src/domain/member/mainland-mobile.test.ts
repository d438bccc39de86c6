import { isMainlandMobile } from './mainland-mobile';

test('11 digits starting 13–19 are mobile numbers; anything else is not', () => {
  expect(['13800138000', '19912345678', '15000000000'].every(isMainlandMobile)).toBe(true);
  for (const bad of ['12800138000', '10000000000', '1380013800', '138001380001', '+8613800138000', '138-0013-8000', '', '2380013800a']) {
    expect(isMainlandMobile(bad)).toBe(false);
  }
});
