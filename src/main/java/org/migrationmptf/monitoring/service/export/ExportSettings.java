package org.migrationmptf.monitoring.service.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The exports' settings (MicroProfile Config keys {@code mptf.monitoring.*}): who reports the IATI file, and the
 * IATI organisation identifiers of the participating organisations (acronym=identifier, comma separated).
 */
@ApplicationScoped
public class ExportSettings {

    @Inject
    @ConfigProperty(name = "mptf.monitoring.iati-organisation-ref", defaultValue = "XM-DAC-41114")
    String iatiOrganisationRef;

    @Inject
    @ConfigProperty(name = "mptf.monitoring.iati-organisation-name",
            defaultValue = "UNDP Multi-Partner Trust Fund Office (Administrative Agent)")
    String iatiOrganisationName;

    @Inject
    @ConfigProperty(name = "mptf.monitoring.iati-organisation-refs",
            defaultValue = "ILO=XM-DAC-41302,IOM=XM-DAC-47066,OHCHR=XM-DAC-41313,UNDP=XM-DAC-41114,"
                    + "UNHCR=XM-DAC-41121,UNICEF=XM-DAC-41122")
    String iatiOrganisationRefs;

    /** The reporting organisation's IATI identifier, also the prefix of every activity identifier. */
    public String iatiOrganisationRef() {
        return iatiOrganisationRef;
    }

    public String iatiOrganisationName() {
        return iatiOrganisationName;
    }

    /** Participating organisations' IATI identifiers by acronym (an organisation not listed is named only). */
    public Map<String, String> iatiOrganisationRefs() {
        return Arrays.stream(iatiOrganisationRefs.split(",")).map(String::strip).filter(s -> s.contains("="))
                .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('=')).strip(),
                        s -> s.substring(s.indexOf('=') + 1).strip(), (a, b) -> b));
    }
}
