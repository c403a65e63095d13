package org.counterclaim.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a casualty figure counts. In JSON, the index and data files: the lower-case name ("killed"). */
public enum Category {
  /** People killed or dead. */
  KILLED,
  /** People injured or wounded. */
  INJURED,
  /** Killed and injured together ("casualties"). */
  CASUALTIES,
  /** People missing or unaccounted for. */
  MISSING;

  /** The lower-case name the JSON contract and the data files use. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant for a lower-case name; {@link IllegalArgumentException} naming the allowed ones otherwise. */
  @JsonCreator
  public static Category of(String label) {
    for (Category value : values()) {
      if (value.label().equals(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown category '" + label + "'; expected one of " + Labels.of(values()));
  }

  /** One category for a figure two casualty words describe: "killed or injured" are casualties. */
  public Category combinedWith(Category other) {
    if (this == other) {
      return this;
    }
    boolean harmed = this != MISSING && other != MISSING;
    return harmed ? CASUALTIES : this;
  }

  @Override
  public String toString() {
    return label();
  }
}
