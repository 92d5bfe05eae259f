/** Command-line commands: parse options, call the build, map results to exit codes. */
package org.docedition.cli;
