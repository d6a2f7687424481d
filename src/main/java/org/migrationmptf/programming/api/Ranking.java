package org.migrationmptf.programming.api;

import java.util.List;
import org.migrationmptf.platform.money.MoneyView;

/** Concept notes ranked by average score, their total, and the money available for new approvals. */
public record Ranking(String fund, List<RankedNote> notes, MoneyView total, MoneyView available) {
}
