package org.migrationmptf.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemClassifierTest {

    @Test
    void brokenRulesAnswer422WithTheMessageAndTheField() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(
                new BusinessRuleException("amount", "The allocation exceeds the money available"));
        assertEquals(422, c.problem().status());
        assertEquals("The allocation exceeds the money available", c.problem().detail());
        assertEquals(List.of(new Problem.FieldError("amount", "The allocation exceeds the money available")),
                c.problem().errors());
        assertFalse(c.unexpected());
    }

    @Test
    void eachFundExceptionHasItsStatus() {
        assertEquals(404, ProblemClassifier.classify(new RecordNotFoundException("no such")).problem().status());
        assertEquals(409, ProblemClassifier.classify(new ConflictException("twice")).problem().status());
        assertEquals(403, ProblemClassifier.classify(new AccessDeniedException("not yours")).problem().status());
        assertNull(ProblemClassifier.classify(new ConflictException("twice")).problem().errors());
        Problem busy = ProblemClassifier.classify(new BusyException("wait your turn")).problem();
        assertEquals(503, busy.status());
        assertEquals("urn:migrationmptf:problem:busy", busy.type());
        assertEquals("wait your turn", busy.detail());
    }

    @Test
    void unwrapsWhatTheEjbContainerWrapped() {
        ProblemClassifier.Classified c =
                ProblemClassifier.classify(new EJBException(new RecordNotFoundException("No country XYZ")));
        assertEquals(404, c.problem().status());
        assertEquals("No country XYZ", c.problem().detail());
    }

    @Test
    void malformedJsonIsTheCallersToFix() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new JsonbException("Unexpected char 123"));
        assertEquals(400, c.problem().status());
        assertFalse(c.problem().detail().contains("Unexpected char"), "no parser internals: " + c.problem().detail());
    }

    @Test
    void aStaleVersionIsAConflict() {
        assertEquals(409, ProblemClassifier.classify(new OptimisticLockException()).problem().status());
    }

    @Test
    void aRoleRefusalIs403() {
        assertEquals(403, ProblemClassifier.classify(new EJBAccessException("denied")).problem().status());
    }

    @Test
    void httpErrorsKeepTheirStatus() {
        assertEquals(404, ProblemClassifier.classify(new NotFoundException()).problem().status());
        assertEquals(405, ProblemClassifier.classify(new NotAllowedException("GET")).problem().status());
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingIt() {
        NotFoundException e = new NotFoundException(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta.ws.rs.QueryParam(\"size\") value is 'abc'");
        Problem p = ProblemClassifier.classify(e).problem();
        assertEquals(400, p.status());
        assertEquals("size", p.errors().get(0).field());
    }

    @Test
    void anUnreachableDatabaseIs503NotAnIncident() {
        Exception refused = new jakarta.ejb.EJBTransactionRolledbackException("rolled back", new EJBException(
                new RuntimeException("Unable to acquire JDBC Connection", new java.sql.SQLException("refused", "08001"))));
        ProblemClassifier.Classified c = ProblemClassifier.classify(refused);
        assertEquals(503, c.problem().status());
        assertFalse(c.unexpected());
        assertEquals(503, ProblemClassifier.classify(new RuntimeException(
                new java.sql.SQLException("terminating connection due to administrator command", "57P01"))).problem().status());
        assertEquals(500, ProblemClassifier.classify(new java.sql.SQLException("syntax", "42601")).problem().status());
    }

    @Test
    void anythingElseIs500WithAnIncidentAndNoInternals() {
        ProblemClassifier.Classified c =
                ProblemClassifier.classify(new IllegalStateException("password=secret at db.example:5432"));
        assertTrue(c.unexpected());
        assertEquals(500, c.problem().status());
        assertNotNull(c.problem().incident());
        assertTrue(c.problem().detail().contains(c.problem().incident()));
        assertFalse(c.problem().detail().contains("secret"));
    }
}
