package org.counterclaim.api;

/** The body of every error response: a short message and, where it helps, what to do about it. */
public record ApiError(String error, String detail) {}
