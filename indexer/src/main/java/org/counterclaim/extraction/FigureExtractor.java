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

  private final FigureFinder finder = new FigureFinder(CasualtyWords.load());
  private final ReportingVerbs verbs = ReportingVerbs.load();
  private final Attributor attributor = new Attributor(verbs);
  private final Predicate<String> isNewsOutlet;

  /** @param isNewsOutlet tells news outlets (who report others' figures) from organisations that give their own */
  public FigureExtractor(Predicate<String> isNewsOutlet) {
    this.isNewsOutlet = isNewsOutlet;
  }

  public AnalysedDocument extract(AnalysedDocument doc) {
    String text = doc.source().text();
    List<EntityMention> dates = doc.entities().stream().filter(e -> e.type().equals("DATE")).toList();
    List<EntityMention> places = doc.entities().stream().filter(e -> PLACE_TYPES.contains(e.type())).toList();
    DocumentVoices voices = new DocumentVoices(doc, verbs, isNewsOutlet);
    List<Span> quotes = Quotes.find(text);
    String mainPlace = mainPlace(places).orElse(null);
    List<CasualtyFigure> figures = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      for (FigureFinder.Candidate c : finder.find(text, sentence, dates)) {
        Claim claim = attributor.attribute(text, sentences, i, new Span(c.start(), c.end()), quotes, voices);
        Quantity q = c.quantity();
        figures.add(new CasualtyFigure(q.min(), q.max(), q.qualifier(), c.category(), c.victims(),
            placeOf(sentence, c, places).orElse(mainPlace), timeOf(sentence, c, dates),
            claim.claimant(), claim.speaker(), claim.verb(), claim.stance(),
            text.substring(c.start(), c.end()), c.start(), c.end(), sentence.text(text).strip()));
      }
    }
    return doc.withFigures(figures);
  }

  /** The place named after the figure in its sentence ("… in Mosul"), else before it. */
  private static Optional<String> placeOf(Sentence s, FigureFinder.Candidate c, List<EntityMention> places) {
    List<EntityMention> inSentence = places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end()).toList();
    return inSentence.stream().filter(p -> p.start() >= c.end()).findFirst()
        .or(() -> inSentence.stream().filter(p -> p.end() <= c.start()).reduce((a, b) -> b))
        .map(EntityMention::canonical);
  }

  /** A date after the figure in its sentence: the event's ("in March 2017"), not the claim's ("In June 2018, …"). */
  private static String timeOf(Sentence s, FigureFinder.Candidate c, List<EntityMention> dates) {
    return dates.stream().filter(d -> d.start() >= c.end() && d.end() <= s.end())
        .map(EntityMention::canonical).filter(v -> v != null && v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*"))
        .map(v -> v.length() > 10 ? v.substring(0, 10) : v)
        .findFirst().orElse(null);
  }

  /** The city the document names most, else its most named place. */
  private static Optional<String> mainPlace(List<EntityMention> places) {
    Map<String, Integer> cities = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    for (EntityMention p : places) {
      all.merge(p.canonical(), 1, Integer::sum);
      if (p.type().equals("CITY")) {
        cities.merge(p.canonical(), 1, Integer::sum);
      }
    }
    Map<String, Integer> pool = cities.isEmpty() ? all : cities;
    return pool.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
  }
}
