import { campaignLifecycle } from './campaign-lifecycle';

describe('campaignLifecycle', () => {
  it('stops and resumes', () => {
    expect(campaignLifecycle.can('ACTIVE', 'STOPPED')).toBe(true);
    expect(campaignLifecycle.can('STOPPED', 'ACTIVE')).toBe(true);
    expect(campaignLifecycle.can('ACTIVE', 'ACTIVE')).toBe(false);
  });
});
