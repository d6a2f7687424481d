package org.migrationmptf.platform.security;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A provider's groups to the fund's six roles: by an explicit mapping, or by a group named like the role. */
final class RoleMapping {

    private RoleMapping() {
    }

    static Set<String> roles(Collection<String> groups, Map<String, String> mapping) {
        Set<String> roles = new TreeSet<>();
        for (String group : groups) {
            // Some providers qualify groups (group:realm/NAME, /org/NAME, cn=NAME,...): the last name counts.
            String name = group.substring(Math.max(group.lastIndexOf('/'), group.lastIndexOf(':')) + 1);
            if (name.startsWith("cn=") || name.startsWith("CN=")) {
                name = name.substring(3, name.contains(",") ? name.indexOf(',') : name.length());
            }
            String role = mapping.getOrDefault(group, mapping.getOrDefault(name, name));
            if (Roles.ALL.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
