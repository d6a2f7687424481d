package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The decisions of a fund's Steering Committee. The FMU (or the committee's chair) records them at a held meeting
 * with quorum; later modules ask {@link #authorisation} before they act on a record.
 */
public interface DecisionRegister {

    DecisionView record(String fund, long meetingId, @NotNull(message = "a body is required") @Valid DecisionRequest request);

    DecisionView revise(String fund, long decisionId, @NotNull(message = "a body is required") @Valid DecisionRequest request);

    Page<DecisionView> decisions(String fund, @NotNull @Valid DecisionFilter filter, @NotNull @Valid PageRequest page);

    DecisionView decision(String fund, long decisionId);

    /**
     * Whether decision {@code decisionId} authorises {@code act} on the record, today, for {@code amount} (null when
     * the act moves no money). Never throws for a refusal: the reason says why.
     */
    Authorisation authorisation(long decisionId, DecisionType act, String recordType, long recordId, Money amount);

    /** The amount a decision states, if it states one. */
    java.util.Optional<Money> decisionAmount(long decisionId);
}
