package org.anquan.exam.certificate.control;

/**
 * When a certificate is earned: the theory paper passed and, for subjects with a practical part, a practical
 * score at the pass mark too. A practical score not yet entered holds the certificate back until it is.
 */
public final class Certification {

    private Certification() {
    }

    public static boolean earned(boolean theoryPassed, boolean practicalRequired, Integer practicalScore,
                                 int passMark) {
        return theoryPassed && (!practicalRequired || (practicalScore != null && practicalScore >= passMark));
    }
}
