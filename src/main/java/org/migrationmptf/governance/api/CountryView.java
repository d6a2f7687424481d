package org.migrationmptf.governance.api;

/** A country or territory: ISO 3166-1 codes and name, UN M49 region and sub-region (null where M49 has none). */
public record CountryView(String code, String alpha2, String numericCode, String name, String region,
                          String subRegion) {
}
