package org.counterclaim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.CasualtyFigure;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Span;

/**
 * The extraction stage: every casualty figure of an analysed document, with its bounds, category, victims,
 * place, time, and who claims it. Thread-safe; one instance serves a whole run.
 */
public final class FigureExtractor {

  private static final java.util.Set<String> PLACE_TYPES =
      java.util.Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY", "REGION", "LOCATION");

  /** Most specific first. */
  private static final List<String> SPECIFICITY = List.of("CITY", "STATE_OR_PROVINCE", "REGION", "LOCATION", "COUNTRY");
  private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile(
      "(?i)\\b(in|near|around|across|at|outside|from|inside|throughout|of|on)\\s+(the\\s+)?"
          + "((city|town|village|province|district|governorate|region|outskirts)\\s+of\\s+)?"
          + "((north|south|east|west|central|northern|southern|eastern|western|north-?(east|west)(ern)?"
          + "|south-?(east|west)(ern)?)\\s+)?$");

  private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern.compile(
      "(?i)\\b(compar\\w*|than|increase|decrease|rise|fall|drop|up from|down from|previous)\\b");

  private final ReportingVerbs verbs = ReportingVerbs.load();
  private final FigureFinder finder = new FigureFinder(CasualtyWords.load(), verbs);
  private final Attributor attributor = new Attributor(verbs);
  private final Predicate<String> isNewsOutlet;

  /** @param isNewsOutlet tells news outlets (who report others' figures) from organisations that give their own */
  public FigureExtractor(Predicate<String> isNewsOutlet) {
    this.isNewsOutlet = isNewsOutlet;
  }

  public AnalysedDocument extract(AnalysedDocument doc) {
    String text = doc.source().text();
    List<EntityMention> dates = doc.entities().stream().filter(e -> e.type().equals("DATE")).toList();
    List<EntityMention> organisations = doc.entities().stream().filter(e -> e.type().equals("ORGANIZATION")).toList();
    // "Russia's defence ministry", "the Gaza health ministry": a place inside an organisation's name is no venue
    List<EntityMention> places = doc.entities().stream().filter(e -> PLACE_TYPES.contains(e.type()))
        .filter(p -> organisations.stream().noneMatch(o -> o.start() <= p.start() && p.end() <= o.end())).toList();
    DocumentVoices voices = new DocumentVoices(doc, isNewsOutlet);
    List<Span> quotes = Quotes.find(text);
    String mainPlace = dateline(text, places).or(() -> mainPlace(text, places)).orElse(null);
    List<Sentence> sentences = doc.sentences();
    List<FigureFinder.Candidate> candidates = new ArrayList<>();
    List<FigureSources.Attributed> attributed = new ArrayList<>();
    // the cap applies before attribution: a text of nothing but figures has 29,000 in its first million characters
    for (int i = 0; i < sentences.size() && candidates.size() < FigureLimits.MAX_FIGURES_PER_DOCUMENT; i++) {
      FigureFinder.Candidate before = !attributed.isEmpty() && attributed.get(attributed.size() - 1).sentence() == i - 1
          ? candidates.get(candidates.size() - 1) : null;
      Optional<Claim> previousVoice = null; // who speaks in the sentence before: read once, when a figure needs it
      for (FigureFinder.Candidate c : finder.find(text, sentences.get(i), dates, before)) {
        if (candidates.size() >= FigureLimits.MAX_FIGURES_PER_DOCUMENT) {
          break;
        }
        Optional<Claim> explicit = attributor.attribute(text, sentences, i, new Span(c.start(), c.end()), quotes, voices);
        if (explicit.isEmpty() && previousVoice == null) {
          previousVoice = i == 0 ? Optional.empty() : attributor.voiceOf(text, sentences.get(i - 1), quotes, voices);
        }
        candidates.add(c);
        attributed.add(new FigureSources.Attributed(i, explicit,
            explicit.isPresent() ? Optional.empty() : previousVoice));
      }
    }
    List<Claim> claims = FigureSources.resolve(attributed, voices);
    List<CasualtyFigure> figures = new ArrayList<>();
    for (int k = 0; k < candidates.size(); k++) {
      FigureFinder.Candidate c = candidates.get(k);
      Sentence sentence = sentences.get(attributed.get(k).sentence());
      Claim claim = claims.get(k);
      Quantity q = c.quantity();
      figures.add(new CasualtyFigure(q.min(), q.max(), q.qualifier(), c.category(), c.victims(),
          placeOf(text, sentence, c, places).orElse(mainPlace), timeOf(text, sentence, c, dates),
          claim.claimant(), claim.speaker(), claim.verb(), claim.stance(),
          text.substring(c.start(), c.end()), c.start(), c.end(), sentence.text(text).strip(), claim.relayedBy()));
    }
    return doc.withFigures(figures);
  }

