import type { WithdrawalMethod } from '../../../src/domain/distribution/distribution-policy';
import type { Fen } from '../../../src/domain/money/fen';

/** What the functions need from WeChat that has a local stand-in. Only this folder knows the SDKs. */
export interface Platform {
  readonly mode: 'local' | 'wechat';
  /** Renders the mini-program code image for a scene and page; returns a URL (or cloud file id) to show it. */
  renderCode(input: { scene: string; page: string }): Promise<string>;
  /** Local mode: the H5 URL a code opens. Null in WeChat, where the code opens the mini program itself. */
  h5UrlFor(input: { scene: string; page: string }): string | null;
  /**
   * Pays a withdrawal out. Must be idempotent by `transferId` (`<withdrawalId>-<attempt>`): the same id sent again
   * returns the first outcome and never pays twice, so a crashed or repeated payout may simply be re-sent.
   * Runs outside any transaction; the caller records the outcome afterwards.
   */
  transfer(input: TransferInput): Promise<TransferResult>;
}

export interface TransferInput {
  transferId: string;
  /** The payee's openid (WeChat change pays it directly). */
  openid: string;
  /** Amount after the fee: what the payee receives. */
  netFen: Fen;
  method: WithdrawalMethod;
  /** Bank card / account / real name as the distributor entered it. */
  account: string;
}

export type TransferResult = { ok: true; channelRef: string } | { ok: false; reason: string };
