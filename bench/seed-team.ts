import type { UserDoc } from '../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../cloudfunctions/shared/kernel/store/collections';
import type { Store } from '../cloudfunctions/shared/kernel/store/store';
import { insertNewUserIn, newUserDoc } from '../cloudfunctions/shared/flows/users/ensure-user';

/**
 * A team of `size` users below `rootId`, seeded straight into the store (as a shop that grew would hold them): a
 * tenth of them direct members of the root, the rest under those, each with a consistent materialized upline and a
 * bind time one second after the previous one. Returns the members in bind order. Tests and benches of big teams use
 * it; everything they then do goes through the handlers.
 */
export async function seedTeam(store: Store, rootId: string, size: number, startMs: number, prefix = 'team'): Promise<string[]> {
  const root = await store.get(COLLECTIONS.users, rootId);
  if (!root) throw new Error(`seedTeam: no root ${rootId}`);
  const direct = Math.max(1, Math.ceil(size / 10));
  const ids: string[] = [];
  await store.runTransaction(async (tx) => {
    await tx.update(COLLECTIONS.users, rootId, {}, { hasTeam: true });
    for (let i = 0; i < size; i++) {
      const parent = i < direct ? root : { _id: ids[i % direct] as string, upline: [rootId, ...root.upline] };
      const user: UserDoc = {
        ...newUserDoc(`${prefix}_${i}`, `团队成员${i}`, new Date(startMs)),
        superiorId: parent._id,
        upline: [parent._id, ...parent.upline],
        boundAt: new Date(startMs + i * 1000).toISOString(),
        bindSource: 'scene',
        hasTeam: i < direct && size > direct,
      };
      await insertNewUserIn(tx, user);
      ids.push(user._id);
    }
  });
  return ids;
}
