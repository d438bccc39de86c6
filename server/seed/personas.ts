import { randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../../cloudfunctions/shared/kernel/store/store';
import { insertNewUser, newUserDoc, defaultNickname } from '../../cloudfunctions/shared/flows/users/ensure-user';
import type { LocalRuntime } from '../local-runtime';

/** The demo people the local login offers; their openids are fixed so tests and docs can name them. */
export const PERSONAS = [
  { key: 'staff', openid: 'dev_staff', nickname: '王店长', label: '店员（管理后台）', role: 'owner' },
  { key: 'distributor', openid: 'dev_distributor', nickname: '李分享', label: '分销商', role: 'shopper' },
  { key: 'customer', openid: 'dev_customer', nickname: '张顾客', label: '顾客', role: 'shopper' },
] as const;

export async function listPersonas(store: Store): Promise<Array<{ openid: string; nickname: string; label: string }>> {
  const users = await store.find(COLLECTIONS.users, { persona: { $ne: null } }, { limit: 20 });
  const byKey = new Map(users.map((u) => [u.persona, u]));
  return PERSONAS.filter((p) => byKey.has(p.key)).map((p) => ({ openid: p.openid, nickname: byKey.get(p.key)?.nickname ?? p.nickname, label: p.label }));
}

/** "新用户": a brand-new identity, as a first visit from WeChat would bring. */
export async function createNewUser(runtime: LocalRuntime): Promise<string> {
  const openid = `dev_${randomBytes(9).toString('base64url')}`;
  await insertNewUser(runtime.store, newUserDoc(openid, defaultNickname('新用户'), runtime.now()));
  return openid;
}
