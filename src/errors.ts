/** Bad usage or input that stops the run: printed without a stack trace, exit status 2. */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options);
    this.name = 'UserError';
    this.exitCode = options?.exitCode ?? 2;
  }
}

/** A command line that cannot be run as written (unknown option, missing argument): the usage is printed with it. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
