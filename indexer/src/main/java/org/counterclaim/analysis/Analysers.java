package org.counterclaim.analysis;

import java.util.function.Supplier;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.lexicon.OrganisationAliases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one NLP pipeline and gazetteer, loaded on first use (CoreNLP takes seconds and a gigabyte), and
 * the analysers built on them. Every command and test in a JVM shares the same pipeline.
 */
public final class Analysers {

  private static final Logger LOG = LoggerFactory.getLogger(Analysers.class);
  private static CoreNlpPipeline pipeline;
  private static Gazetteer gazetteer;

  private Analysers() {}

  /** A supplier of an analyser with these aliases; nothing is loaded until it is first asked. */
  public static Supplier<Analyser> lazy(OrganisationAliases aliases) {
    return new Supplier<>() {
      private Analyser analyser;

      @Override
      public synchronized Analyser get() {
        if (analyser == null) {
          analyser = new Analyser(pipeline(), aliases, gazetteer());
        }
        return analyser;
      }
    };
  }

  private static synchronized CoreNlpPipeline pipeline() {
    if (pipeline == null) {
      long start = System.nanoTime();
      pipeline = new CoreNlpPipeline();
      LOG.info("NLP pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
    return pipeline;
  }

  private static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load();
    }
    return gazetteer;
  }
}