  /**
   * The place a figure is about: the first place phrase after it in its sentence ("… in Syria's Raqqa" → Raqqa,
   * the most specific of the phrase), else the last one before it; a place counts only where a locative word
   * introduces it ("in", "near", "across"…), so "the UK Defence Secretary" says nothing about where people died.
   */
  private static Optional<String> placeOf(String text, Sentence s, FigureFinder.Candidate c, List<EntityMention> places) {
    List<EntityMention> located = places.stream()
        .filter(p -> p.start() >= s.start() && p.end() <= s.end() && LOCATIVE.matcher(
            text.substring(Math.max(s.start(), p.start() - 40), p.start())).find())
        .toList();
    Optional<EntityMention> after = located.stream().filter(p -> p.start() >= c.end()).findFirst();
    if (after.isPresent()) {
      int phraseEnd = Math.min(s.end(), after.get().end() + 24);
      return places.stream().filter(p -> p.start() >= after.get().start() && p.end() <= phraseEnd
              && text.substring(after.get().start(), p.start()).indexOf('\n') < 0)
          .min(Comparator.comparingInt(p -> SPECIFICITY.indexOf(p.type()))).map(FigureExtractor::placeName);
    }
    return located.stream().filter(p -> p.end() <= c.start()).reduce((a, b) -> b).map(FigureExtractor::placeName);
  }

  /** A place as the text names it, datelines in capitals as names: "SANAA" → "Sanaa". */
  private static String placeName(EntityMention place) {
    String name = place.canonical();
    if (name.length() < 4 || !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.toLowerCase(java.util.Locale.ROOT));
    for (int i = 0; i < out.length(); i++) {
      if (i == 0 || !Character.isLetter(out.charAt(i - 1))) {
        out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
      }
    }
    return out.toString();
  }

  /**
   * A date after the figure in its sentence: the event's ("in March 2017"), not the claim's ("In June 2018, …"),
   * nor one it is compared with ("a 31 per cent increase compared to the same period in 2018").
   */
  private static String timeOf(String text, Sentence s, FigureFinder.Candidate c, List<EntityMention> dates) {
    return dates.stream().filter(d -> d.start() >= c.end() && d.end() <= s.end())
        .filter(d -> !COMPARISON.matcher(text.substring(c.end(), d.start())).find())
        .map(EntityMention::canonical).filter(v -> v != null && v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*"))
        .map(v -> v.length() > 10 ? v.substring(0, 10) : v)
        .findFirst().orElse(null);
  }

  /** The place a wire story's dateline names: "KHARTOUM, Jan 20 (Reuters) -", "MARIUPOL, Ukraine (AP) —". */
  private static Optional<String> dateline(String text, List<EntityMention> places) {
    return places.stream().findFirst()
        .filter(p -> text.substring(0, p.start()).isBlank() && p.text().length() > 2
            && p.text().equals(p.text().toUpperCase(java.util.Locale.ROOT))
            && (text.startsWith(",", p.end()) || text.startsWith(" (", p.end())))
        .map(FigureExtractor::placeName);
  }

  /**
   * The city the document names most, else its most named place. A single word after "the" ("the Mission
   * verified") is a place only when a locative introduces it.
   */
  private static Optional<String> mainPlace(String text, List<EntityMention> places) {
    Map<String, Integer> cities = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    for (EntityMention p : places) {
      boolean afterThe = text.substring(Math.max(0, p.start() - 4), p.start()).equalsIgnoreCase("the ");
      if (afterThe && !p.text().contains(" ") && !LOCATIVE.matcher(text.substring(Math.max(0, p.start() - 40),
          p.start())).find()) {
        continue;
      }
      all.merge(placeName(p), 1, Integer::sum);
      if (p.type().equals("CITY")) {
        cities.merge(placeName(p), 1, Integer::sum);
      }
    }
    Map<String, Integer> pool = cities.isEmpty() ? all : cities;
    return pool.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
  }
}
