package org.upright.kernel.member;

/**
 * Published by the accounts module, inside the transaction of the change, whenever what
 * {@link MemberDirectory} says of an account may have changed (created, renamed, coach assigned or
 * removed, role changed, enabled or disabled). Modules that keep a copy of member facts listen
 * instead of reading the account table.
 *
 * @param accountId the account
 * @param member    the account as a member now, or null when it is not (or no longer) a member
 */
public record MemberChanged(long accountId, Member member) {
}
