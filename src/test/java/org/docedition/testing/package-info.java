/** Test fixtures shared by the packages' tests: the local HTTP server for built sites. */
package org.docedition.testing;
