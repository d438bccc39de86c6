import { decideBind, type BindRequest } from './decide-bind';

const aBindRequest = (overrides: Partial<BindRequest> = {}): BindRequest => ({
  userId: 'U',
  currentSuperiorId: null,
  sharerId: 'S',
  sharerUpline: [],
  rule: 'FIRST_TOUCH',
  ...overrides,
});

describe('decideBind (first touch)', () => {
  it('binds an unbound user under the sharer and inherits the sharer’s whole upline', () => {
    expect(decideBind(aBindRequest({ sharerUpline: ['P', 'Q', 'R', 'ROOT'] }))).toEqual({
      kind: 'BIND',
      superiorId: 'S',
      upline: ['S', 'P', 'Q', 'R', 'ROOT'],
    });
  });

  it('refuses binding to oneself', () => {
    const decision = decideBind(aBindRequest({ userId: 'A', sharerId: 'A' }));
    expect(decision).toMatchObject({ kind: 'REFUSE', code: 'REFERRAL.SELF' });
  });

  it('refuses a user who already has a superior, even to the same sharer', () => {
    expect(decideBind(aBindRequest({ currentSuperiorId: 'X' }))).toMatchObject({ code: 'REFERRAL.ALREADY_BOUND' });
    expect(decideBind(aBindRequest({ currentSuperiorId: 'S' }))).toMatchObject({ code: 'REFERRAL.ALREADY_BOUND' });
  });

  it('refuses a direct cycle: A ← B, B shares to A', () => {
    const decision = decideBind(aBindRequest({ userId: 'A', sharerId: 'B', sharerUpline: ['A'] }));
    expect(decision).toMatchObject({ kind: 'REFUSE', code: 'REFERRAL.CYCLE' });
  });

  it('refuses a deep cycle: A ← B ← C ← D, D shares to A', () => {
    const decision = decideBind(aBindRequest({ userId: 'A', sharerId: 'D', sharerUpline: ['C', 'B', 'A'] }));
    expect(decision).toMatchObject({ kind: 'REFUSE', code: 'REFERRAL.CYCLE' });
  });

  it('refuses an unbound ancestor far beyond the commission levels', () => {
    // A has no superior but is the root, six levels above the sharer.
    const decision = decideBind(
      aBindRequest({ userId: 'A', currentSuperiorId: null, sharerId: 'G', sharerUpline: ['F', 'E', 'D', 'C', 'B', 'A'] }),
    );
    expect(decision).toMatchObject({ kind: 'REFUSE', code: 'REFERRAL.CYCLE' });
  });

  it('checks self before already-bound, and already-bound before cycle', () => {
    expect(decideBind(aBindRequest({ userId: 'A', sharerId: 'A', currentSuperiorId: 'X' }))).toMatchObject({
      code: 'REFERRAL.SELF',
    });
    expect(
      decideBind(aBindRequest({ userId: 'A', currentSuperiorId: 'X', sharerId: 'B', sharerUpline: ['A', 'X'] })),
    ).toMatchObject({ code: 'REFERRAL.ALREADY_BOUND' });
  });

  it('gives a Chinese message with every refusal', () => {
    const decision = decideBind(aBindRequest({ userId: 'A', sharerId: 'A' }));
    expect(decision.kind === 'REFUSE' && /[\u4e00-\u9fff]/.test(decision.message)).toBe(true);
  });

  it('does not alias the caller’s upline array', () => {
    const sharerUpline = ['P'];
    const decision = decideBind(aBindRequest({ sharerUpline }));
    if (decision.kind !== 'BIND') throw new Error('expected BIND');
    decision.upline.push('Z');
    expect(sharerUpline).toEqual(['P']);
  });
});
