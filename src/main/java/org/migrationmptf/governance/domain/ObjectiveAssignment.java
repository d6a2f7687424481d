package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * Which thematic area of a fund a GCM objective sits in. Keyed by fund and objective, so an objective is in
 * exactly one area of each fund: moving it is a change of area, never a second row.
 */
@Entity
@Table(name = "thematic_area_objective", schema = "governance")
@IdClass(ObjectiveAssignment.Key.class)
@NamedQuery(name = "ObjectiveAssignment.findByFund", query = "select o from ObjectiveAssignment o"
        + " join fetch o.area a where o.fundId = :fundId order by o.objectiveNumber")
public class ObjectiveAssignment extends AuditedEntity {

    @Id
    @Column(name = "fund_id")
    private long fundId;

    @Id
    @Column(name = "objective_id")
    private int objectiveNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thematic_area_id", nullable = false)
    private ThematicArea area;

    protected ObjectiveAssignment() {
    }

    public ObjectiveAssignment(ThematicArea area, int objectiveNumber) {
        this.fundId = area.getFund().getId();
        this.objectiveNumber = objectiveNumber;
        this.area = area;
    }

    /** Moves the objective to another area of the same fund. */
    public void moveTo(ThematicArea newArea) {
        if (newArea.getFund().getId() != fundId) {
            throw new BusinessRuleException("area", "An objective can only move to a thematic area of the same fund");
        }
        this.area = newArea;
    }

    public long getFundId() {
        return fundId;
    }

    public int getObjectiveNumber() {
        return objectiveNumber;
    }

    public ThematicArea getArea() {
        return area;
    }

    /** The composite key: fund and objective. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long fundId;
        private int objectiveNumber;

        public Key() {
        }

        public Key(long fundId, int objectiveNumber) {
            this.fundId = fundId;
            this.objectiveNumber = objectiveNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fundId == fundId && k.objectiveNumber == objectiveNumber;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(fundId) * 31 + objectiveNumber;
        }

        /** As the audit trail names the record: fund id / objective number. */
        @Override
        public String toString() {
            return fundId + "/" + objectiveNumber;
        }
    }
}
