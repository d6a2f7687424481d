package org.migrationmptf.monitoring.service.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.platform.money.MoneyView;

/** The fund's annual report as a PDF (OpenPDF): funding status, allocations, delivery, results highlights. */
public final class AnnualReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Color HEADER_BACKGROUND = new Color(0xDD, 0xE6, 0xF0);

    private AnnualReportPdf() {
    }

    public static byte[] write(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.fundName() + " - Annual report " + report.year());
            document.addCreator("Migration MPTF");
            document.open();
            document.add(new Paragraph(report.fundName(), TITLE));
            document.add(new Paragraph("Annual report " + report.year() + " (as of 31 December " + report.year()
                    + ", amounts in USD)", TEXT));
            fundingStatus(document, report.status());
            allocations(document, report);
            delivery(document, report.delivery());
            results(document, report.results());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the annual report", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static void fundingStatus(Document document, FundingStatusView s) {
        heading(document, "1. Funding status");
        PdfPTable table = table(new float[] {3, 1.3f}, "", "USD");
        row(table, BOLD, "Sources of funds", "");
        row(table, TEXT, "Contributions deposited", money(s.contributions()));
        row(table, TEXT, "Interest earned", money(s.interest()));
        row(table, TEXT, "Other income", money(s.otherIncome()));
        row(table, BOLD, "Total sources", money(s.totalSources()));
        row(table, BOLD, "Uses of funds", "");
        row(table, TEXT, "Transfers to participating organisations", money(s.transfersToOrganisations()));
        row(table, TEXT, "Transfers to other funds", money(s.transfersToOtherFunds()));
        row(table, TEXT, "Refunds to contributors", money(s.refundsToContributors()));
        row(table, TEXT, "Administrative Agent fees", money(s.administrativeAgentFees()));
        row(table, TEXT, "Direct costs", money(s.directCosts()));
        row(table, TEXT, "Bank charges", money(s.bankCharges()));
        row(table, BOLD, "Total uses", money(s.totalUses()));
        row(table, TEXT, "Refunds received from participating organisations", money(s.refundsFromOrganisations()));
        row(table, BOLD, "Balance with the Administrative Agent", money(s.balanceWithAdministrativeAgent()));
        row(table, TEXT, "Committed, not yet transferred", money(s.committedNotTransferred()));
        row(table, TEXT, "Expenditure reported by participating organisations", money(s.expenditureReported()));
        row(table, BOLD, "Balance with participating organisations", money(s.balanceWithOrganisations()));
        row(table, TEXT, "Delivery rate (expenditure / transfers)", percent(s.deliveryRate()));
        row(table, TEXT, "Resource mobilisation target", money(s.mobilisationTarget()));
        row(table, TEXT, "Share of the target reached", percent(s.targetReached()));
        document.add(table);
    }

    private static void allocations(Document document, AnnualReport report) {
        heading(document, "2. Allocations");
        if (report.programmes().isEmpty()) {
            document.add(new Paragraph("No joint programme was approved by the end of " + report.year() + ".", TEXT));
            return;
        }
        PdfPTable byArea = table(new float[] {3, 1, 1.4f}, "Thematic area", "Programmes", "Approved budget");
        report.byThematicArea().forEach(t -> row(byArea, TEXT, t.name(), Integer.toString(t.programmes()), amount(t.amount())));
        document.add(byArea);
        document.add(Chunk.NEWLINE);
        PdfPTable byOrganisation = table(new float[] {3, 1, 1.4f}, "Participating organisation", "Programmes",
                "Approved budget share");
        report.byOrganisation().forEach(t -> row(byOrganisation, TEXT, t.name(), Integer.toString(t.programmes()),
                amount(t.amount())));
        document.add(byOrganisation);
        document.add(Chunk.NEWLINE);
        PdfPTable programmes = table(new float[] {3.2f, 1.3f, 1.6f, 1.2f, 1.6f, 1.3f}, "Joint programme", "Status",
                "Thematic area", "Regions", "Organisations", "Budget");
        report.programmes().forEach(p -> row(programmes, TEXT, p.title(), p.status(), p.thematicArea(), p.regions(),
                p.organisations(), amount(p.budget())));
        document.add(programmes);
    }

    private static void delivery(Document document, List<AnnualReport.Delivery> delivery) {
        heading(document, "3. Delivery by participating organisation");
        if (delivery.isEmpty()) {
            document.add(new Paragraph("No transfer was made by the end of the year.", TEXT));
            return;
        }
        PdfPTable table = table(new float[] {2, 1.4f, 1.2f, 1.4f, 1}, "Organisation", "Transferred", "Refunded",
                "Expenditure", "Delivery rate");
        delivery.forEach(d -> row(table, TEXT, d.organisation(), amount(d.transferred()), amount(d.refunded()),
                amount(d.expenditure()), percent(d.deliveryRate())));
        document.add(table);
    }

    private static void results(Document document, List<AnnualReport.Highlights> results) {
        heading(document, "4. Results highlights");
        if (results.isEmpty()) {
            document.add(new Paragraph("No results framework has been reported yet.", TEXT));
            return;
        }
        for (AnnualReport.Highlights h : results) {
            Paragraph title = new Paragraph(h.programme(), BOLD);
            title.setSpacingBefore(6);
            title.setSpacingAfter(3);
            document.add(title);
            PdfPTable table = table(new float[] {4, 1.2f, 1.2f, 1.2f}, "Indicator", "Baseline", "Target",
                    "Latest actual");
            h.indicators().forEach(i -> row(table, TEXT, i.indicator(), i.baseline(), i.target(), i.latestActual()));
            document.add(table);
        }
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String first, String... others) {
        table.addCell(new PdfPCell(new Phrase(first == null ? "" : first, font)));
        for (String other : others) {
            PdfPCell cell = new PdfPCell(new Phrase(other == null ? "" : other, font));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    static String money(MoneyView money) {
        return money == null ? "" : amount(new BigDecimal(money.amount()));
    }

    static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }

    /** A rate as the ledger gives it ("43.2%"); empty when there is none. */
    static String percent(String rate) {
        return rate == null ? "" : rate;
    }
}
