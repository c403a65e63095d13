package org.counterclaim.search;

/** The index cannot be read at the moment (a SolrCloud cluster with no live node for a shard): answer 503. */
public final class SearchUnavailableException extends RuntimeException {

  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
