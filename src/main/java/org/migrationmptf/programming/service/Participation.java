package org.migrationmptf.programming.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;

/**
 * Who the caller is in programming: whether they read every record (FMU, committee, auditors, the Administrative
 * Agent), or are a focal point scoped to one organisation's records. Also names organisations, read once per
 * request.
 */
@RequestScoped
public class Participation {

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    private Map<Long, String> acronyms;

    private Optional<OrganisationView> own;

    /** Reads every programme and every submitted note. */
    public boolean readsAll() {
        return currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.AUDITOR)
                || currentUser.hasRole(Roles.SC_MEMBER) || currentUser.hasRole(Roles.ADMIN_AGENT);
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public String user() {
        return currentUser.getName();
    }

    public boolean hasRole(String role) {
        return currentUser.hasRole(role);
    }

    /** The organisation the caller is a focal point of, if any. */
    public Optional<OrganisationView> ownOrganisation() {
        if (own == null) {
            own = currentUser.hasRole(Roles.PUNO_FOCAL_POINT) ? organisations.organisationOf(currentUser.getName())
                    : Optional.empty();
        }
        return own;
    }

    public OrganisationView requireOwnOrganisation() {
        return ownOrganisation().orElseThrow(() ->
                new AccessDeniedException("User " + currentUser.getName() + " is not a focal point of any organisation"));
    }

    /** Whether the caller is a focal point of this organisation. */
    public boolean isFocalPointOf(long organisationId) {
        return ownOrganisation().map(o -> o.id() == organisationId).orElse(false);
    }

    /** Acronyms by organisation id, with at least these ids' (kept in memory by governance: they never change). */
    public Map<Long, String> acronyms(java.util.Collection<Long> ids) {
        if (acronyms == null || !acronyms.keySet().containsAll(ids)) {
            acronyms = organisations.acronyms(ids);
        }
        return acronyms;
    }

    public String acronym(long organisationId) {
        return acronyms(java.util.List.of(organisationId)).getOrDefault(organisationId, String.valueOf(organisationId));
    }

    /** The id of an organisation named by its acronym; an unknown one is the caller's mistake in {@code field}. */
    public long organisationId(String acronym, String field) {
        try {
            return organisations.organisation(acronym.strip()).id();
        } catch (RecordNotFoundException e) {
            throw new BusinessRuleException(field, acronym + " is not a participating organisation");
        }
    }
}
