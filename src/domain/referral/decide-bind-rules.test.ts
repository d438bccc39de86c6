import type { ProtectedBindRule } from './bind-rule';
import { decideBind, type BindRequest } from './decide-bind';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

const aRequest = (overrides: Partial<BindRequest> = {}): BindRequest => ({
  userId: 'U',
  currentSuperiorId: 'OLD',
  sharerId: 'NEW',
  sharerUpline: [],
  rule: 'ALWAYS_OVERRIDE',
  ...overrides,
});

const protectedRule = (protectionDays: number, validityDays: number | null): ProtectedBindRule => ({
  kind: 'PROTECTED',
  protectionDays,
  validityDays,
});

const outcome = (req: BindRequest) => {
  const d = decideBind(req);
  return d.kind === 'BIND' ? 'BIND' : d.code;
};

describe('decideBind (always override)', () => {
  it('lets the latest sharer take a bound user, recording whom they replace', () => {
    expect(decideBind(aRequest({ sharerUpline: ['R'] }))).toEqual({
      kind: 'BIND',
      superiorId: 'NEW',
      upline: ['NEW', 'R'],
      replacesSuperiorId: 'OLD',
    });
  });

  it('binds an unbound user without a "replaces"', () => {
    expect(decideBind(aRequest({ currentSuperiorId: null }))).toEqual({ kind: 'BIND', superiorId: 'NEW', upline: ['NEW'] });
  });

  it('changes nothing when the current superior shares again', () => {
    expect(outcome(aRequest({ sharerId: 'OLD' }))).toBe('REFERRAL.ALREADY_BOUND');
  });

  it('still refuses self and cycles at any depth', () => {
    expect(outcome(aRequest({ sharerId: 'U' }))).toBe('REFERRAL.SELF');
    // A → B → C, then C shares to A: C's upline holds A.
    expect(outcome(aRequest({ userId: 'A', currentSuperiorId: null, sharerId: 'C', sharerUpline: ['B', 'A'] }))).toBe(
      'REFERRAL.CYCLE',
    );
    expect(outcome(aRequest({ userId: 'A', currentSuperiorId: 'X', sharerId: 'C', sharerUpline: ['B', 'A', 'X'] }))).toBe(
      'REFERRAL.CYCLE',
    );
  });
});

describe('decideBind (protection period + validity)', () => {
  const rule = protectedRule(15, 30);
  const at = (days: number, ms = 0) => aRequest({ rule, boundAt: T0, now: T0 + days * DAY + ms });

  it('refuses every other sharer during the protection period', () => {
    expect(outcome(at(0))).toBe('REFERRAL.PROTECTED');
    expect(outcome(at(15, -1))).toBe('REFERRAL.PROTECTED');
  });

  it('lets another sharer take the user after protection, before validity ends', () => {
    expect(decideBind(at(15))).toMatchObject({ kind: 'BIND', superiorId: 'NEW', replacesSuperiorId: 'OLD' });
    expect(outcome(at(30, -1))).toBe('BIND');
  });

  it('keeps the binding unchanged when the current superior shares again before it lapses', () => {
    expect(outcome({ ...at(20), sharerId: 'OLD' })).toBe('REFERRAL.ALREADY_BOUND');
  });

  it('treats a lapsed binding as none: anyone binds, the old superior included (a fresh binding)', () => {
    expect(outcome(at(30))).toBe('BIND');
    expect(decideBind({ ...at(31), sharerId: 'OLD' })).toMatchObject({ kind: 'BIND', superiorId: 'OLD' });
  });

  it('with permanent validity, allows taking over after protection and never lapses', () => {
    const forever = protectedRule(15, null);
    expect(outcome(aRequest({ rule: forever, boundAt: T0, now: T0 + 14 * DAY }))).toBe('REFERRAL.PROTECTED');
    expect(outcome(aRequest({ rule: forever, boundAt: T0, now: T0 + 10_000 * DAY }))).toBe('BIND');
    expect(outcome(aRequest({ rule: forever, boundAt: T0, now: T0 + 10_000 * DAY, sharerId: 'OLD' }))).toBe(
      'REFERRAL.ALREADY_BOUND',
    );
  });

  it('accepts ISO strings for boundAt and now', () => {
    const req = aRequest({ rule, boundAt: '2024-01-01T00:00:00Z', now: '2024-01-10T00:00:00+08:00' });
    expect(outcome(req)).toBe('REFERRAL.PROTECTED');
  });

  it('binds an unbound user without needing any time', () => {
    expect(outcome(aRequest({ rule, currentSuperiorId: null }))).toBe('BIND');
  });

  it('treats a missing clock for a bound user as a bug', () => {
    expect(() => decideBind(aRequest({ rule }))).toThrow('boundAt and now');
  });

  it('still refuses a cycle after protection', () => {
    expect(outcome({ ...at(20), sharerUpline: ['U'] })).toBe('REFERRAL.CYCLE');
  });
});

describe('decideBind (only new users)', () => {
  it('refuses a user the caller judges not new, whatever the rule', () => {
    for (const rule of ['FIRST_TOUCH', 'ALWAYS_OVERRIDE'] as const) {
      expect(outcome(aRequest({ rule, currentSuperiorId: null, onlyNewUsers: true, isNewUser: false }))).toBe(
        'REFERRAL.NOT_NEW_USER',
      );
      expect(outcome(aRequest({ rule, currentSuperiorId: null, onlyNewUsers: true, isNewUser: true }))).toBe('BIND');
    }
  });

  it('refuses rebinding an old user whose binding lapsed', () => {
    const req = aRequest({ rule: protectedRule(1, 2), boundAt: T0, now: T0 + 3 * DAY, onlyNewUsers: true, isNewUser: false });
    expect(outcome(req)).toBe('REFERRAL.NOT_NEW_USER');
  });

  it('says "already bound" or "protected" before "not new", and "not new" before "cycle"', () => {
    expect(outcome(aRequest({ rule: 'FIRST_TOUCH', onlyNewUsers: true, isNewUser: false }))).toBe('REFERRAL.ALREADY_BOUND');
    expect(
      outcome(aRequest({ rule: protectedRule(5, null), boundAt: T0, now: T0, onlyNewUsers: true, isNewUser: false })),
    ).toBe('REFERRAL.PROTECTED');
    expect(
      outcome(aRequest({ currentSuperiorId: null, sharerUpline: ['U'], onlyNewUsers: true, isNewUser: false })),
    ).toBe('REFERRAL.NOT_NEW_USER');
  });

  it('ignores isNewUser when the option is off, and needs it when on', () => {
    expect(outcome(aRequest({ currentSuperiorId: null, isNewUser: false }))).toBe('BIND');
    expect(() => decideBind(aRequest({ currentSuperiorId: null, onlyNewUsers: true }))).toThrow('isNewUser');
  });

  it('gives a Chinese message with the new refusals', () => {
    const d = decideBind(aRequest({ currentSuperiorId: null, onlyNewUsers: true, isNewUser: false }));
    expect(d.kind === 'REFUSE' && /[\u4e00-\u9fff]/.test(d.message)).toBe(true);
  });
});
