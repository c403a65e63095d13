package org.counterclaim.model;

import java.util.List;

/**
 * A named person who speaks for an organisation or holds a role: "UK Defence Secretary Gavin Williamson".
 *
 * @param name         full name as first written
 * @param title        role as written ("Defence Secretary", "spokesman", "Col."), or null
 * @param organization canonical organisation, or null
 * @param mentions     how many times the text mentions the person (full or short)
 */
public record Official(String name, String title, String organization, int mentions) {}
