package org.docedition.model;

/** Errors fail a build; warnings fail it only with {@code --strict}. */
public enum Severity { ERROR, WARNING }
