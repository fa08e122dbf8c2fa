package org.anquan.portal.api.problem;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.anquan.portal.language.Languages;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper(null, null, null);

    @Test
    void aDatabaseThatIsAwayOrBusyAsksTheCallerToTryAgain() {
        for (Throwable failure : new Throwable[]{
                new EJBException(new PersistenceException(new PessimisticLockException("lock wait"))),
                new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205)),
                new PersistenceException(new SQLException("Deadlock found", "40001", 1213)),
                new PersistenceException(new SQLNonTransientConnectionException("socket closed", "08000")),
                new PersistenceException(new SQLException("Error in allocating a connection. Cause: refused")),
                new EJBException(new jakarta.transaction.SystemException("JTS5031: Exception on Resource [rollback]")),
                new EJBException(new javax.transaction.xa.XAException("(conn=244) Socket error")),
                new EJBException(new jakarta.transaction.RollbackException())}) {
            Problem problem = mapper.problemFor(failure, Languages.ZH);
            assertThat(problem.status()).as(failure.getCause().toString()).isEqualTo(503);
            assertThat(problem.type()).isEqualTo(ProblemTypes.UNAVAILABLE);
            assertThat(problem.title()).isNotBlank();
        }
    }

    @Test
    void aFaultOfOursStaysAServerErrorWithAnIncidentAndNoTrace() {
        Problem problem = mapper.problemFor(new PersistenceException(
                new SQLException("You have an error in your SQL syntax", "42000", 1064)), Languages.EN);
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).matches(".*\\([0-9a-f-]{36}\\)").doesNotContain("SQL syntax");
        assertThat(mapper.problemFor(new IllegalStateException("bug"), Languages.EN).status()).isEqualTo(500);
        jakarta.transaction.RollbackException duplicate = new jakarta.transaction.RollbackException();
        duplicate.initCause(new PersistenceException(new java.sql.SQLIntegrityConstraintViolationException("Duplicate")));
        assertThat(mapper.problemFor(new EJBException(duplicate), Languages.EN).status())
                .as("a constraint violation at commit is ours, not an outage").isEqualTo(500);
    }

    @Test
    void aBodyValueOfTheWrongTypeNamesItsField() {
        Problem problem = mapper.problemFor(new jakarta.ws.rs.ProcessingException(new jakarta.json.bind.JsonbException(
                "Unable to deserialize property 'capacity' because of: Error deserialize JSON value into type: "
                        + "class java.lang.Integer.")), Languages.ZH);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("capacity");
        assertThat(mapper.problemFor(new jakarta.json.bind.JsonbException("Unexpected char 39 at (line no=1)"),
                Languages.EN).errors()).as("malformed JSON names no field").isNull();
    }
}
