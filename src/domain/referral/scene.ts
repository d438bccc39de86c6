/**
 * The `scene` of wxacode.getUnlimited: at most 32 visible characters from the set WeChat accepts. `%` is left out
 * because WeChat rejects it and because URL-encoding would otherwise change the code's length. The scene is a short
 * server-side code, never the sharer's id itself.
 */
export const SCENE_MAX_LENGTH = 32;

const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

export function isValidScene(s: unknown): s is string {
  return typeof s === 'string' && s.length >= 1 && s.length <= SCENE_MAX_LENGTH && SCENE_PATTERN.test(s);
}
