package org.migrationmptf.governance.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Narrows the organisation list: by status and by part of the name or acronym ({@code q}). */
public class OrganisationFilter {

    @QueryParam("status")
    private OrganisationStatus status;

    @QueryParam("q")
    @Size(max = 100, message = "must be at most 100 characters")
    private String q;

    public OrganisationFilter() {
    }

    public OrganisationFilter(OrganisationStatus status, String q) {
        this.status = status;
        this.q = q;
    }

    public OrganisationStatus status() {
        return status;
    }

    public String q() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
