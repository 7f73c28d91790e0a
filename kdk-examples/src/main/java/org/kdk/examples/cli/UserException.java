package org.kdk.examples.cli;

/** A mistake of the user's that the command reports in one line and exit code 2: a missing file, a bad option. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }

  UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
