/** Exit code for a wrong command line. */
export const EXIT_USAGE = 2;

/** Exit code for data or a file that could not be used. */
export const EXIT_DATA = 1;

/** A failure with a message for stderr and the exit code it ends the process with. */
export class CliError extends Error {
  override name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
