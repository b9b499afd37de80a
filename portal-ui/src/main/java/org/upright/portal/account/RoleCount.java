package org.upright.portal.account;

/** How many accounts hold a role, and how many of those are enabled. */
public record RoleCount(Role role, long total, long enabled) {
}
