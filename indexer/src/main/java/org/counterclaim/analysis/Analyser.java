package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.SourceDocument;

/**
 * The analysis stage: a {@link SourceDocument} in, an {@link AnalysedDocument} out, with its sentences, people,
 * officials, organisations (canonical), places (typed city, province, country), titles and dates (normalised,
 * anchored on the document date). Thread-safe; one instance, with one NLP pipeline, serves a whole run.
 */
public final class Analyser {

  private final NlpPipeline nlp;
  private final Gazetteer gazetteer;
  private final Places placeTypes;
  private final OrganisationFinder organisations;
  private final OfficialFinder officials;

  public Analyser(NlpPipeline nlp, OrganisationAliases aliases, Gazetteer gazetteer) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.placeTypes = new Places(gazetteer);
    this.organisations = new OrganisationFinder(aliases);
    this.officials = new OfficialFinder(new Roles(gazetteer, organisations));
  }

  public AnalysedDocument analyse(SourceDocument source) {
    String text = source.text();
    if (text.isBlank()) {
      return new AnalysedDocument(source, source.date(), List.of(), List.of(), List.of(), List.of());
    }
    NlpPipeline.Annotated annotated = nlp.annotate(text, DateFinder.anchor(source.date()));
    List<EntityMention> persons = new ArrayList<>();
    List<EntityMention> places = new ArrayList<>();
    List<EntityMention> orgMentions = new ArrayList<>();
    for (EntityMention raw : annotated.entities()) {
      EntityMention m = firstLine(raw);
      String type = retype(m);
      switch (type) {
        case "PERSON" -> persons.add(m);
        case "ORGANIZATION" -> orgMentions.add(new EntityMention(type, m.text(), m.text(), m.start(), m.end()));
        case "LOCATION" -> places.add(placeTypes.typed(text, m));
        default -> { }
      }
    }
    List<EntityMention> orgs = organisations.find(text, annotated.sentences(), orgMentions);
    OfficialFinder.Result found = officials.find(text, annotated.sentences(), persons, orgs);
    // "Defence" in "UK Defence Secretary" is part of a title, not an organisation of its own
    orgs = orgs.stream().filter(o -> organisations.known(o.text()).isPresent()
        || found.titles().stream().noneMatch(t -> t.start() < o.end() && o.start() < t.end())).toList();
    List<EntityMention> entities = new ArrayList<>();
    entities.addAll(found.people());
    entities.addAll(orgs);
    entities.addAll(outside(places, orgs));
    entities.addAll(MissedPlaces.find(text, annotated.sentences(), entities, placeTypes));
    entities.addAll(found.titles());
    entities.addAll(DateFinder.keep(text, annotated.dates(), source.date()));
    entities.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
    return new AnalysedDocument(source, source.date(), annotated.sentences(), entities, found.officials(), List.of());
  }

  /** "Levant" and "Iraq" in "Islamic State of Iraq and the Levant" are part of a name, not places named. */
  private static List<EntityMention> outside(List<EntityMention> places, List<EntityMention> orgs) {
    return places.stream()
        .filter(p -> orgs.stream().noneMatch(o -> o.start() <= p.start() && p.end() <= o.end()))
        .toList();
  }

  /** A mention cut at its first line end: the NER sometimes runs a name into the next line's first word. */
  private static EntityMention firstLine(EntityMention m) {
    int nl = m.text().indexOf('\n');
    if (nl <= 0) {
      return m;
    }
    String text = m.text().substring(0, nl).strip();
    return new EntityMention(m.type(), text, text, m.start(), m.start() + text.length());
  }

  /** The NER's type, corrected by the lexicons: "Raqqa" tagged PERSON is a place, "Airwars" an organisation. */
  private String retype(EntityMention m) {
    String name = OrganisationFinder.trimmed(m.text());
    if (!m.type().equals("LOCATION") && gazetteer.placeType(name).isPresent()
        && organisations.known(name).isEmpty()) {
      return "LOCATION";
    }
    if (m.type().equals("PERSON") && organisations.known(name).isPresent()) {
      return "ORGANIZATION";
    }
    return m.type();
  }
}
