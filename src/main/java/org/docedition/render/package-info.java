/**
 * Renders a linked edition to HTML through Freemarker templates, with JBake's content conventions
 * for the hand-written pages; the only package importing JBake, Freemarker and flexmark.
 */
package org.docedition.render;
