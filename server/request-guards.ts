import type http from 'node:http';
import net from 'node:net';

/**
 * A local server on a developer's machine is reachable from any web page the developer opens: a page on another site
 * can point its own domain at 127.0.0.1 (DNS rebinding) and read the shop through it, or send a form to /api/dev.
 * These checks keep both out: only requests that name this machine (localhost, an IP address — a rebinding attack needs
 * a domain name — or a host listed in WFX_ALLOWED_HOSTS), and no cross-site calls to the dev routes.
 */
export function isAllowedHost(hostHeader: string | undefined, extraHosts: readonly string[]): boolean {
  if (!hostHeader) return false;
  const host = hostOnly(hostHeader);
  return host === 'localhost' || net.isIP(host) !== 0 || extraHosts.includes(host);
}

/** A browser says where a request comes from: another site's page calling a dev route is refused. */
export function isCrossSite(req: http.IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** `[::1]:10086` → `::1`, `localhost:10086` → `localhost`. */
function hostOnly(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']'));
  const colon = value.lastIndexOf(':');
  return colon > 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

/** Hosts a developer allows besides localhost and IP addresses (e.g. a LAN name for testing on a phone). */
export function allowedHostsFromEnv(value: string | undefined): string[] {
  return (value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
}
