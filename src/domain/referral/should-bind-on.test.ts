import { shouldBindOn } from './should-bind-on';

describe('shouldBindOn', () => {
  it('binds on opening under OPEN, and only records the touch under FIRST_ORDER', () => {
    expect(shouldBindOn('OPEN', 'OPEN')).toBe(true);
    expect(shouldBindOn('OPEN', 'FIRST_ORDER')).toBe(false);
    expect(shouldBindOn('FIRST_ORDER', 'OPEN')).toBe(false);
    expect(shouldBindOn('FIRST_ORDER', 'FIRST_ORDER')).toBe(true);
  });
});
