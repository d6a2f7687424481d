package org.migrationmptf.it;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * The exports on the embedded demo: a list as CSV and as XLSX (all of it, not one page), the annual report PDF, and
 * the IATI activity file of fund MIG, valid against the official 2.03 schema.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @Test
    void aListIsJsonByDefaultAndCsvWhenAskedWithAllItsRows() {
        as("fmu").queryParam("fund", "MIG").get("/api/programmes").then().statusCode(200)
                .contentType(startsWith("application/json"));
        int total = as("fmu").queryParam("fund", "MIG").queryParam("size", 1).get("/api/programmes").then()
                .statusCode(200).extract().path("totalItems");
        var response = as("fmu").accept("text/csv").queryParam("fund", "MIG").get("/api/programmes").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"programmes.csv"))
                .header("X-Total-Count", String.valueOf(total)).extract();
        List<String> lines = response.body().asString().lines().toList();
        assertEquals("id,fund,title,lead,organisations,scope,thematicArea,regions,status,budget.amount,"
                + "budget.currency,startsOn,endsOn", lines.get(0));
        assertEquals(total + 1, lines.size(), "every programme, not one page of 50: " + total);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Alternatives to immigration detention")));
        // ?format=csv works where no header can be set; a size over 200 is allowed for an export only.
        as("fmu").queryParam("format", "csv").queryParam("size", 500).get("/api/reference/countries").then()
                .statusCode(200).contentType(startsWith("text/csv"));
        as("fmu").queryParam("size", 500).get("/api/reference/countries").then().statusCode(400);
    }

    @Test
    void aListAsXlsxOpensInPoi() throws Exception {
        byte[] xlsx = as("fmu").queryParam("format", "xlsx").get("/api/reference/countries").then().statusCode(200)
                .contentType(startsWith(XLSX)).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("code", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("alpha2", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(sheet.getLastRowNum() > 200, "all countries, not one page: " + sheet.getLastRowNum());
        }
    }

    @Test
    void theAnnualReportIsAPdfWithTheFundsName() throws Exception {
        byte[] pdf = as("donor").queryParam("year", 2026).get("/api/funds/MIG/exports/annual-report.pdf").then()
                .statusCode(200).contentType(startsWith("application/pdf")).extract().asByteArray();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        String fundName = as("fmu").get("/api/funds/MIG").then().statusCode(200).extract().path("name");
        assertTrue(text.contains(fundName), "the fund's name is on page 1: " + text);
        assertTrue(text.contains("Funding status"), text);
        reader.close();
        as("fmu").get("/api/funds/MIG/exports/annual-report.pdf").then().statusCode(400);
        as("iom").queryParam("year", 2026).get("/api/funds/MIG/exports/annual-report.pdf").then().statusCode(403);
    }

    @Test
    void theAnnualReportReadsItsProgrammesInTheSameStatementsHoweverMany() throws Exception {
        // The demo fund had allocated three programmes by the end of 2024 and four by the end of 2025. Their views,
        // money and results come a chunk of programmes at a time, so a year with more programmes costs no more
        // statements. Each year is read once first: the names, the funding status and the programmes' organisations
        // are remembered after one read, and the second reads compare the programmes' cost alone.
        String suspended = "Protection of children on the move in Central America and Mexico";
        assertFalse(annualReport(2024).text().contains(suspended), "not allocated in 2024");
        assertTrue(annualReport(2025).text().contains(suspended), "allocated in March 2025");
        int three = annualReport(2024).statements();
        int four = annualReport(2025).statements();
        assertEquals(three, four, three + " statements for three programmes, " + four + " for four");
    }

    private record Report(String text, int statements) {
    }

    private static Report annualReport(int year) throws java.io.IOException {
        var response = as("fmu").queryParam("year", year).get("/api/funds/MIG/exports/annual-report.pdf");
        response.then().statusCode(200);
        PdfReader reader = new PdfReader(response.asByteArray());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        reader.close();
        return new Report(text.toString(), Integer.parseInt(response.header("X-SQL-Statements")));
    }

    @Test
    void theIatiFileOfTheDemoFundValidatesAgainstTheSchema() throws Exception {
        byte[] xml = as("auditor").get("/api/funds/MIG/exports/iati.xml").then().statusCode(200)
                .contentType(startsWith("application/xml")).extract().asByteArray();
        URL xsd = ExportsIT.class.getResource("/iati-schema-2.03/iati-activities-schema.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        var x = XPathFactory.newInstance().newXPath();
        int activities = Integer.parseInt(x.evaluate("count(//iati-activity)", doc));
        assertTrue(activities >= 4, "approved, active, suspended, closed demo programmes: " + activities);
        for (String status : List.of("2", "3", "4", "6")) {
            assertTrue(Integer.parseInt(x.evaluate("count(//activity-status[@code='" + status + "'])", doc)) >= 1,
                    "an activity with status " + status);
        }
        assertTrue(Integer.parseInt(x.evaluate("count(//transaction[transaction-type/@code='3'])", doc)) >= 1,
                "demo transfers are disbursements");
        assertTrue(x.evaluate("//iati-activity[1]/iati-identifier", doc).startsWith("XM-DAC-41114-MIG-"));
        // The file reads its programmes a chunk at a time; each activity must still be its own programme as the
        // programme's API, which reads it alone, shows it: title, budget and the indicators of its results.
        int budgets = 0;
        int indicators = 0;
        for (int i = 1; i <= activities; i++) {
            String activity = "//iati-activity[" + i + "]";
            String identifier = x.evaluate(activity + "/iati-identifier", doc);
            String programme = "/api/programmes/" + identifier.substring(identifier.lastIndexOf('-') + 1);
            var view = as("auditor").get(programme).then().statusCode(200).extract().jsonPath();
            assertEquals(view.getString("title"), x.evaluate(activity + "/title/narrative", doc), identifier);
            if (!x.evaluate(activity + "/budget", doc).isEmpty()) {
                assertEquals(0, new java.math.BigDecimal(view.getString("budget.total.amount")).compareTo(
                        new java.math.BigDecimal(x.evaluate(activity + "/budget/value", doc))), identifier);
                budgets++;
            }
            var framework = as("auditor").get(programme + "/results-framework").then().statusCode(200).extract()
                    .jsonPath();
            int expected = framework.getList("outcomes.indicators.flatten()").size()
                    + framework.getList("outcomes.outputs.flatten().indicators.flatten()").size();
            int written = Integer.parseInt(x.evaluate("count(" + activity + "/result/indicator)", doc));
            assertEquals(expected, written, identifier + "'s indicators");
            indicators += written;
        }
        assertTrue(budgets > 0 && indicators > 0, budgets + " budgets and " + indicators + " indicators compared");
    }
}
