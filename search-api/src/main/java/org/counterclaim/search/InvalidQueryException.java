package org.counterclaim.search;

/** A query the user must fix: it does not parse, names an unknown field, or asks for too much. */
public final class InvalidQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String detail;

  public InvalidQueryException(String message, String detail) {
    super(message);
    this.detail = detail;
  }

  public String detail() {
    return detail;
  }
}
