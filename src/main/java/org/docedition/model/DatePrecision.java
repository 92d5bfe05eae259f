package org.docedition.model;

/** How precisely a source dates a document. */
public enum DatePrecision { YEAR, MONTH, DAY }
