package org.migrationmptf.governance.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * Narrows the country list: by M49 region and sub-region (exact names, e.g. {@code Africa},
 * {@code Sub-Saharan Africa}) and by {@code q}, part of the name or the alpha-3 code.
 */
public class CountryFilter {

    @QueryParam("region")
    @Size(max = 100, message = "must be at most 100 characters")
    private String region;

    @QueryParam("subRegion")
    @Size(max = 100, message = "must be at most 100 characters")
    private String subRegion;

    @QueryParam("q")
    @Size(max = 100, message = "must be at most 100 characters")
    private String q;

    public CountryFilter() {
    }

    public CountryFilter(String region, String subRegion, String q) {
        this.region = region;
        this.subRegion = subRegion;
        this.q = q;
    }

    public String region() {
        return blankToNull(region);
    }

    public String subRegion() {
        return blankToNull(subRegion);
    }

    public String q() {
        return blankToNull(q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
