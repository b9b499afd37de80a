/**
 * Coaching between a member and their coach: the conversation both write in (messages with
 * read state and unread counts on both sides) and the coach's private notes, which members never
 * see. Access is the kernel's {@link org.upright.kernel.member.MemberAccess}: a member reaches only
 * their own thread, a coach only the threads and notes of their own clients, admins neither.
 */
package org.upright.tracker.coaching;
