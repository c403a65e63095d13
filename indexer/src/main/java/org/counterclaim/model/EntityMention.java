package org.counterclaim.model;

/**
 * A named thing in a text: a person, an organisation, a place, a date or a title.
 *
 * @param type      PERSON, ORGANIZATION, LOCATION (or CITY, STATE_OR_PROVINCE, COUNTRY when known), DATE, TITLE
 * @param text      the words as written
 * @param canonical the normalised form: the full name for a person, the canonical organisation, ISO for a date
 * @param start     character offset into the document text
 * @param end       character offset just past the mention
 */
public record EntityMention(String type, String text, String canonical, int start, int end) {}
