package org.anquan.knowledge.law.control;

import jakarta.ejb.ApplicationException;

/** One file that could not be imported; its transaction is rolled back, the folder import goes on. */
@ApplicationException(rollback = true)
public class ImportFailure extends RuntimeException {

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
