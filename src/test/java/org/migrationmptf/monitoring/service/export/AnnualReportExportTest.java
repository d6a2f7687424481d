package org.migrationmptf.monitoring.service.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.platform.money.MoneyView;

/** The annual report PDF opens, and says the fund's figures, allocations, delivery and results. */
class AnnualReportExportTest {

    static MoneyView usd(String amount) {
        return new MoneyView(amount, "USD");
    }

    @Test
    void theReportIsAPdfWithEverySection() throws Exception {
        FundingStatusView status = new FundingStatusView("MIG", LocalDate.of(2025, 12, 31), usd("12500000.00"),
                usd("1200.00"), usd("0.00"), usd("12501200.00"), usd("4000000.00"), usd("0.00"), usd("0.00"),
                usd("125000.00"), usd("0.00"), usd("0.00"), usd("4125000.00"), usd("0.00"), usd("8376200.00"),
                usd("500000.00"), usd("70000000.00"), "17.9%", usd("900000.00"), usd("3100000.00"), "22.5%");
        AnnualReport report = new AnnualReport("MIG", "Migration Multi-Partner Trust Fund", 2025, status,
                List.of(new AnnualReport.Allocation(7, "Safe pathways in the Sahel", "active", "2. Human rights",
                        "Africa", "IOM, UNICEF", new BigDecimal("3000000.00"))),
                List.of(new AnnualReport.Total("2. Human rights", 1, new BigDecimal("3000000.00"))),
                List.of(new AnnualReport.Total("IOM", 1, new BigDecimal("2000000.00"))),
                List.of(new AnnualReport.Delivery("IOM", new BigDecimal("4000000.00"), BigDecimal.ZERO,
                        new BigDecimal("900000.00"), "22.5%")),
                List.of(new AnnualReport.Highlights("Safe pathways in the Sahel", List.of(
                        new AnnualReport.IndicatorLine("1.1 Migrants with legal aid (people)", "120", "1500", "640")))));
        byte[] pdf = AnnualReportPdf.write(report);
        assertTrue(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF"));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString();
        for (String expected : List.of("Migration Multi-Partner Trust Fund", "Annual report 2025", "12,500,000.00",
                "Safe pathways in the Sahel", "22.5%", "Migrants with legal aid", "640")) {
            assertTrue(all.contains(expected), expected + " in: " + all);
        }
    }
}
