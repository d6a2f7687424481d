package org.migrationmptf.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    @Test
    void groupsNamedLikeARoleAreThatRoleAndOthersNeedAMapping() {
        assertEquals(Set.of("FUND_MANAGER", "AUDITOR"), RoleMapping.roles(List.of("FUND_MANAGER", "mptf-audit", "staff"),
                SingleSignOnSettings.parseRoleMapping("mptf-audit=AUDITOR, other = SC_MEMBER")));
    }

    @Test
    void qualifiedGroupNamesCountByTheirLastName() {
        assertEquals(Set.of("FUND_MANAGER", "CONTRIBUTOR", "AUDITOR"), RoleMapping.roles(
                List.of("group:directory/FUND_MANAGER", "/un/mptf/CONTRIBUTOR", "cn=AUDITOR,ou=groups,dc=un,dc=org"),
                Map.of()));
    }

    @Test
    void aMappingToSomethingThatIsNoRoleGivesNothing() {
        assertEquals(Set.of(), RoleMapping.roles(List.of("admins", "ADMIN"),
                SingleSignOnSettings.parseRoleMapping("admins=SUPERUSER")));
    }
}
