package org.docedition.search;

/**
 * The search index could not be built: Pagefind is missing, is not the pinned version, or failed.
 *
 * <p>The message says what happened and what to do ("run npm ci"), so callers print it as it is.
 */
public final class SearchIndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SearchIndexException(String message) {
        super(message);
    }

    SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
