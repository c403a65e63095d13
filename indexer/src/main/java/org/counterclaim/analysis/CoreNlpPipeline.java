package org.counterclaim.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.counterclaim.model.EntityMention;
import org.counterclaim.model.Sentence;
import org.counterclaim.model.Span;
import org.counterclaim.model.Token;

/**
 * Stanford CoreNLP, configured for throughput on what we need (see {@link #properties()}): tokenize, sentence
 * split, part-of-speech and a single 3-class CRF for people, organisations and places. Fine-grained NER, numeric
 * classifiers and SUTime are off in the main pass: places are typed from a gazetteer, numbers are read by our
 * own rules, and SUTime runs afterwards only on the sentences that can mention a date, reusing their tokens.
 * Long texts are analysed in chunks whose offsets are mapped back into the whole text.
 */
public final class CoreNlpPipeline implements NlpPipeline {

  /** Characters per chunk: bounds CoreNLP's memory on very long documents. */
  static final int CHUNK_CHARS = 50_000;
  /**
   * Sentences longer than this many tokens are not tagged (their tokens get the tag {@code X} and no entity): the
   * tagger's memory grows with a sentence's length, and text with no sentence ends (a table, binary garbage decoded
   * as text, a language written without spaces) makes "sentences" of tens of thousands of tokens, one of which ran
   * a 1.5 GB heap out of memory. Real sentences stay well under it.
   */
  static final int MAX_SENTENCE_TOKENS = 500;
  /** A sentence without any of these cannot hold a date SUTime would find. */
  private static final Pattern DATE_CUE = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
          + "|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\\d\\d"
          + "|(?i:today|yesterday|tomorrow|tonight|ago|last|next|earlier this|later this|weekend))\\b");

  private final StanfordCoreNLP pipeline;
  private final TimeAnnotator time;
  private final Chunker chunker = new Chunker(CHUNK_CHARS);

  public CoreNlpPipeline() {
    this.pipeline = new StanfordCoreNLP(properties());
    Properties timeProperties = new Properties();
    timeProperties.setProperty("sutime.includeRange", "true");
    this.time = new TimeAnnotator("sutime", timeProperties);
  }

  /** The main pass's CoreNLP configuration. */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("pos.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    p.setProperty("ner.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
    return p;
  }

  @Override
  public Annotated annotate(String text, String anchorDate) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<EntityMention> dates = new ArrayList<>();
    for (Span chunk : chunker.chunks(text)) {
      String chunkText = text.substring(chunk.start(), chunk.end());
      Annotation annotation = new Annotation(chunkText);
      pipeline.annotate(annotation);
      int shift = chunk.start();
      List<CoreMap> withDates = new ArrayList<>();
      for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(sentence(s, shift));
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
          int start = begin(m) + shift;
          int end = end(m) + shift;
          entities.add(new EntityMention(m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              text.substring(start, end), text.substring(start, end), start, end));
        }
        if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_SENTENCE_TOKENS
            && DATE_CUE.matcher(chunkText.substring(begin(s), end(s))).find()) {
          withDates.add(s);
        }
      }
      dates.addAll(dates(chunkText, withDates, anchorDate, shift, text));
    }
    return new Annotated(sentences, entities, dates);
  }

  /** SUTime over the sentences that may hold a date, on the tokens the main pass made. */
  private List<EntityMention> dates(String chunkText, List<CoreMap> sentences, String anchorDate, int shift,
                                    String text) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    Annotation subset = new Annotation(chunkText);
    List<CoreLabel> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
    if (anchorDate != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, anchorDate);
    }
    time.annotate(subset);
    List<EntityMention> dates = new ArrayList<>();
    List<CoreMap> timexes = subset.get(TimeAnnotations.TimexAnnotations.class);
    for (CoreMap cm : timexes == null ? List.<CoreMap>of() : timexes) {
      Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
      int start = begin(cm) + shift;
      int end = end(cm) + shift;
      String value = timex.value() != null ? timex.value() : timex.altVal();
      dates.add(new EntityMention(timex.timexType(), text.substring(start, end), value, start, end));
    }
    return dates;
  }

  private static Sentence sentence(CoreMap s, int shift) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(new Token(t.originalText(), t.beginPosition() + shift, t.endPosition() + shift, t.tag(),
          t.lemma(), t.ner() == null ? "O" : t.ner()));
    }
    return new Sentence(begin(s) + shift, end(s) + shift, tokens);
  }

  private static int begin(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }
}
