import { expireActivities } from '../shared/activities/expire-activities';
import { timerOnly } from '../shared/handler/timer-only';

/** 活动到期: expires unfilled groups (refunding every member) and bargains. Clients cannot invoke it. */
export const activityTimerHandler = timerOnly('activity-timer', expireActivities);
