import { isDomainError } from './domain-error';

/** The error code a call throws (a plain error as `plain:<message>`), or undefined when it returns: for tests. */
export function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isDomainError(e) ? e.code : `plain:${String(e)}`;
  }
  return undefined;
}
