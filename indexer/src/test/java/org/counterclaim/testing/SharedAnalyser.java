package org.counterclaim.testing;

import java.util.function.Supplier;
import org.counterclaim.analysis.Analyser;
import org.counterclaim.analysis.Analysers;
import org.counterclaim.lexicon.OrganisationAliases;

/**
 * One {@link Analyser} on the process's one CoreNLP pipeline (seconds and a gigabyte to load), shared by every
 * test class; Surefire runs all classes of a module in one reused fork, and the commands under test share the
 * same pipeline through {@link Analysers}.
 */
public final class SharedAnalyser {

  private static final Supplier<Analyser> ANALYSER = Analysers.lazy(OrganisationAliases.builtIn());

  private SharedAnalyser() {}

  public static Analyser get() {
    return ANALYSER.get();
  }
}
