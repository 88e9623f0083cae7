/**
 * Errors meant for the user as they are: one line (or a few), no stack, and the exit code the
 * command ends with. Anything else that escapes a command is a bug and is printed with its stack.
 */

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = new.target.name;
  }
}

/** An option, argument or parameter that cannot be used as given. */
export class InvalidArgumentError extends UserError {}

/** A library query, an entity or a node that the name given does not find. */
export class NotFoundError extends UserError {
  constructor(message: string, exitCode = 1) {
    super(message, exitCode);
  }
}

/** A name that fits several entities about as well. */
export class AmbiguousNameError extends UserError {
  constructor(message: string, exitCode = 1) {
    super(message, exitCode);
  }
}

/** A query refused because it is not read-only. */
export class QueryRefusedError extends UserError {
  constructor(message: string, exitCode = 1) {
    super(message, exitCode);
  }
}

/** Neo4j does not answer, or refuses the credentials. */
export class ConnectionError extends UserError {}

/** The local Neo4j could not be built or started. */
export class LocalServerError extends UserError {}
