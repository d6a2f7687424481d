package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.migrationmptf.governance.api.OrganisationStatus;
import org.migrationmptf.platform.audit.AuditedEntity;

/**
 * A Participating UN Organisation: a UN entity that has signed the fund's Memorandum of Understanding and can
 * receive transfers for joint programmes. The eight founders are seeded; others join by signing the MOU.
 */
@Entity
@Table(name = "organisation", schema = "governance")
@NamedQuery(name = "ParticipatingOrganisation.findByAcronym",
        query = "select o from ParticipatingOrganisation o where upper(o.acronym) = upper(:acronym)")
@NamedQuery(name = "ParticipatingOrganisation.search", query = "select o from ParticipatingOrganisation o"
        + " where (:status is null or o.status = :status)"
        + " and (:q is null or lower(o.name) like :q escape '!' or lower(o.acronym) like :q escape '!')"
        + " order by o.acronym")
@NamedQuery(name = "ParticipatingOrganisation.count", query = "select count(o) from ParticipatingOrganisation o"
        + " where (:status is null or o.status = :status)"
        + " and (:q is null or lower(o.name) like :q escape '!' or lower(o.acronym) like :q escape '!')")
public class ParticipatingOrganisation extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String acronym;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(name = "mou_signed_on")
    private LocalDate mouSignedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrganisationStatus status;

    protected ParticipatingOrganisation() {
    }

    public ParticipatingOrganisation(String acronym, String name, LocalDate mouSignedOn) {
        this.acronym = acronym.strip().toUpperCase();
        this.name = name.strip();
        this.mouSignedOn = mouSignedOn;
        this.status = OrganisationStatus.ACTIVE;
    }

    public void update(String newName, LocalDate newMouSignedOn, OrganisationStatus newStatus) {
        this.name = newName.strip();
        this.mouSignedOn = newMouSignedOn;
        this.status = newStatus;
    }

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public LocalDate getMouSignedOn() {
        return mouSignedOn;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
