package org.counterclaim.testing;

import java.util.function.Supplier;
import org.counterclaim.extraction.DocumentPipeline;
import org.counterclaim.lexicon.OrganisationAliases;

/** Analysis and extraction on the process's one CoreNLP pipeline, shared by every test class. */
public final class SharedPipeline {

  private static final Supplier<DocumentPipeline> PIPELINE = DocumentPipeline.lazy(OrganisationAliases.builtIn());

  private SharedPipeline() {}

  public static DocumentPipeline get() {
    return PIPELINE.get();
  }
}
