import { isValidScene } from './scene';

/**
 * The scene a page was opened with. WeChat hands a mini-program code's scene to the page URL-encoded (and Taro
 * passes it through), so it is decoded exactly once; anything outside WeChat's scene alphabet is no scene at all.
 */
export function decodeScene(raw: string | undefined): string | null {
  if (!raw) return null;
  let scene = raw;
  try {
    scene = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: use it as it came.
  }
  return isValidScene(scene) ? scene : null;
}
