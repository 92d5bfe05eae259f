/** Synthetic corpora in the seed formats, and the benchmark that builds them against Hugo as a reference. */
package org.docedition.bench;
