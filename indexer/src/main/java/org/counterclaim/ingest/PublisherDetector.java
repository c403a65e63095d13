package org.counterclaim.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.OrganisationAliases;

/**
 * Who published a document, canonicalised through the organisation aliases. In order: an explicit "Source: X" or
 * "Published by X" line; the metadata's publisher or site name; the issuer named in the header's banner or issuer
 * line; the metadata author when it is a known organisation; for an e-mail, the sender.
 */
public final class PublisherDetector {

  private static final Pattern SOURCE_LINE = Pattern.compile(
      "(?im)^\\s*(?:source|published by|copyright|©)\\s*:?\\s*(?:©\\s*)?(?:\\d{4}\\s+)?(?<name>[\\p{L}][^\\n]{1,60}?)\\s*\\.?\\s*$");
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
        .or(() -> firstValue(metadata, "dc:creator", "meta:author", "Author")
            .flatMap(aliases::lookup).map(Organisation::name))
        .or(() -> Formats.isEmail(contentType) ? sender(metadata) : Optional.empty());
  }

  /** The organisation record of a canonical publisher name, when it is a known one (its kind helps typing). */
  public Optional<Organisation> organisation(String publisher) {
    return aliases.lookup(publisher);
  }

  /** A "Source: Al Jazeera" line, looked for in the last lines and then in the first ones. */
  private static Optional<String> sourceLine(String text) {
    String tail = text.length() > 3000 ? text.substring(text.length() - 3000) : text;
    String head = text.length() > 3000 ? text.substring(0, 3000) : "";
    for (String region : List.of(tail, head)) {
      Matcher m = SOURCE_LINE.matcher(region);
      String found = null;
      while (m.find()) {
        found = m.group("name").strip();
      }
      if (found != null && found.split(" ").length <= 8) {
        return Optional.of(found);
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
