import { DomainError, isDomainError } from './domain-error';

describe('DomainError', () => {
  it('carries its code, message and name', () => {
    const e = new DomainError('MONEY.INVALID_AMOUNT', '金额不对');
    expect(e.code).toBe('MONEY.INVALID_AMOUNT');
    expect(e.message).toBe('金额不对');
    expect(e.name).toBe('DomainError');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(DomainError);
  });

  it('is told apart from bugs by isDomainError', () => {
    expect(isDomainError(new DomainError('X.Y', '错误'))).toBe(true);
    expect(isDomainError(new Error('bug'))).toBe(false);
    expect(isDomainError({ code: 'X.Y', message: '伪造' })).toBe(false);
    expect(isDomainError(undefined)).toBe(false);
  });
});
