import Taro from '@tarojs/taro';
import { savedLocalOpenid } from './local-identity';

/*
 * What this build's runtime offers, asked for by pages in words of what they need. The runtime is fixed when the
 * bundle is built (Taro replaces TARO_ENV), so the branch not taken drops out of each bundle. Only src/services
 * reads TARO_ENV (tests/architecture/runtime-in-services.test.ts).
 */

/** WeChat hands a share card to a chat (a share button, the ··· menu); the card must already carry the sharer's scene. */
export const sharesToChat = (): boolean => process.env.TARO_ENV === 'weapp';

/** WeChat's own 公众号 follow component (it shows for scan scenes); a browser gets the account's QR image instead. */
export const rendersOfficialAccount = (): boolean => process.env.TARO_ENV === 'weapp';

/** A camera scanner for codes (the counter's 扫码). */
export const scansCodes = (): boolean => process.env.TARO_ENV === 'weapp';

/** Files come from a WeChat chat (a phone keeps none elsewhere); the browser opens its own file picker. */
export const choosesFilesFromChat = (): boolean => process.env.TARO_ENV === 'weapp';

/** The local build has no WeChat cashier: an order is paid on the simulated pay page. */
export const paysOnSimulatedPage = (): boolean => process.env.TARO_ENV === 'h5';

/** The local build can switch between the demo identities (the persona page). */
export const switchesLocalIdentity = (): boolean => process.env.TARO_ENV === 'h5';

/** H5: each page is its own stacking context under the tab bar, so a bottom sheet mounts on <body>. */
export const overlayPortal = (): (() => HTMLElement) | null => (process.env.TARO_ENV === 'h5' ? () => document.body : null);

/** A browser opens a file link itself; the mini program cannot, so the link is copied for a browser. */
export const opensFileLinks = (): boolean => process.env.TARO_ENV === 'h5';

/** Opens a finished file in a new browser tab, or copies its link where no browser is at hand. */
export async function openFileLink(url: string): Promise<'opened' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank');
    return 'opened';
  }
  await Taro.setClipboardData({ data: url });
  return 'copied';
}

/**
 * Shows or hides the admin tab for staff. The mini program's custom tab bar reads the role itself; Taro H5 has no
 * custom tab bar and no API to remove an item, so app.scss hides the 5th tab until <html> carries `wfx-staff`.
 */
export function markStaffTab(staff: boolean): void {
  if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('wfx-staff', staff);
}

/** H5: the persona page changes the local identity under the running app; `onChange` runs after each change. */
export function watchLocalIdentity(onChange: () => void): void {
  if (process.env.TARO_ENV !== 'h5') return;
  let loadedFor = savedLocalOpenid();
  Taro.eventCenter.on('__taroRouterChange', () => {
    const now = savedLocalOpenid();
    if (now === loadedFor) return;
    loadedFor = now;
    onChange();
  });
}
