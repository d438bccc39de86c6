/**
 * An expected business failure. The code ("AREA.REASON") survives the wire unchanged so clients can branch on it;
 * the message is Chinese because it is shown to users as is. Bugs are plain Errors and must never use this class.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
    // Keeps instanceof working when the code is down-levelled to ES5 by a bundler.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

/** One error of an area (`src/domain/<area>/<area>-errors.ts`): its code and the Chinese message shown by default. */
export interface ErrorDef {
  readonly code: string;
  readonly message: string;
}

/** The area's error, with a message more specific to the throw site when there is one. */
export const failWith = (error: ErrorDef, message: string = error.message): DomainError => new DomainError(error.code, message);
