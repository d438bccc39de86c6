import type { BindingDoc } from '../../kernel/docs/docs';

/**
 * The record of one bind or rebind (who, from, to, source, time). Its id is the user plus the tree version the
 * change was made from: a re-run transaction reads the same version and writes the same record (a no-op), while a
 * later rebind starts from a higher version and adds a new one.
 */
export function bindingRecord(input: {
  userId: string;
  fromVersion: number;
  fromSuperiorId: string | null;
  toSuperiorId: string | null;
  source: BindingDoc['source'];
  scene: string | null;
  byStaffId?: string | null;
  atIso: string;
}): BindingDoc {
  return {
    _id: `${input.userId}:v${input.fromVersion}`,
    userId: input.userId,
    fromSuperiorId: input.fromSuperiorId,
    toSuperiorId: input.toSuperiorId,
    source: input.source,
    scene: input.scene,
    byStaffId: input.byStaffId ?? null,
    createdAt: input.atIso,
  };
}
