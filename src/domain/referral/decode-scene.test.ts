import fc from 'fast-check';
import { decodeScene } from './decode-scene';

describe('decodeScene', () => {
  it('decodes what WeChat encodes, exactly once', () => {
    expect(decodeScene('id%3D12%26s%3DAB')).toBe('id=12&s=AB');
    expect(decodeScene('ABCdef123')).toBe('ABCdef123');
  });

  it('is no scene when empty, badly encoded outside the alphabet, or too long', () => {
    expect(decodeScene(undefined)).toBeNull();
    expect(decodeScene('')).toBeNull();
    expect(decodeScene('%E4%BD%A0')).toBeNull(); // 你
    expect(decodeScene('%')).toBeNull();
    expect(decodeScene('A'.repeat(33))).toBeNull();
  });

  it('round-trips every valid scene through URL encoding', () => {
    const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$&'()*+,/:;=?@-._~".split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 32 }), (chars) => {
        const scene = chars.join('');
        expect(decodeScene(encodeURIComponent(scene))).toBe(scene);
      }),
    );
  });
});
