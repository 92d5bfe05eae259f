/** The edition build: one orchestrator that runs the pipeline stages in order. */
package org.docedition.pipeline;
