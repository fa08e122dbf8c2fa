package org.anquan.exam.bank.boundary;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import org.anquan.platform.audit.boundary.AuditTrail;

import java.time.Clock;

/** Outside the container, the test hands the boundary what the container would inject. */
public final class QuestionBankWiring {

    private QuestionBankWiring() {
    }

    public static QuestionBank wired(EntityManager entityManager, Clock clock, AuditTrail auditTrail,
                                     SessionContext caller) {
        QuestionBank bank = new QuestionBank();
        bank.entityManager = entityManager;
        bank.clock = clock;
        bank.auditTrail = auditTrail;
        bank.caller = caller;
        return bank;
    }
}
