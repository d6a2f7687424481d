package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A country or territory (ISO 3166-1), with its UN M49 region and sub-region, which the fund uses for geographic
 * earmarking and for reporting allocations by region.
 */
@Entity
@Table(name = "country", schema = "governance")
@NamedQuery(name = "Country.search", query = "select c from Country c"
        + " where (:region is null or c.region = :region)"
        + " and (:subRegion is null or c.subRegion = :subRegion)"
        + " and (:name is null or lower(c.name) like :name escape '!' or c.code = upper(:code))"
        + " order by c.name")
@NamedQuery(name = "Country.count", query = "select count(c) from Country c"
        + " where (:region is null or c.region = :region)"
        + " and (:subRegion is null or c.subRegion = :subRegion)"
        + " and (:name is null or lower(c.name) like :name escape '!' or c.code = upper(:code))")
@NamedQuery(name = "Country.findAll", query = "select c from Country c order by c.name")
public class Country {

    @Id
    @Column(length = 3)
    private String code;

    @Column(nullable = false, length = 2)
    private String alpha2;

    @Column(name = "numeric_code", nullable = false, length = 3)
    private String numericCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "m49_region", length = 100)
    private String region;

    @Column(name = "m49_sub_region", length = 100)
    private String subRegion;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public String getAlpha2() {
        return alpha2;
    }

    public String getNumericCode() {
        return numericCode;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public String getSubRegion() {
        return subRegion;
    }
}
