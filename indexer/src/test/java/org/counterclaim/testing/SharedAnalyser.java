package org.counterclaim.testing;

import org.counterclaim.analysis.Analyser;
import org.counterclaim.analysis.CoreNlpPipeline;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.lexicon.OrganisationAliases;

/**
 * One {@link Analyser} (and so one CoreNLP pipeline, seconds and a gigabyte to load) per test JVM, shared by every
 * test class. Surefire runs all classes of a module in one reused fork.
 */
public final class SharedAnalyser {

  private static volatile Analyser analyser;

  private SharedAnalyser() {}

  public static Analyser get() {
    Analyser a = analyser;
    if (a == null) {
      synchronized (SharedAnalyser.class) {
        a = analyser;
        if (a == null) {
          a = new Analyser(new CoreNlpPipeline(), OrganisationAliases.builtIn(), Gazetteer.load());
          analyser = a;
        }
      }
    }
    return a;
  }
}
