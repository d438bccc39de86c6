import { stableId } from '../scenes/scene-id';

/** A group's id comes from its leader's order, so retrying the open finds the same group. */
export const groupIdFor = (leaderOrderId: string) => 'G' + stableId(['group', leaderOrderId], 16);
