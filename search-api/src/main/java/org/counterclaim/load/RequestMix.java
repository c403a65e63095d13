package org.counterclaim.load;

import java.util.List;

/** The requests one load client sends, one after another. */
interface RequestMix {

  /** A request path with its query string, and the kind it is counted under. */
  record Request(String kind, String path) {}

  Request next();

  /** Makes one client's mix from its seed and the document ids known to exist. */
  interface Factory {
    RequestMix create(long seed, List<String> documentIds);
  }
}
