package org.counterclaim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a casualty figure bounds its count. In JSON, the index and data files: the lower-case name ("more_than"). */
public enum Qualifier {
  /** "23 civilians". */
  EXACT,
  /** "more than 1,600". */
  MORE_THAN,
  /** "at least 641". */
  AT_LEAST,
  /** "about 250", "nearly 100". */
  ABOUT,
  /** "up to 60", "as many as 60". */
  UP_TO,
  /** "between 30 and 40". */
  RANGE,
  /** "hundreds", "dozens". */
  VAGUE;

  /** The lower-case name the JSON contract and the data files use. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant for a lower-case name; {@link IllegalArgumentException} naming the allowed ones otherwise. */
  @JsonCreator
  public static Qualifier of(String label) {
    for (Qualifier value : values()) {
      if (value.label().equals(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown qualifier '" + label + "'; expected one of " + Labels.of(values()));
  }

  @Override
  public String toString() {
    return label();
  }
}
