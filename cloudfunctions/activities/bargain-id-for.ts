import { stableId } from '../shared/flows/scenes/scene-id';

/** One bargain per user and activity: its id comes from both, so starting again finds the same bargain. */
export const bargainIdFor = (activityId: string, starterId: string) => 'B' + stableId(['bargain', activityId, starterId], 16);
