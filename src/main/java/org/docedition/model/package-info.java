/** Immutable records describing an edition's documents; imports only {@code java.*}. */
package org.docedition.model;
