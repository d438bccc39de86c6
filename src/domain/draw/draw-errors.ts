/**
 * Every reason a lucky draw (幸运抽奖) or its staff settings are refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const DRAW_ERRORS = {
  INVALID: { code: 'DRAW.INVALID', message: '抽奖设置不正确' },
  PRIZE_OVER_CAP: { code: 'DRAW.PRIZE_OVER_CAP', message: '奖品价值超过 ¥50,000，依法不得作为抽奖奖品' },
  NOT_FOUND: { code: 'DRAW.NOT_FOUND', message: '活动不存在' },
  NOT_OPEN: { code: 'DRAW.NOT_OPEN', message: '活动未开始或已结束' },
  NO_CHANCE: { code: 'DRAW.NO_CHANCE', message: '今天的抽奖机会已用完（签到或下单可获得机会）' },
  BUSY: { code: 'DRAW.BUSY', message: '抽奖的人太多了，请重试' },
} as const;
