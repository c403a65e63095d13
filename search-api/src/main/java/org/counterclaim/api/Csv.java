package org.counterclaim.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads accents and Arabic
 * names right), every field quoted (RFC 4180, quotes doubled), CRLF line ends, and no formula injection: a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it. Numbers the export writes itself are left alone.
 */
final class Csv {

  /** The byte-order mark that opens the file. */
  static final String BOM = "\uFEFF";

  private final StringBuilder out = new StringBuilder(BOM);

  /** Adds a row of text cells (null is an empty cell). */
  Csv row(List<String> cells) {
    out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** One quoted cell, defused when a spreadsheet would read it as a formula. */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
