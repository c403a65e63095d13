package org.counterclaim.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The lower-case names of an enum's constants, for error messages. */
final class Labels {

  private Labels() {}

  static String of(Enum<?>[] values) {
    return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
  }
}
