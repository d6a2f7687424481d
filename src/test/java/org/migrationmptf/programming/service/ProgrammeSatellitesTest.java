package org.migrationmptf.programming.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeSatellitesTest {

    private final ProgrammeSatellites kept = new ProgrammeSatellites();
    private final Instant at = Instant.parse("2026-11-30T06:00:00.123456Z");
    private final ProgrammeSatellites.Satellites budget100 =
            new ProgrammeSatellites.Satellites(Set.of(1L, 2L), Set.of("Africa"), new BigDecimal("100.00"));

    @Test
    void theSameVersionReadAgainIsKnown() {
        kept.remember(7, 3, at, budget100);
        assertEquals(budget100, kept.known(7, 3, at));
    }

    @Test
    void aRevisedProgrammeIsReadAfresh() {
        kept.remember(7, 3, at, budget100);
        assertNull(kept.known(7, 4, at.plusSeconds(60)), "a new version (a revised budget) is not served from memory");
    }

    @Test
    void whatARolledBackTransactionSawIsNotTakenForTheCommittedVersion() {
        // A transaction changed the programme, was read in a list, then rolled back; another commits the same version
        // number at another time.
        kept.remember(7, 4, at, budget100);
        assertNull(kept.known(7, 4, at.plusNanos(1_000)));
    }

    @Test
    void anotherProgrammeIsNotKnown() {
        kept.remember(7, 3, at, budget100);
        assertNull(kept.known(8, 3, at));
    }

    @Test
    void memoryIsBounded() {
        for (long id = 0; id < ProgrammeSatellites.MAX_ENTRIES + 10; id++) {
            kept.remember(id, 0, at, budget100);
        }
        assertNull(kept.known(0, 0, at), "the first entries went when the memory was full");
        assertEquals(budget100, kept.known(ProgrammeSatellites.MAX_ENTRIES + 9, 0, at));
    }
}
