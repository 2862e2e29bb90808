/** An error meant for the user: printed as one Chinese line, never with a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
