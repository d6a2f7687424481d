package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The funds run in this installation, their parameters and thematic areas. Every role reads; the Fund Management
 * Unit changes. Later modules read a fund's parameters (fee, caps, reserve, limits) from here.
 */
public interface FundAdministration {

    Page<FundView> funds(@NotNull @Valid PageRequest page);

    /** @throws org.migrationmptf.platform.problem.RecordNotFoundException for an unknown code */
    FundView fund(String code);

    /**
     * The id of the fund with this code, from memory (a code never changes): for lists that need no more of the
     * fund than which one it is.
     *
     * @throws org.migrationmptf.platform.problem.RecordNotFoundException for an unknown code
     */
    long fundId(String code);

    /** @throws org.migrationmptf.platform.problem.RecordNotFoundException for an unknown id */
    FundView fundById(long id);

    /**
     * Fund codes by id, with at least these ids' (for lists that show each row's fund): kept in memory, since a
     * fund's code never changes; read again only when an id is not known yet.
     */
    java.util.Map<Long, String> fundCodes(java.util.Collection<Long> ids);

    FundView create(@NotNull(message = "a body is required") @Valid NewFundRequest request);

    FundView changeParameters(String code, @NotNull(message = "a body is required") @Valid FundParametersRequest request);

    List<ThematicAreaView> thematicAreas(String code);

    ThematicAreaView addThematicArea(String code, @NotNull(message = "a body is required") @Valid ThematicAreaRequest request);

    ThematicAreaView renameThematicArea(String code, int number,
                                        @NotNull(message = "a body is required") @Valid ThematicAreaRequest request);

    /** Moves a GCM objective to another thematic area of the fund (it stays in exactly one). */
    List<ThematicAreaView> assignObjective(String code,
                                           @Min(value = 1, message = "must be a GCM objective, 1 to 23") @Max(value = 23, message = "must be a GCM objective, 1 to 23") int objective,
                                           @Min(value = 1, message = "must be a thematic area number") int areaNumber);
}
