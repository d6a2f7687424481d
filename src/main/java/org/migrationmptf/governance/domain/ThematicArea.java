package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A thematic area of the fund: a group of GCM objectives that contributions can be earmarked to and programmes
 * are classified by. Each objective belongs to exactly one area (the database keys the grouping on the objective).
 */
@Entity
@Table(name = "thematic_area", schema = "governance")
@NamedQuery(name = "ThematicArea.findAllWithObjectives",
        query = "select distinct a from ThematicArea a left join fetch a.objectives order by a.number")
public class ThematicArea {

    @Id
    @Column(name = "id")
    private int number;

    @Column(nullable = false, length = 200)
    private String name;

    @OneToMany
    @JoinTable(name = "thematic_area_objective", schema = "governance",
            joinColumns = @JoinColumn(name = "thematic_area_id"),
            inverseJoinColumns = @JoinColumn(name = "objective_id", unique = true))
    @OrderBy("number")
    private List<GcmObjective> objectives = new ArrayList<>();

    protected ThematicArea() {
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public List<GcmObjective> getObjectives() {
        return Collections.unmodifiableList(objectives);
    }
}
