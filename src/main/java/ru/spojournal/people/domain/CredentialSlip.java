package ru.spojournal.people.domain;

/**
 * One printed slip (R15): who it is for and the login with its one-time password. It exists only
 * while the slips are printed; the password is never stored in clear nor shown again.
 *
 * @param group the student's group, or the group of the parent's child; null for staff
 * @param child for a parent, the child the slip is handed over for
 */
public record CredentialSlip(
        String college, String name, SlipRole role, String group, String child, String login, String oneTimePassword) {}
