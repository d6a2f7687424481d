package org.migrationmptf.programming.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters of the programme list: fund, status, thematic area, region (UN M49) and participating organisation. */
public class ProgrammeFilter {

    @QueryParam("fund")
    @Size(max = 20, message = "must be at most 20 characters")
    private String fund;

    @QueryParam("status")
    private ProgrammeStatus status;

    @QueryParam("thematicArea")
    @Min(value = 1, message = "must be a thematic area number")
    @Max(value = 99, message = "must be a thematic area number")
    private Integer thematicArea;

    @QueryParam("region")
    @Size(max = 100, message = "must be at most 100 characters")
    private String region;

    @QueryParam("organisation")
    @Size(max = 20, message = "must be at most 20 characters")
    private String organisation;

    public ProgrammeFilter() {
    }

    public ProgrammeFilter(String fund, ProgrammeStatus status, Integer thematicArea, String region, String organisation) {
        this.fund = fund;
        this.status = status;
        this.thematicArea = thematicArea;
        this.region = region;
        this.organisation = organisation;
    }

    public String fund() {
        return fund;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Integer thematicArea() {
        return thematicArea;
    }

    public String region() {
        return region;
    }

    public String organisation() {
        return organisation;
    }
}
