package ru.spojournal.teaching;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import ru.spojournal.teaching.domain.SlotChanges;

/**
 * Replaces the weekly timetable of some groups in one term at once, as an imported file does. A
 * slot that stays as it was is left untouched, so that importing the same file again changes
 * nothing; removed slots are soft-deleted. The result must be free of clashes, as with single
 * slots (see {@link TimetableAdmin}).
 */
public interface TimetableReplacement {

    SlotChanges replace(long institutionId, long termId, Collection<Long> groupIds, List<NewSlot> asked);

    /** The message key of the clash between two slots at the same time, or null when they may meet. */
    static String clash(AssignmentView a, WeekParity pa, AssignmentView b, WeekParity pb) {
        if (!(pa == WeekParity.ALL || pb == WeekParity.ALL || pa == pb)) {
            return null;
        }
        boolean sameGroup = a.groupId().equals(b.groupId())
                && (a.subgroupId() == null || b.subgroupId() == null || Objects.equals(a.subgroupId(), b.subgroupId()));
        if (sameGroup) {
            return "slot.group.busy";
        }
        return a.teacherStaffId().equals(b.teacherStaffId()) ? "slot.teacher.busy" : null;
    }
}
