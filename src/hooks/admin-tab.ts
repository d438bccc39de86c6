import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { MyRole } from '@/contracts/staff';
import { markStaffTab, watchLocalIdentity } from '@/services/runtime';
import { getMyRole } from '@/services/staff';

/**
 * Who the caller is (owner / staff / shopper), as the server says, and whether the admin tab shows. The tab is only
 * a convenience: every admin action is checked again on the server.
 *
 * How the tab hides per target (Taro 4.2): weapp uses `tabBar.custom` and src/custom-tab-bar, which renders the
 * admin item only for staff (it listens to ROLE_EVENT). H5 declares all five items and hides the 5th by CSS until
 * `markStaffTab` (src/services/runtime.ts) marks the page for staff.
 */
export const ROLE_EVENT = 'wfx:role-changed';

let current: MyRole | null = null;

export const isStaff = (role: MyRole | null): boolean => role !== null && role.role !== 'shopper';

export function currentRole(): MyRole | null {
  return current;
}

export async function refreshRole(): Promise<MyRole | null> {
  try {
    current = await getMyRole();
  } catch {
    current = null;
  }
  markStaffTab(isStaff(current));
  Taro.eventCenter.trigger(ROLE_EVENT, current);
  return current;
}

/** At launch: load the role; in H5 load it again whenever the local identity changed (persona switch). */
export function watchRole(): void {
  watchLocalIdentity(() => void refreshRole());
  void refreshRole();
}

/** The caller's role, re-rendered when it changes. */
export function useMyRole(): MyRole | null {
  const [role, setRole] = useState<MyRole | null>(current);
  useEffect(() => {
    const listener = (r: MyRole | null) => setRole(r);
    Taro.eventCenter.on(ROLE_EVENT, listener);
    setRole(current);
    return () => void Taro.eventCenter.off(ROLE_EVENT, listener);
  }, []);
  return role;
}
