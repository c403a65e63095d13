package org.counterclaim.extraction;

import org.counterclaim.model.Qualifier;

/**
 * A number as written, with its hedge: "more than 1,600", "hundreds", "between 100 and 300", "two".
 *
 * @param min       lowest value (inclusive)
 * @param max       highest value (inclusive), null when open
 * @param qualifier exact, more_than, at_least, about, up_to, range or vague
 * @param start     offset into the text it was read from
 * @param end       offset just past it
 */
public record Quantity(long min, Long max, Qualifier qualifier, int start, int end) {}
