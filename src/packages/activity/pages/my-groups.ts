import Taro from '@tarojs/taro';

const KEY = 'wfx.my-groups';

/** Groups this device opened or joined, newest first: the way back to a group to share it (≤ 10 kept). */
export function readMyGroups(activityId: string): string[] {
  const saved: unknown = Taro.getStorageSync(KEY);
  const all = Array.isArray(saved) ? (saved as Array<{ groupId: string; activityId: string }>) : [];
  return all.filter((g) => g.activityId === activityId).map((g) => g.groupId);
}

export function rememberGroup(groupId: string, activityId: string): void {
  const saved: unknown = Taro.getStorageSync(KEY);
  const all = Array.isArray(saved) ? (saved as Array<{ groupId: string; activityId: string }>) : [];
  Taro.setStorageSync(KEY, [{ groupId, activityId }, ...all.filter((g) => g.groupId !== groupId)].slice(0, 10));
}
