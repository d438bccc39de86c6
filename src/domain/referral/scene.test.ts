import { isValidScene, SCENE_MAX_LENGTH } from './scene';

describe('isValidScene', () => {
  it.each(['a', 'Ab9', "!#$&'()*+,/:;=?@-._~", 'x'.repeat(SCENE_MAX_LENGTH), 's=Q7x2&p=1'])('accepts %p', (s) => {
    expect(isValidScene(s)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['33 chars', 'x'.repeat(SCENE_MAX_LENGTH + 1)],
    ['percent', 'a%20b'],
    ['space', 'a b'],
    ['Chinese', '分享'],
    ['newline', 'ab\n'],
    ['backslash', 'a\\b'],
    ['quote', 'a"b'],
  ])('refuses %s', (_, s) => {
    expect(isValidScene(s)).toBe(false);
  });

  it.each([undefined, null, 123, {}, ['a']])('refuses non-string %p', (s) => {
    expect(isValidScene(s)).toBe(false);
  });

  it('allows exactly 32 characters', () => {
    expect(SCENE_MAX_LENGTH).toBe(32);
  });
});
