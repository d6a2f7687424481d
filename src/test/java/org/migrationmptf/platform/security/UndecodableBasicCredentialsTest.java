package org.migrationmptf.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class UndecodableBasicCredentialsTest {

    @Test
    void headersLibertyCannotDecodeAreMarkedAndOthersNot() {
        for (String header : new String[] {"Basic", "Basic ", "Basic %%%", "Basic Og", "Basic Zm11ZGVtbw==", "Basic =",
                "Basic\tZm11OmRlbW8=", "Basic  Zm11OmRlbW8=", "Basic //79/w=="}) {
            assertTrue(UndecodableBasicCredentials.libertyCannotDecode(header), header);
        }
        for (String header : new String[] {null, "Basic Zm11OmRlbW8=", "Basic " + Base64.getEncoder().encodeToString(":".getBytes()),
                "Bearer abc", "basic %%%", "Digest x"}) {
            assertFalse(UndecodableBasicCredentials.libertyCannotDecode(header), header);
        }
    }
}
