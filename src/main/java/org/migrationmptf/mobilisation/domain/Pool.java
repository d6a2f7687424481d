package org.migrationmptf.mobilisation.domain;

/**
 * An earmark pool: the money that may fund only some programmes. Unearmarked money funds any programme;
 * money earmarked to a thematic area, a country or a region funds only programmes there. Written in the ledger as
 * a short key: {@code UNEARMARKED}, {@code AREA:2}, {@code COUNTRY:MEX}, {@code REGION:Africa}.
 */
public final class Pool {

    public static final String UNEARMARKED = "UNEARMARKED";

    private Pool() {
    }

    public static String area(int number) {
        return "AREA:" + number;
    }

    public static String country(String alpha3) {
        return "COUNTRY:" + alpha3;
    }

    public static String region(String m49Region) {
        return "REGION:" + m49Region;
    }
}
