/**
 * Shared web plumbing kept small: security configuration and the current user, the page layout
 * and per-role menus, error translation, and the base of persistent entities. Every business
 * module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.spojournal.platform;
