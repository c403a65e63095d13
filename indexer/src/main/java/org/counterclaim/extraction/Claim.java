package org.counterclaim.extraction;

import org.counterclaim.model.Stance;

/**
 * Who gives a figure: the claimant (organisation, canonical), the speaker if named, the verb and the stance, and
 * who relays it when the text names another source inside the claimant's words.
 */
record Claim(String claimant, String speaker, String verb, Stance stance, String relayedBy) {

  Claim(String claimant, String speaker, String verb, Stance stance) {
    this(claimant, speaker, verb, stance, null);
  }

  Claim withClaimant(String org) {
    return new Claim(org, speaker, verb, stance, relayedBy);
  }
}
