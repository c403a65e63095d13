package org.counterclaim.api;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.counterclaim.model.Claim;

/** A contradiction group as CSV, one row per claim (RFC 4180 quoting; formulas defused for spreadsheets). */
final class GroupCsv {

  private static final List<String> HEADER = List.of("group", "event", "claimant", "speaker", "stance", "date", "min",
      "max", "qualifier", "category", "victims", "location", "text", "file", "doc_id", "start", "end");

  private GroupCsv() {}

  static String of(GroupView group) {
    StringBuilder csv = new StringBuilder(row(HEADER));
    for (Claim c : group.claims()) {
      csv.append(row(Stream.of(group.id(), group.event().label(), c.claimant(), c.speaker(),
          String.valueOf(c.stance()), c.date(), String.valueOf(c.min()), c.max() == null ? "" : String.valueOf(c.max()),
          String.valueOf(c.qualifier()), String.valueOf(c.category()),
          c.victims(), c.location(), c.text(), c.file(), c.docId(), String.valueOf(c.start()), String.valueOf(c.end()))
          .map(v -> v == null ? "" : v).toList()));
    }
    return csv.toString();
  }

  private static String row(List<String> values) {
    return values.stream().map(GroupCsv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(String value) {
    String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+") ? "'" + value : value;
    return v.matches(".*[\",\\r\\n].*") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
