/**
 * Local mode only: who the H5 user is. A fresh browser gets a brand-new user, as a first WeChat visit would;
 * the persona page switches to the demo staff, distributor or customer.
 */
const STORAGE_KEY = 'wfx.dev-openid';
let pending: Promise<string> | null = null;

export function getLocalOpenid(): Promise<string> {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved) return Promise.resolve(saved);
  pending ??= createLocalUser().finally(() => (pending = null));
  return pending;
}

/** The local identity if one was chosen already (null before the first call creates one). */
export function savedLocalOpenid(): string | null {
  return window.localStorage.getItem(STORAGE_KEY);
}

export function setLocalOpenid(openid: string): void {
  window.localStorage.setItem(STORAGE_KEY, openid);
}

export async function createLocalUser(): Promise<string> {
  const res = await fetch('/api/dev/new-user', { method: 'POST' });
  const { openid } = (await res.json()) as { openid: string };
  setLocalOpenid(openid);
  return openid;
}

export interface Persona {
  openid: string;
  nickname: string;
  label: string;
}

export async function listPersonas(): Promise<Persona[]> {
  const res = await fetch('/api/dev/personas');
  return ((await res.json()) as { personas: Persona[] }).personas;
}

/**
 * The simulated WeChat Pay confirm button: the server builds a pay notify and runs the real callback. `orderId` may
 * also be a friend's own trade number for the order (找人代付).
 */
export async function simulatePay(orderId: string): Promise<{ errcode: number; errmsg: string }> {
  const res = await fetch('/api/dev/pay', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orderId }),
  });
  return (await res.json()) as { errcode: number; errmsg: string };
}
