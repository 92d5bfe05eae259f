/**
 * File helpers every stage shares: deleting a folder tree safely, SHA-256 digests, and a
 * lock-free text buffer that pages and data files are written into before they become bytes. No
 * third-party code; depends on nothing else in the project.
 */
package org.docedition.files;
