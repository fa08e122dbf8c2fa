package org.anquan.knowledge.search.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Elasticsearch could not answer. An application exception that leaves the caller's transaction alone, so the
 * caller can fall back to the database in the same transaction.
 */
@ApplicationException(rollback = false)
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
