package org.migrationmptf.mobilisation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.money.MoneyView;

/** A journal of the ledger and its lines (debits positive, credits negative). */
public record JournalView(long id, JournalKind kind, LocalDate valueDate, String description, String recordedBy,
                          Instant recordedAt, Long reverses, List<Line> lines) {

    /** By its id only: see {@link org.migrationmptf.platform.web.Page} for why. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** One line of a journal. */
    public record Line(Account account, String pool, MoneyView amount, Long contributorId, Long organisationId,
                       Long programmeId) {

        /** By its pool and amount only (an enum's hash is the object's identity hash, which was 4% of the ledger
         *  list's time): see {@link org.migrationmptf.platform.web.Page} for why. */
        @Override
        public int hashCode() {
            return 31 * amount.hashCode() + java.util.Objects.hashCode(pool);
        }
    }
}
