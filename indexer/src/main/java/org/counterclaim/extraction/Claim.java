package org.counterclaim.extraction;

/** Who gives a figure: the claimant (organisation, canonical), the speaker if named, the verb and the stance. */
record Claim(String claimant, String speaker, String verb, String stance) {

  static final String REPORTED = "reported";
  static final String CLAIMED = "claimed";

  Claim withClaimant(String org) {
    return new Claim(org, speaker, verb, stance);
  }
}
