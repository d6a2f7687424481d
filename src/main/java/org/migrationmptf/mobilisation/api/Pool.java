package org.migrationmptf.mobilisation.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

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

    /**
     * The pools a programme may draw from, in the order to draw: money earmarked to its countries, then to their
     * regions, then to its thematic area, and unearmarked money last, so that earmarked money is used where it
     * was given before flexible money.
     */
    public static List<String> forProgramme(int thematicArea, Collection<String> countries, Collection<String> regions) {
        List<String> pools = new ArrayList<>();
        new TreeSet<>(countries).forEach(c -> pools.add(country(c)));
        new TreeSet<>(regions).forEach(r -> pools.add(region(r)));
        pools.add(area(thematicArea));
        pools.add(UNEARMARKED);
        return pools;
    }
}
