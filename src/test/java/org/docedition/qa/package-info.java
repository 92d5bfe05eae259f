/** Third-party checks of the site built from the real seeds: Nu HTML Checker, axe-core, link checkers, page weight. */
package org.docedition.qa;
