package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.migrationmptf.platform.audit.AuditedEntity;

/**
 * A user who acts for one Participating UN Organisation. This link, not the user's role alone, is what limits a
 * focal point to its own organisation's records everywhere in the system.
 */
@Entity
@Table(name = "focal_point", schema = "governance")
@NamedQuery(name = "FocalPoint.findByUser",
        query = "select f from FocalPoint f join fetch f.organisation where f.userName = :user and f.active = true")
@NamedQuery(name = "FocalPoint.findByOrganisation", query = "select f from FocalPoint f"
        + " where f.organisation.id = :organisation order by f.fullName")
public class FocalPoint extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ParticipatingOrganisation organisation;

    @Column(name = "user_name", nullable = false, unique = true, length = 100)
    private String userName;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(nullable = false)
    private boolean active;

    protected FocalPoint() {
    }

    public FocalPoint(ParticipatingOrganisation organisation, String userName, String fullName, String email) {
        this.organisation = organisation;
        this.userName = userName.strip();
        this.fullName = fullName.strip();
        this.email = email;
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public ParticipatingOrganisation getOrganisation() {
        return organisation;
    }

    public String getUserName() {
        return userName;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }
}
