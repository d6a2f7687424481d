package org.migrationmptf.governance.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.governance.api.FocalPointRequest;
import org.migrationmptf.governance.api.FocalPointView;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationRequest;
import org.migrationmptf.governance.api.OrganisationStatus;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.domain.FocalPoint;
import org.migrationmptf.governance.domain.ParticipatingOrganisation;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Like;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Participating UN Organisations (public within the system: every role reads them) and their focal points (the
 * FMU and auditors see all; a focal point sees its own organisation's).
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class OrganisationService implements Organisations {

    @jakarta.inject.Inject
    RecordNames names;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Override
    public Page<OrganisationView> organisations(OrganisationFilter filter, PageRequest page) {
        List<ParticipatingOrganisation> rows = filtered(em.createNamedQuery("ParticipatingOrganisation.search",
                ParticipatingOrganisation.class), filter)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = filtered(em.createNamedQuery("ParticipatingOrganisation.count", Long.class), filter)
                .getSingleResult();
        return Page.of(rows, page, total).map(OrganisationService::view);
    }

    @Override
    public OrganisationView organisation(String acronym) {
        return view(find(acronym));
    }

    @Override
    public java.util.Map<Long, String> acronyms(java.util.Collection<Long> ids) {
        return names.acronyms(ids);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public OrganisationView register(OrganisationRequest request) {
        if (!em.createNamedQuery("ParticipatingOrganisation.findByAcronym", ParticipatingOrganisation.class)
                .setParameter("acronym", request.acronym()).getResultList().isEmpty()) {
            throw new ConflictException("acronym", request.acronym() + " is already a participating organisation");
        }
        ParticipatingOrganisation organisation =
                new ParticipatingOrganisation(request.acronym(), request.name(), request.mouSignedOn());
        em.persist(organisation);
        em.flush();
        return view(organisation);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public OrganisationView update(String acronym, OrganisationRequest request) {
        ParticipatingOrganisation organisation = find(acronym);
        if (!organisation.getAcronym().equalsIgnoreCase(request.acronym())) {
            throw new ConflictException("acronym", "An organisation's acronym cannot change (" + organisation.getAcronym()
                    + "); register the new organisation instead");
        }
        organisation.update(request.name(), request.mouSignedOn(),
                request.status() == null ? organisation.getStatus() : request.status());
        em.flush();
        return view(organisation);
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT})
    public List<FocalPointView> focalPoints(String acronym) {
        ParticipatingOrganisation organisation = find(acronym);
        if (currentUser.hasRole(Roles.PUNO_FOCAL_POINT) && !currentUser.hasRole(Roles.FUND_MANAGER)
                && !currentUser.hasRole(Roles.AUDITOR)
                && organisationOf(currentUser.getName()).map(o -> !o.acronym().equals(organisation.getAcronym())).orElse(true)) {
            throw new org.migrationmptf.platform.problem.AccessDeniedException(
                    "A focal point sees the focal points of its own organisation only");
        }
        return em.createNamedQuery("FocalPoint.findByOrganisation", FocalPoint.class)
                .setParameter("organisation", organisation.getId()).getResultList().stream()
                .map(OrganisationService::view).toList();
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public FocalPointView addFocalPoint(String acronym, FocalPointRequest request) {
        ParticipatingOrganisation organisation = find(acronym);
        if (!em.createQuery("select f from FocalPoint f where f.userName = :user", FocalPoint.class)
                .setParameter("user", request.userName().strip()).getResultList().isEmpty()) {
            throw new ConflictException("userName", "User " + request.userName() + " is already a focal point");
        }
        FocalPoint focalPoint = new FocalPoint(organisation, request.userName(), request.fullName(), request.email());
        em.persist(focalPoint);
        em.flush();
        return view(focalPoint);
    }

    @Override
    @PermitAll
    public Optional<OrganisationView> organisationOf(String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("FocalPoint.findByUser", FocalPoint.class).setParameter("user", userName)
                .getResultList().stream().findFirst().map(f -> view(f.getOrganisation()));
    }

    private ParticipatingOrganisation find(String acronym) {
        return em.createNamedQuery("ParticipatingOrganisation.findByAcronym", ParticipatingOrganisation.class)
                .setParameter("acronym", acronym == null ? "" : acronym.strip())
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("acronym", "No participating organisation " + acronym));
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, OrganisationFilter filter) {
        String q = filter.q();
        OrganisationStatus status = filter.status();
        return query.setParameter("status", status)
                .setParameter("q", q == null ? null : Like.containing(q));
    }

    static OrganisationView view(ParticipatingOrganisation o) {
        return new OrganisationView(o.getId(), o.getAcronym(), o.getName(), o.getMouSignedOn(), o.getStatus(), o.getVersion());
    }

    private static FocalPointView view(FocalPoint f) {
        return new FocalPointView(f.getId(), f.getOrganisation().getAcronym(), f.getUserName(), f.getFullName(),
                f.getEmail(), f.isActive());
    }
}
