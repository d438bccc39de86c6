/** What every cloud function action returns over the wire. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; code: string; message: string; requestId?: string };

/** The request body of every action call (callFunction `data`, or the local gateway's POST body). */
export interface ActionRequest<P = unknown> {
  action: string;
  payload: P;
}

/** Codes any action may return, besides its own area's codes. */
export const COMMON_ERRORS = {
  UNKNOWN_ACTION: 'COMMON.UNKNOWN_ACTION',
  INVALID_PAYLOAD: 'COMMON.INVALID_PAYLOAD',
  INTERNAL: 'COMMON.INTERNAL',
  NO_IDENTITY: 'AUTH.NO_IDENTITY',
  FORBIDDEN: 'AUTH.FORBIDDEN',
  LOCAL_ONLY: 'AUTH.LOCAL_ONLY',
} as const;
