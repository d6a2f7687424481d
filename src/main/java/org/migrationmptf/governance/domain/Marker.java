package org.migrationmptf.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A marker every proposal is scored on, from 0 (no contribution) to 3 (the principal objective): gender
 * equality, human rights, child-sensitivity. The scale says what each score means for this marker.
 */
@Entity
@Table(name = "marker", schema = "governance")
@NamedQuery(name = "Marker.findAllWithScale",
        query = "select distinct m from Marker m left join fetch m.scale order by m.sortOrder")
public class Marker {

    public static final int LOWEST_SCORE = 0;
    public static final int HIGHEST_SCORE = 3;

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "marker_score", schema = "governance", joinColumns = @JoinColumn(name = "marker_code"))
    @MapKeyColumn(name = "score")
    @Column(name = "description", nullable = false, length = 500)
    @OrderBy
    private Map<Integer, String> scale = new TreeMap<>();

    protected Marker() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** What each score from {@link #LOWEST_SCORE} to {@link #HIGHEST_SCORE} means, by score. */
    public Map<Integer, String> getScale() {
        return Collections.unmodifiableMap(new TreeMap<>(scale));
    }

    public static boolean isValidScore(int score) {
        return score >= LOWEST_SCORE && score <= HIGHEST_SCORE;
    }
}
