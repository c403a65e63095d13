package org.counterclaim.lexicon;

/** A known organisation: its canonical name and its kind (ngo, news, government, military, un, other). */
public record Organisation(String name, String kind) {

  public boolean isNewsOutlet() {
    return "news".equals(kind);
  }
}
