package org.counterclaim.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;

/**
 * Who published a document, canonicalised through the organisation aliases. In order: an explicit "Source: X",
 * "Published by X" or copyright line among the last or the first lines; the metadata's publisher or site name; the
 * issuer named in the header's banner or issuer line; the news agency of a wire dateline "MOSUL, Iraq (Reuters) -";
 * the metadata author when it is a known organisation; for an e-mail, the sender.
 */
public final class PublisherDetector {

  /**
   * "Source: Al Jazeera and news agencies", "Published by Airwars", "Copyright 2018 The Associated Press. All rights
   * reserved.", "© 2017–2018 Al Jazeera Media Network", "© Amnesty International 2018"; not "Sources said…".
   */
  private static final Pattern SOURCE_LINE = Pattern.compile(
      "(?i)^\\s*(?:source\\s*:|published by\\b:?|copyright\\b|©)\\s*(?:©\\s*)?"
          + "(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?,?\\s+)?" // a year or years before the name
          + "(?<name>\\p{L}.{1,60}?)(?<![.\\s]\\p{L})" // not cut after an initial or the "S" of "U.S."
          + "(?:,?\\s+(?:and|with)\\s+(?:news\\s+)?agencies)?(?:\\s+\\d{4})?"
          + "\\s*(?:\\.\\s.*|\\.)?\\s*$"); // ". All rights reserved."
  /** "MOSUL, Iraq (Reuters) -", "KYIV, Ukraine (AP) —": the agency of a wire dateline. */
  private static final Pattern WIRE_AGENCY =
      Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]+(?:,[^(]{1,40})?\\s*\\((?<agency>[^)\\d]{2,40})\\)\\s*[-\u2013\u2014]");
  /** The last lines, then the first lines, looked at for a source line (a chart's "Source:" in between is not). */
  private static final int LAST_LINES = 5;
  private static final int FIRST_LINES = 12;
  private static final Pattern SENDER = Pattern.compile("^\\s*\"?(?<name>[^\"<]*?)\"?\\s*<(?<address>[^>]+)>\\s*$");

  private final OrganisationAliases aliases;

  public PublisherDetector(OrganisationAliases aliases) {
    this.aliases = aliases;
  }

  /** The publisher's canonical name, or empty when nothing says. */
  public Optional<String> detect(String text, Map<String, List<String>> metadata, DocumentHeader header,
                                 String contentType) {
    return sourceLine(text)
        .or(() -> firstValue(metadata, "dc:publisher", "publisher", "og:site_name", "application-name-site"))
        .map(aliases::canonical)
        .or(() -> header.issuer().map(aliases::canonical))
        .or(() -> wireAgency(header))
        .or(() -> firstValue(metadata, "dc:creator", "meta:author", "Author")
            .flatMap(aliases::lookup).map(Organisation::name))
        .or(() -> Formats.isEmail(contentType) ? sender(metadata).map(aliases::canonical) : Optional.empty());
  }

  /** The organisation record of a canonical publisher name, when it is a known one (its kind helps typing). */
  public Optional<Organisation> organisation(String publisher) {
    return aliases.lookup(publisher);
  }

  /** A "Source: Al Jazeera" line, looked for in the last lines (the last first) and then in the first ones. */
  private static Optional<String> sourceLine(String text) {
    List<String> last = nonEmptyLines(text.length() > 3000 ? text.substring(text.length() - 3000) : text);
    last = last.subList(Math.max(0, last.size() - LAST_LINES), last.size());
    Collections.reverse(last);
    List<String> first = nonEmptyLines(text.length() > 3000 ? text.substring(0, 3000) : text);
    List<String> candidates = new ArrayList<>(last);
    candidates.addAll(first.subList(0, Math.min(FIRST_LINES, first.size())));
    for (String line : candidates) {
      Matcher m = SOURCE_LINE.matcher(line);
      if (m.matches() && m.group("name").strip().split(" ").length <= 8) {
        return Optional.of(m.group("name").strip());
      }
    }
    return Optional.empty();
  }

  private static List<String> nonEmptyLines(String region) {
    List<String> lines = new ArrayList<>();
    for (String line : region.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The news agency named in a wire dateline of the header, when it is a known news outlet. */
  private Optional<String> wireAgency(DocumentHeader header) {
    for (DocumentHeader.Line line : header.lines()) {
      Matcher m = WIRE_AGENCY.matcher(line.text());
      if (m.find()) {
        return aliases.lookup(m.group("agency")).filter(Organisation::isNewsOutlet).map(Organisation::name);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> sender(Map<String, List<String>> metadata) {
    return firstValue(metadata, "Message-From", "Message:From-Name", "dc:creator").map(from -> {
      Matcher m = SENDER.matcher(from);
      if (m.matches()) {
        return m.group("name").isBlank() ? m.group("address") : m.group("name").strip();
      }
      return from.strip();
    });
  }

  private static Optional<String> firstValue(Map<String, List<String>> metadata, String... keys) {
    for (String key : keys) {
      List<String> values = metadata.get(key);
      if (values != null) {
        for (String value : values) {
          if (value != null && !value.isBlank()) {
            return Optional.of(value.strip());
          }
        }
      }
    }
    return Optional.empty();
  }
}
