import { uplineJobLifecycle } from './upline-job-lifecycle';

describe('uplineJobLifecycle', () => {
  it('finishes once', () => {
    expect(uplineJobLifecycle.can('PENDING', 'DONE')).toBe(true);
    expect(uplineJobLifecycle.can('DONE', 'PENDING')).toBe(false);
  });
});
