package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A Sustainable Development Goal indicator that programme results are tagged with (target 10.7 and 10.c). */
@Entity
@Table(name = "sdg_indicator", schema = "governance")
@NamedQuery(name = "SdgIndicator.findAll", query = "select i from SdgIndicator i order by i.code")
public class SdgIndicator {

    @Id
    @Column(length = 10)
    private String code;

    @Column(name = "sdg_target", nullable = false, length = 10)
    private String target;

    @Column(nullable = false, length = 500)
    private String description;

    protected SdgIndicator() {
    }

    public String getCode() {
        return code;
    }

    public String getTarget() {
        return target;
    }

    public String getDescription() {
        return description;
    }
}
