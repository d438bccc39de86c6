import { stableId } from '../shared/flows/scenes/scene-id';

/** A shop's public id, derived from its owner: stable across edits, and no openid in any link or page param. */
export function shopIdFor(ownerId: string): string {
  return stableId(['shop', ownerId], 12);
}
