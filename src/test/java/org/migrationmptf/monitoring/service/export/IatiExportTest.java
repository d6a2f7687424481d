package org.migrationmptf.monitoring.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.mobilisation.api.ProgrammeTransaction;
import org.migrationmptf.monitoring.api.Disaggregation;
import org.migrationmptf.monitoring.api.Measure;
import org.migrationmptf.monitoring.api.ResultsFrameworkView;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.programming.api.BudgetView;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.api.Scope;
import org.w3c.dom.Document;

/**
 * The IATI activity file of a programme that has every element (organisations, countries, every date, budget, each
 * kind of transaction, outcomes and outputs with each measure) validates against the official 2.03 schema, and says
 * what the fund's records say.
 */
class IatiExportTest {

    static final IatiActivity.Org REPORTING = new IatiActivity.Org("XM-DAC-41114", "40", "MPTF Office");
    static final Map<String, IatiActivity.Org> ORGS = Map.of(
            "IOM", new IatiActivity.Org("XM-DAC-47066", "40", "IOM"),
            "UNICEF", new IatiActivity.Org("XM-DAC-41122", "40", "UNICEF"),
            "UNODC", new IatiActivity.Org(null, "40", "UNODC"));
    static final Map<Long, String> ORG_IDS = Map.of(1L, "IOM", 2L, "UNICEF", 3L, "UNODC");

    static Schema schema() throws Exception {
        URL xsd = IatiExportTest.class.getResource("/iati-schema-2.03/iati-activities-schema.xsd");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    static MoneyView usd(String amount) {
        return new MoneyView(amount, "USD");
    }

    static ProgrammeView programme(ProgrammeStatus status, Set<String> countries, Scope scope) {
        BudgetView budget = new BudgetView("USD", List.of(), usd("2803738.32"), usd("196261.68"), usd("3000000.00"),
                "0.07", List.of());
        return new ProgrammeView(7, "MIG", 3, "Safe & regular <pathways> in the Sahel", "IOM",
                Set.of("IOM", "UNICEF", "UNODC"), scope, 2, countries, Set.of("Africa"), LocalDate.of(2025, 3, 1),
                LocalDate.of(2027, 2, 28), status, 11L, budget, usd("0.00"), List.of(), LocalDate.of(2027, 3, 31),
                null, 4);
    }

    static List<ProgrammeTransaction> transactions() {
        return List.of(
                new ProgrammeTransaction(1, 7, JournalKind.COMMITMENT, LocalDate.of(2025, 2, 10), null, usd("3000000.00")),
                new ProgrammeTransaction(2, 7, JournalKind.TRANSFER, LocalDate.of(2025, 3, 15), 1L, usd("1500000.00")),
                new ProgrammeTransaction(3, 7, JournalKind.TRANSFER, LocalDate.of(2025, 3, 15), 2L, usd("1000000.00")),
                new ProgrammeTransaction(4, 7, JournalKind.COMMITMENT, LocalDate.of(2025, 3, 15), null, usd("-2500000.00")),
                new ProgrammeTransaction(5, 7, JournalKind.EXPENDITURE, LocalDate.of(2026, 4, 30), 1L, usd("900000.00")),
                new ProgrammeTransaction(6, 7, JournalKind.REFUND_FROM_ORGANISATION, LocalDate.of(2027, 5, 2), 2L, usd("12000.50")),
                new ProgrammeTransaction(7, 99, JournalKind.TRANSFER, LocalDate.of(2025, 3, 15), 3L, usd("5.00")));
    }

    static ResultsFrameworkView results() {
        var people = new ResultsFrameworkView.Indicator(1, "1.1", "Migrants with access to legal aid", "people",
                Measure.NUMBER, "120", 2024, "1500", EnumSet.of(Disaggregation.SEX), Set.of(7), Set.of("10.7.2"),
                "640", "2025");
        var share = new ResultsFrameworkView.Indicator(2, "1.1.1", "Share of officials trained", "percent",
                Measure.PERCENTAGE, "10", null, "80", Set.of(), Set.of(), Set.of(), null, null);
        var words = new ResultsFrameworkView.Indicator(3, "1.1.2", "Referral mechanism in place", null,
                Measure.QUALITATIVE, "No mechanism", 2024, "Mechanism adopted by decree", Set.of(), Set.of(),
                Set.of(), "Draft decree submitted", "2025-H2");
        var output = new ResultsFrameworkView.Result(11, "OUTPUT", "1.1", "Officials trained", List.of(),
                List.of(share, words));
        var empty = new ResultsFrameworkView.Result(12, "OUTPUT", "1.2", "Not yet measured", List.of(), List.of());
        var outcome = new ResultsFrameworkView.Result(10, "OUTCOME", "1", "Migrants are protected", List.of(output, empty),
                List.of(people));
        return new ResultsFrameworkView(7, List.of(outcome));
    }

    static IatiMapping.Context context() {
        return new IatiMapping.Context("XM-DAC-41114", new IatiActivity.Org("XM-DAC-41114", "40",
                "Migration Multi-Partner Trust Fund"), "Human rights, safety and well-being of migrants",
                alpha3 -> Map.of("NER", "NE", "MLI", "ML", "TCD", "TD").get(alpha3), ORGS::get,
                id -> ORGS.get(ORG_IDS.get(id)));
    }

    static byte[] write(List<IatiActivity> activities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiWriter.write(OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC), REPORTING, activities, out);
        return out.toByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void aProgrammeWithEveryElementValidatesAgainstTheSchema() throws Exception {
        IatiActivity activity = IatiMapping.activity(programme(ProgrammeStatus.OPERATIONALLY_CLOSED,
                Set.of("NER", "MLI", "TCD"), Scope.REGIONAL), transactions(), results(), context());
        byte[] xml = write(List.of(activity));
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        Document doc = parse(xml);
        XPath x = XPathFactory.newInstance().newXPath();
        String a = "/iati-activities/iati-activity[1]";
        assertEquals("2.03", x.evaluate("/iati-activities/@version", doc));
        assertEquals("XM-DAC-41114-MIG-7", x.evaluate(a + "/iati-identifier", doc));
        assertEquals("Safe & regular <pathways> in the Sahel", x.evaluate(a + "/title/narrative", doc));
        assertEquals("3", x.evaluate(a + "/activity-status/@code", doc), "operationally closed is finalisation");
        assertEquals("2", x.evaluate(a + "/activity-scope/@code", doc));
        assertEquals("Migration Multi-Partner Trust Fund", x.evaluate(a + "/participating-org[@role='1']/narrative", doc));
        assertEquals("XM-DAC-47066", x.evaluate(a + "/participating-org[@role='2']/@ref", doc), "the lead is accountable");
        assertEquals("3", x.evaluate("count(" + a + "/participating-org[@role='4'])", doc), "every PUNO implements");
        assertEquals("ML NE TD", x.evaluate("concat(" + a + "/recipient-country[1]/@code, ' ', " + a
                + "/recipient-country[2]/@code, ' ', " + a + "/recipient-country[3]/@code)", doc), "alpha-2 codes");
        assertEquals(0, new BigDecimal("100").compareTo(new BigDecimal(
                x.evaluate("sum(" + a + "/recipient-country/@percentage)", doc))), "percentages add up to 100");
        assertEquals("15190", x.evaluate(a + "/sector/@code", doc));
        assertEquals("2025-03-01 2025-03-15 2027-02-28 2027-03-31", x.evaluate("concat(" + a
                + "/activity-date[@type='1']/@iso-date, ' ', " + a + "/activity-date[@type='2']/@iso-date, ' ', " + a
                + "/activity-date[@type='3']/@iso-date, ' ', " + a + "/activity-date[@type='4']/@iso-date)", doc));
        assertEquals("3000000.00", x.evaluate(a + "/budget/value", doc));
        assertEquals("3000000.00 -2500000.00", x.evaluate("concat(" + a
                + "/transaction[transaction-type/@code='2'][1]/value, ' ', " + a
                + "/transaction[transaction-type/@code='2'][2]/value)", doc), "a release is a negative commitment");
        assertEquals("2", x.evaluate("count(" + a + "/transaction[transaction-type/@code='3'][value > 0])", doc));
        assertEquals("XM-DAC-47066", x.evaluate(a + "/transaction[transaction-type/@code='3'][1]/receiver-org/@ref", doc));
        assertEquals("-12000.50", x.evaluate(a + "/transaction[transaction-type/@code='3'][value < 0]/value", doc),
                "a refund reduces the disbursement");
        assertEquals("900000.00", x.evaluate(a + "/transaction[transaction-type/@code='4']/value", doc));
        assertEquals("6", x.evaluate("count(" + a + "/transaction)", doc), "another programme's transfer is not here");
        assertEquals("2", x.evaluate("count(" + a + "/result)", doc), "the output without indicators is left out");
        assertEquals("2", x.evaluate(a + "/result[1]/@type", doc));
        assertEquals("1", x.evaluate(a + "/result[2]/@type", doc));
        String people = a + "/result[1]/indicator[1]";
        assertEquals("1 2024 120 1500 640", x.evaluate("concat(" + people + "/@measure, ' ', " + people
                + "/baseline/@year, ' ', " + people + "/baseline/@value, ' ', " + people + "/period/target/@value, ' ', "
                + people + "/period/actual/@value)", doc));
        assertEquals("2025", x.evaluate(a + "/result[2]/indicator[1]/baseline/@year", doc),
                "a baseline without a year takes the programme's first year");
        assertEquals("5", x.evaluate(a + "/result[2]/indicator[2]/@measure", doc));
        assertTrue(x.evaluate(a + "/result[2]/indicator[2]/period/actual/comment/narrative", doc)
                .startsWith("Draft decree submitted"));
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("&lt;pathways&gt;"));
    }

