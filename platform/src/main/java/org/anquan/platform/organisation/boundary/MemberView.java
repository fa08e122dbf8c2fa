package org.anquan.platform.organisation.boundary;

/** A person holding a role in an organisation. */
public record MemberView(long accountId, String displayName, String login, String role) {
}
