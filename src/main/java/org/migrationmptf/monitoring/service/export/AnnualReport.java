package org.migrationmptf.monitoring.service.export;

import java.math.BigDecimal;
import java.util.List;
import org.migrationmptf.mobilisation.api.FundingStatusView;

/**
 * What the fund's annual report says, gathered and summed: the funding status at the year's end, the programmes
 * allocated by then (and their totals by thematic area and by organisation), delivery by organisation to the year's
 * end, and the results highlights of each programme.
 */
public record AnnualReport(String fundCode, String fundName, int year, FundingStatusView status,
                           List<Allocation> programmes, List<Total> byThematicArea, List<Total> byOrganisation,
                           List<Delivery> delivery, List<Highlights> results) {

    /** One programme allocated by the year's end. */
    public record Allocation(long id, String title, String status, String thematicArea, String regions,
                             String organisations, BigDecimal budget) {
    }

    /** A total of approved budgets: programmes counted, sum (an organisation's share for the by-organisation one). */
    public record Total(String name, int programmes, BigDecimal amount) {
    }

    public record Delivery(String organisation, BigDecimal transferred, BigDecimal refunded, BigDecimal expenditure,
                           String deliveryRate) {
    }

    public record Highlights(String programme, List<IndicatorLine> indicators) {
    }

    public record IndicatorLine(String indicator, String baseline, String target, String latestActual) {
    }
}
