package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The Participating UN Organisations and their focal points. {@link #organisationOf} is how every module scopes a
 * focal point to its own organisation's records.
 */
public interface Organisations {

    Page<OrganisationView> organisations(@NotNull @Valid OrganisationFilter filter, @NotNull @Valid PageRequest page);

    /** @throws org.migrationmptf.platform.problem.RecordNotFoundException for an unknown acronym */
    OrganisationView organisation(String acronym);

    /**
     * Acronyms by organisation id, with at least these ids' (where they exist; possibly more): kept in memory, since
     * an acronym never changes; read again only when an id is not known yet. What lists show on every row.
     */
    java.util.Map<Long, String> acronyms(java.util.Collection<Long> ids);

    OrganisationView register(@NotNull(message = "a body is required") @Valid OrganisationRequest request);

    OrganisationView update(String acronym, @NotNull(message = "a body is required") @Valid OrganisationRequest request);

    List<FocalPointView> focalPoints(String acronym);

    FocalPointView addFocalPoint(String acronym, @NotNull(message = "a body is required") @Valid FocalPointRequest request);

    /** The organisation a user is an active focal point of, if any. */
    Optional<OrganisationView> organisationOf(String userName);
}
