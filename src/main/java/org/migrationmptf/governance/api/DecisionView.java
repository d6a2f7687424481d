package org.migrationmptf.governance.api;

import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.money.MoneyView;

/**
 * A decision in the register. {@code finalised} is true once its meeting's minutes are approved;
 * {@code supersededBy} names the correction that replaced it, if any.
 */
public record DecisionView(long id, String reference, String fund, long meetingId, LocalDate meetingDate,
                           DecisionType type, String title, String text, LocalDate effectiveOn, MoneyView amount,
                           List<RecordRef> subjects, String supersedes, String supersededBy, boolean finalised,
                           long version) {

    /** By its id only: see {@link org.migrationmptf.platform.web.Page} for why. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
