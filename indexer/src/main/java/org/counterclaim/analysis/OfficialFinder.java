package org.counterclaim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Official;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Span;

/**
 * Named officials: people the text gives a role or an affiliation and who speak in it (see {@link Speakers}),
 * with every mention of them counted (short mentions resolve to the full name). People named only in a photo
 * credit or a byline, correspondents, and heads of state merely named are not officials; they stay people.
 */
final class OfficialFinder {

  /** The officials, and the people and titles as entity mentions for the index and the document page. */
  record Result(List<Official> officials, List<EntityMention> people, List<EntityMention> titles) {}

  private final Roles roles;

  OfficialFinder(Roles roles) {
    this.roles = roles;
  }

  Result find(String text, List<Sentence> sentences, List<EntityMention> personMentions,
              List<EntityMention> organisations) {
    People people = People.of(text, personMentions);
    List<Official> officials = new ArrayList<>();
    List<EntityMention> peopleMentions = new ArrayList<>();
    List<EntityMention> titles = new ArrayList<>();
    for (People.Person person : people.all()) {
      if (person.credit()) {
        continue;
      }
      String title = null;
      String organisation = null;
      boolean speaks = false;
      for (EntityMention mention : person.mentions()) {
        peopleMentions.add(new EntityMention("PERSON", mention.text(), person.name(), mention.start(), mention.end()));
        Span sentence = sentenceOf(sentences, mention.start());
        if (sentence == null) {
          continue;
        }
        speaks |= Speakers.speaks(text, sentence, mention);
        Roles.Role role = roles.around(text, sentence, mention, organisations);
        if (role.title() != null) {
          titles.add(new EntityMention("TITLE", role.title(), role.title(), role.titleSpan().start(), role.titleSpan().end()));
          title = title == null ? role.title() : title;
        }
        organisation = organisation == null ? role.organisation() : organisation;
      }
      if ((title != null || organisation != null) && speaks && !Speakers.isPress(title)) {
        officials.add(new Official(person.name(), title, organisation, person.mentions().size()));
      }
    }
    return new Result(officials, peopleMentions, titles);
  }

  private static Span sentenceOf(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return new Span(s.start(), s.end());
      }
    }
    return null;
  }
}
