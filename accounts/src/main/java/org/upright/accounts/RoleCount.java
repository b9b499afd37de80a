package org.upright.accounts;

import org.upright.kernel.Role;

/** How many accounts hold a role, and how many of those are enabled. */
public record RoleCount(Role role, long total, long enabled) {
}
