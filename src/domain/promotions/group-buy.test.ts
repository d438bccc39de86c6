import { isDomainError } from '../shared/domain-error';
import {
  assertGroupBuyTransition,
  canTransitionGroupBuy,
  decideGroupExpiry,
  decideGroupJoin,
  groupExpiresAt,
  GROUP_BUY_TRANSITIONS,
  type GroupBuy,
  type GroupBuyStatus,
} from './group-buy';

const NOW = 1_000_000;
const aGroup = (overrides: Partial<GroupBuy> = {}): GroupBuy => ({
  status: 'OPEN',
  requiredMembers: 3,
  memberIds: ['leader'],
  expiresAtMs: NOW + 1,
  ...overrides,
});

describe('group-buy transitions', () => {
  it('allows exactly OPEN → FULL → SUCCEEDED and OPEN → EXPIRED', () => {
    const statuses = Object.keys(GROUP_BUY_TRANSITIONS) as GroupBuyStatus[];
    const allowed = statuses.flatMap((from) => statuses.filter((to) => canTransitionGroupBuy(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(['FULL→SUCCEEDED', 'OPEN→EXPIRED', 'OPEN→FULL']);
  });

  it('throws a domain error on any other move', () => {
    try {
      assertGroupBuyTransition('FULL', 'EXPIRED');
      throw new Error('expected a throw');
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('GROUP_BUY.INVALID_TRANSITION');
    }
  });
});

describe('decideGroupJoin', () => {
  it('keeps the group open until the last place, which fills it', () => {
    expect(decideGroupJoin(aGroup(), 'f1', NOW)).toEqual({ ok: true, nextStatus: 'OPEN' });
    expect(decideGroupJoin(aGroup({ memberIds: ['leader', 'f1'] }), 'f2', NOW)).toEqual({ ok: true, nextStatus: 'FULL' });
  });

  it('refuses a second place, a closed group and a late join', () => {
    expect(decideGroupJoin(aGroup(), 'leader', NOW)).toEqual({ ok: false, reason: 'ALREADY_MEMBER' });
    expect(decideGroupJoin(aGroup({ status: 'FULL' }), 'f1', NOW)).toEqual({ ok: false, reason: 'NOT_OPEN' });
    expect(decideGroupJoin(aGroup(), 'f1', NOW + 1)).toEqual({ ok: false, reason: 'EXPIRED' });
  });
});

describe('decideGroupExpiry', () => {
  it('expires an open group at its deadline and refunds every member', () => {
    expect(decideGroupExpiry(aGroup({ memberIds: ['leader', 'f1'] }), NOW + 1)).toEqual({
      expire: true,
      refundMemberIds: ['leader', 'f1'],
    });
    expect(decideGroupExpiry(aGroup(), NOW)).toEqual({ expire: false });
    expect(decideGroupExpiry(aGroup({ status: 'FULL' }), NOW + 99)).toEqual({ expire: false });
  });
});

describe('groupExpiresAt', () => {
  it('adds whole hours', () => {
    expect(groupExpiresAt(0, 24)).toBe(86_400_000);
    expect(() => groupExpiresAt(0, 0)).toThrow();
  });
});
