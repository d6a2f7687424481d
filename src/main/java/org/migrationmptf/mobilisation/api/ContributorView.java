package org.migrationmptf.mobilisation.api;

import org.migrationmptf.platform.money.MoneyView;

/** A contributor and where it stands in resource mobilisation. */
public record ContributorView(long id, String name, ContributorType type, String countryCode, String contactName,
                              String contactEmail, PipelineStage stage, MoneyView expected, long version) {
}
