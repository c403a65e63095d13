package org.counterclaim.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.counterclaim.analysis.Analyser;
import org.counterclaim.analysis.CoreNlpPipeline;
import org.counterclaim.extraction.FigureExtractor;
import org.counterclaim.lexicon.Organisation;
import org.counterclaim.lexicon.Gazetteer;
import org.counterclaim.lexicon.OrganisationAliases;
import org.counterclaim.model.AnalysedDocument;
import org.counterclaim.model.SourceDocument;

/**
 * Throughput and heap of the analysis stage, and of analysis plus figure extraction, next to CoreNLP's default NER
 * pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner}: fine-grained NER, SUTime, numeric classifiers) on the same documents
 * in the same JVM. Each pipeline is loaded, warmed up on the whole corpus once, then timed over it; peak heap is
 * measured per pipeline from a fresh baseline.
 */
public final class AnalysisBenchmark {

  /** One measured pipeline. */
  public record Result(String name, double loadSeconds, long tokens, double seconds, long peakMb, long liveMb) {
    double tokensPerSecond() {
      return tokens / seconds;
    }

    String row() {
      return String.format("%-34s %8.1f %12.0f %12d %12d", name, loadSeconds, tokensPerSecond(), peakMb, liveMb);
    }
  }

  private final List<SourceDocument> documents;
  private final int rounds;

  public AnalysisBenchmark(List<SourceDocument> documents, int rounds) {
    this.documents = documents;
    this.rounds = rounds;
  }

  /** Our analysis: CoreNLP as configured in {@link CoreNlpPipeline}, plus officials, organisations and places. */
  public Result ours(OrganisationAliases aliases) {
    return measure("counterclaim analysis", () -> new Analyser(new CoreNlpPipeline(), aliases, Gazetteer.load()),
        analyser -> documents.stream().map(analyser::analyse)
            .mapToLong(AnalysisBenchmark::tokens).sum());
  }

  /**
   * Figure extraction and attribution alone, on documents analysed beforehand: what extraction costs on top of
   * analysis, without the JIT warm-up of a second pipeline blurring it.
   */
  public Result extractionAlone(OrganisationAliases aliases) {
    Analyser analyser = new Analyser(new CoreNlpPipeline(), aliases, Gazetteer.load());
    List<AnalysedDocument> analysed = documents.stream().map(analyser::analyse).toList();
    return measure("extraction alone (on analysed text)",
        () -> new FigureExtractor(name -> aliases.lookup(name).map(Organisation::isNewsOutlet).orElse(false)),
        extractor -> analysed.stream().map(extractor::extract).mapToLong(AnalysisBenchmark::tokens).sum());
  }

  /** CoreNLP's default NER pipeline. */
  public Result coreNlpDefault() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return measure("CoreNLP default (pos,lemma,ner)", () -> new StanfordCoreNLP(p), nlp -> {
      long tokens = 0;
      for (SourceDocument d : documents) {
        Annotation a = new Annotation(d.text());
        nlp.annotate(a);
        tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      return tokens;
    });
  }

  private <T> Result measure(String name, Supplier<T> load, Function<T, Long> run) {
    HeapMeter.reset();
    long t0 = System.nanoTime();
    T pipeline = load.get();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    run.apply(pipeline); // warm-up: JIT, caches
    long tokens = 0;
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      tokens += run.apply(pipeline);
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    long peak = HeapMeter.peakMb();
    long live = HeapMeter.liveMb();
    if (pipeline.hashCode() == 42) {
      System.out.print(""); // keeps the pipeline reachable until the live heap is read
    }
    return new Result(name, loadSeconds, tokens, seconds, peak, live);
  }

  private static long tokens(AnalysedDocument d) {
    return d.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
  }

  /** Prints the table and the ratio. */
  public static List<String> report(List<Result> results) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%-34s %8s %12s %12s %12s", "pipeline", "load s", "tokens/s", "peak MB", "live MB"));
    results.forEach(r -> lines.add(r.row()));
    Result analysis = results.get(0);
    Result last = results.get(results.size() - 1);
    if (last.name().startsWith("CoreNLP") && results.size() > 1) {
      lines.add(String.format("analysis vs CoreNLP default: %.1fx", analysis.tokensPerSecond() / last.tokensPerSecond()));
    }
    results.stream().filter(r -> r.name().startsWith("extraction")).findFirst().ifPresent(x -> lines.add(String.format(
        "extraction on top of analysis: +%.1f%% time per token (%.0f tokens/s on its own), peak heap %d MB on its own",
        100 * analysis.tokensPerSecond() / x.tokensPerSecond(), x.tokensPerSecond(), x.peakMb())));
    return lines;
  }
}
