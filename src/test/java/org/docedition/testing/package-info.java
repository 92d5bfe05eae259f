/**
 * Test fixtures shared by the packages' tests: the local HTTP server for built sites, headless
 * Chromium and the other programs checks need, folder copies.
 */
package org.docedition.testing;
