/**
 * File helpers every stage shares: deleting a folder tree safely and SHA-256 digests. No
 * third-party code; depends on nothing else in the project.
 */
package org.docedition.files;
