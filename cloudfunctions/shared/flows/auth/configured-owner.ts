/**
 * The first owner of a fresh shop: the openid in WFX_OWNER_OPENID (an environment variable of the `staff`
 * function in production, of the local server locally). Read per call so tests and deploys can set it.
 */
export function configuredOwnerOpenid(): string | null {
  const value = process.env.WFX_OWNER_OPENID?.trim();
  return value ? value : null;
}