    @Test
    void aGlobalProgrammeWithoutCountriesGoesToTheWorldRegion() throws Exception {
        IatiActivity activity = IatiMapping.activity(programme(ProgrammeStatus.APPROVED, Set.of(), Scope.GLOBAL),
                List.of(), null, context());
        byte[] xml = write(List.of(activity, IatiMapping.activity(programme(ProgrammeStatus.SUSPENDED,
                Set.of("NER"), Scope.NATIONAL), List.of(), null, context())));
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document doc = parse(xml);
        XPath x = XPathFactory.newInstance().newXPath();
        assertEquals("001 2 100", x.evaluate("concat(//iati-activity[1]/recipient-region/@code, ' ', "
                + "//iati-activity[1]/recipient-region/@vocabulary, ' ', //iati-activity[1]/recipient-region/@percentage)", doc));
        assertEquals("2", x.evaluate("//iati-activity[1]/activity-status/@code", doc));
        assertEquals("6", x.evaluate("//iati-activity[2]/activity-status/@code", doc));
        assertEquals("100", x.evaluate("//iati-activity[2]/recipient-country/@percentage", doc));
    }

    @Test
    void everyProgrammeStatusHasAnIatiActivityStatus() {
        assertEquals(List.of(1, 1, 2, 2, 6, 3, 4, 5), EnumSet.allOf(ProgrammeStatus.class).stream()
                .map(IatiMapping::activityStatus).toList());
    }
}
