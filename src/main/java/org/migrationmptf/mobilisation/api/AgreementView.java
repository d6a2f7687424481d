package org.migrationmptf.mobilisation.api;

import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.money.MoneyView;

/** An agreement, what has been deposited against it, and its instalments (overdue ones flagged). */
public record AgreementView(long id, String reference, long contributorId, String contributor, LocalDate signedOn,
                            MoneyView total, MoneyView deposited, EarmarkKind earmarkKind, String earmarkValue,
                            List<InstalmentView> instalments) {

    /** By its id only: see {@link org.migrationmptf.platform.web.Page} for why. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /** A scheduled payment: overdue when its day has passed and less than its amount has arrived. */
    public record InstalmentView(long id, int sequence, LocalDate dueOn, MoneyView amount, MoneyView deposited,
                                 boolean overdue) {
    }
}
