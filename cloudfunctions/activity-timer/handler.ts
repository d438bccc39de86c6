import { expireActivities } from '../shared/flows/activities/expire-activities';
import { timerOnly } from '../shared/kernel/handler/timer-only';

/** 活动到期: expires unfilled groups (refunding every member) and bargains. Clients cannot invoke it. */
export const activityTimerHandler = timerOnly('activity-timer', expireActivities);
