package org.upright.content.shared;

/** The three kinds of content; the names are what {@link ContentStatusChanged#kind()} carries. */
public enum ContentKind {
    ARTICLE, ROUTINE, PROGRAM
}
