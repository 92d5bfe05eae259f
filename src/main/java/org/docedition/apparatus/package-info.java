/**
 * The editorial apparatus of a linked edition: footnote checks, the persons index, archive
 * citations read into their parts, source listings and related documents.
 */
package org.docedition.apparatus;
