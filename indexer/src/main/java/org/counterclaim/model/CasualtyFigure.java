package org.counterclaim.model;

/**
 * A casualty figure as a text gives it, normalised and attributed.
 *
 * @param min       lowest count the words allow (inclusive); 0 for "up to N"
 * @param max       highest count (inclusive), null when open ("more than 1,600")
 * @param qualifier exact, more_than, at_least, about, up_to, range or vague
 * @param category  killed, injured, casualties or missing
 * @param victims   who, when the text says: civilians, children, fighters, soldiers, staff, patients, people…
 * @param location  the place the figure is about, when known
 * @param when      the event's date or period (ISO), when the text gives one
 * @param claimant  the organisation or government that gives the figure (canonical), or null
 * @param speaker   the person who gives it, when named
 * @param verb      the word that carries the claim: said, admitted, verified, according to…
 * @param stance    admitted, claimed, verified, disputed or reported
 * @param text      the figure's words, e.g. "more than 1,600 civilians"
 * @param start     offset of {@code text} in the document text
 * @param end       offset just past it
 * @param relayedBy who passes the figure on from its claimant, when the text names both: "The Red Cross said village
 *                  elders report as many as 60 dead" is the elders' figure, relayed by the Red Cross; else null
 * @param sentence  the sentence it stands in, at most {@link #SENTENCE_WINDOW_CHARS} characters of it around the
 *                  figure's words: a text without a full stop has 50,000-character "sentences", and a figure that
 *                  kept one whole made 1,763 figures 88 MB of JSON
 */
public record CasualtyFigure(
    long min, Long max, Qualifier qualifier, Category category, String victims, String location, String when,
    String claimant, String speaker, String verb, Stance stance, String text, int start, int end, String sentence,
    String relayedBy) {

  /** Most figures the extraction stage keeps for one document: the first ones in text order. */
  public static final int MAX_PER_DOCUMENT = 1_000;
  /** Most characters of a figure's sentence kept with it, ellipses included. */
  public static final int SENTENCE_WINDOW_CHARS = 400;

  public CasualtyFigure {
    sentence = SentenceWindow.around(sentence, text, SENTENCE_WINDOW_CHARS);
  }

  /** A figure nobody relays. */
  public CasualtyFigure(long min, Long max, Qualifier qualifier, Category category, String victims, String location,
                        String when, String claimant, String speaker, String verb, Stance stance, String text, int start,
                        int end, String sentence) {
    this(min, max, qualifier, category, victims, location, when, claimant, speaker, verb, stance, text, start, end,
        sentence, null);
  }
}
