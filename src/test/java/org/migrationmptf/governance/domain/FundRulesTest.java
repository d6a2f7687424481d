package org.migrationmptf.governance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.migrationmptf.governance.domain.GovernanceFixtures.fund;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;

class FundRulesTest {

    @Test
    void anObjectiveMovesBetweenAreasOfItsFundButNeverIntoAnotherFund() {
        Fund mig = fund(1L, "MIG");
        ThematicArea data = GovernanceFixtures.withId(mig.addThematicArea("Data"), 11L);
        ThematicArea rights = GovernanceFixtures.withId(mig.addThematicArea("Rights"), 12L);
        ObjectiveAssignment objective1 = new ObjectiveAssignment(data, 1);

        objective1.moveTo(rights);
        assertSame(rights, objective1.getArea());

        Fund other = fund(2L, "OTH");
        ThematicArea foreign = GovernanceFixtures.withId(other.addThematicArea("Data"), 21L);
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> objective1.moveTo(foreign));
        assertEquals("area", e.field());
        assertSame(rights, objective1.getArea());
    }

    @Test
    void areasAreNumberedInOrderAndNamedOnce() {
        Fund mig = fund(1L, "MIG");
        assertEquals(1, mig.addThematicArea("Data").getNumber());
        assertEquals(2, mig.addThematicArea("Rights").getNumber());
        assertThrows(BusinessRuleException.class, () -> mig.addThematicArea("  data "));
        assertThrows(RecordNotFoundException.class, () -> mig.thematicArea(3));
        assertThrows(BusinessRuleException.class, () -> mig.thematicArea(1).rename(" "));
    }

    @Test
    void parametersStayWithinTheStandardLimits() {
        FundParameters good = GovernanceFixtures.migParameters();
        Fund mig = fund(1L, "MIG");
        BusinessRuleException fee = assertThrows(BusinessRuleException.class, () -> mig.changeParameters("MIG",
                new FundParameters(new BigDecimal("0.11"), good.indirectCostCapRate(), good.mobilisationTarget(),
                        good.operatingReserve(), good.expenditureReportDue(), good.progressReportDue(),
                        good.progressReporting(), 2, good.conceptNoteBudgetCeiling(), 36, 50)));
        assertEquals("administrativeAgentFeeRate", fee.field());
        BusinessRuleException target = assertThrows(BusinessRuleException.class, () -> mig.changeParameters("MIG",
                new FundParameters(good.administrativeAgentFeeRate(), good.indirectCostCapRate(), BigDecimal.ZERO,
                        good.operatingReserve(), good.expenditureReportDue(), good.progressReportDue(),
                        good.progressReporting(), 2, good.conceptNoteBudgetCeiling(), 36, 50)));
        assertEquals("mobilisationTarget", target.field());
        assertEquals(new BigDecimal("0.01"), mig.parameters().administrativeAgentFeeRate());
    }
}
