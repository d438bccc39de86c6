import { bargainLifecycle } from './bargain-lifecycle';

describe('bargainLifecycle', () => {
  it('lets a bargain be bought while open or floored, and hands it back when the order goes', () => {
    expect(bargainLifecycle.can('OPEN', 'BOUGHT')).toBe(true);
    expect(bargainLifecycle.can('FLOORED', 'BOUGHT')).toBe(true);
    expect(bargainLifecycle.can('BOUGHT', 'FLOORED')).toBe(true);
    expect(bargainLifecycle.can('BOUGHT', 'EXPIRED')).toBe(false);
    expect(bargainLifecycle.can('FLOORED', 'OPEN')).toBe(false);
  });
  it('ends only by expiring', () => {
    expect(bargainLifecycle.terminal).toEqual(['EXPIRED']);
    expect(() => bargainLifecycle.assert('EXPIRED', 'OPEN')).toThrow('砍价状态不允许此操作');
  });
});
