package org.counterclaim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a source stands to the figure it gives. In JSON, the index and data files: the lower-case name ("verified"). */
public enum Stance {
  /** The source concedes harm it caused ("the Coalition admitted"). */
  ADMITTED,
  /** The source asserts the figure ("said", "estimated"). */
  CLAIMED,
  /** The source checked the figure itself ("documented", "verified"). */
  VERIFIED,
  /** The source rejects the figure ("denied", "disputed"). */
  DISPUTED,
  /** The figure is passed on without a stance of its own ("reported", "according to"). */
  REPORTED,
  /**
   * A finding ("concluded", "assessed"): only inside extraction, which turns it into {@link #ADMITTED} when it
   * speaks of unintended harm and {@link #VERIFIED} otherwise; no figure leaves extraction with it.
   */
  ASSESSED;

  /** The lower-case name the JSON contract and the data files use. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant for a lower-case name; {@link IllegalArgumentException} naming the allowed ones otherwise. */
  @JsonCreator
  public static Stance of(String label) {
    for (Stance value : values()) {
      if (value.label().equals(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown stance '" + label + "'; expected one of " + Labels.of(values()));
  }

  @Override
  public String toString() {
    return label();
  }
}
