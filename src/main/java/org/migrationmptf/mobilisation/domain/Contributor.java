package org.migrationmptf.mobilisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.migrationmptf.mobilisation.api.ContributorType;
import org.migrationmptf.mobilisation.api.PipelineStage;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.money.Money;

/**
 * A government, company, foundation or other organisation that gives, or may give, to the fund. Resource
 * mobilisation follows it from prospect to pledge to a signed agreement, with the amount expected.
 */
@Entity
@Table(name = "contributor", schema = "mobilisation")
@NamedQuery(name = "Contributor.search", query = "select c from Contributor c"
        + " where (:stage is null or c.stage = :stage) and (:type is null or c.type = :type) order by c.name")
@NamedQuery(name = "Contributor.count", query = "select count(c) from Contributor c"
        + " where (:stage is null or c.stage = :stage) and (:type is null or c.type = :type)")
public class Contributor extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "contributor_type", nullable = false, length = 20)
    private ContributorType type;

    @Column(name = "country_code", length = 3)
    private String countryCode;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "pipeline_stage", nullable = false, length = 20)
    private PipelineStage stage;

    @Column(name = "expected_amount", precision = 19, scale = 4)
    private BigDecimal expectedAmount;

    @Column(name = "expected_currency", length = 3)
    private String expectedCurrency;

    protected Contributor() {
    }

    public Contributor(String name, ContributorType type, String countryCode, String contactName, String contactEmail,
                       PipelineStage stage, Money expected) {
        this.name = name.strip();
        this.type = type;
        this.countryCode = countryCode;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.stage = stage == null ? PipelineStage.PROSPECT : stage;
        expect(expected);
    }

    /** Moves the contributor along the pipeline, with the amount now expected. */
    public void advance(PipelineStage newStage, Money expected) {
        this.stage = newStage;
        expect(expected);
    }

    /** A signed agreement moves the contributor to the end of the pipeline. */
    public void agreementSigned() {
        this.stage = PipelineStage.AGREEMENT_SIGNED;
    }

    private void expect(Money expected) {
        this.expectedAmount = expected == null ? null : expected.amount();
        this.expectedCurrency = expected == null ? null : expected.currency().getCurrencyCode();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ContributorType getType() {
        return type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public Money getExpected() {
        return expectedAmount == null ? null : Money.of(expectedAmount, Money.currency(expectedCurrency));
    }
}
