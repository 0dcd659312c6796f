/**
 * Upkeep of the event publication registry through which modules react to each other's committed
 * changes: the backlog in figures, failed reactions tried again within a limit, completed ones
 * purged.
 */
package ru.spojournal.platform.events;
