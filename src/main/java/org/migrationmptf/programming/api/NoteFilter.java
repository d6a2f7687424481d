package org.migrationmptf.programming.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * Filters of the concept note list: status, fund, call, thematic area, region (UN M49, of the note's countries)
 * and participating organisation.
 */
public class NoteFilter {

    @QueryParam("status")
    private NoteStatus status;

    @QueryParam("fund")
    @Size(max = 20, message = "must be at most 20 characters")
    private String fund;

    @QueryParam("call")
    @Positive(message = "must be a call id")
    private Long call;

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

    public NoteFilter() {
    }

    public NoteFilter(NoteStatus status, String fund, Long call, Integer thematicArea, String region,
                      String organisation) {
        this.status = status;
        this.fund = fund;
        this.call = call;
        this.thematicArea = thematicArea;
        this.region = region;
        this.organisation = organisation;
    }

    public NoteStatus status() {
        return status;
    }

    public String fund() {
        return fund;
    }

    public Long call() {
        return call;
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
