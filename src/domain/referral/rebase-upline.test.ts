import { rebaseUpline } from './rebase-upline';

describe('rebaseUpline', () => {
  it('keeps the chain down to the moved user and replaces everything above it', () => {
    // D ← C ← M ← X(old root); M now hangs under S ← R.
    expect(rebaseUpline(['C', 'M', 'X'], 'M', ['S', 'R'])).toEqual(['C', 'M', 'S', 'R']);
  });

  it('works when the moved user is the direct superior', () => {
    expect(rebaseUpline(['M'], 'M', ['S'])).toEqual(['M', 'S']);
  });

  it('works when the moved user becomes a root again', () => {
    expect(rebaseUpline(['C', 'M', 'X'], 'M', [])).toEqual(['C', 'M']);
  });

  it('does not mutate its inputs', () => {
    const upline = ['C', 'M'];
    const newUpline = ['S'];
    rebaseUpline(upline, 'M', newUpline);
    expect(upline).toEqual(['C', 'M']);
    expect(newUpline).toEqual(['S']);
  });

  it('throws a plain Error when the moved user is not an ancestor', () => {
    expect(() => rebaseUpline(['C', 'B'], 'M', ['S'])).toThrow('not in the descendant');
  });
});
