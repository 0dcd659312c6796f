package ru.spojournal.structure.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.CatalogCommands.GroupEdit;
import ru.spojournal.structure.StaffChoices;

/**
 * The administrator's groups and their subgroups (R14: the administrator opens the year with its
 * groups and curators; R7: a subgroup's journal holds its own students only). Groups and subgroups
 * are archived, never deleted: journals and assignments keep referring to them. Moving a student
 * to another group is a student movement of the people module, not a change made here.
 */
@Service
@Transactional
public class GroupCatalog {

    public static final List<String> GROUP_SORTS = List.of("name", "course", "admissionYear");

    private final StudyGroupRepository groups;
    private final SpecialtyRepository specialties;
    private final DepartmentRepository departments;
    private final SubgroupRepository subgroups;
    private final SubgroupMemberRepository members;
    private final StructureCatalogService catalog;
    private final StaffChoices people;

    GroupCatalog(
            StudyGroupRepository groups,
            SpecialtyRepository specialties,
            DepartmentRepository departments,
            SubgroupRepository subgroups,
            SubgroupMemberRepository members,
            StructureCatalogService catalog,
            StaffChoices people) {
        this.groups = groups;
        this.specialties = specialties;
        this.departments = departments;
        this.subgroups = subgroups;
        this.members = members;
        this.catalog = catalog;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public Page<GroupAdminRow> groups(long institutionId, ListQuery q, boolean archived) {
        Page<GroupAdminRow> page = groups.search(institutionId, archived, q.like(), q.thenBy("id"));
        Map<Long, String> curators = people.staffNames(page.getContent().stream()
                .map(GroupAdminRow::curatorStaffId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return page.map(g -> g.withCurator(curators.get(g.curatorStaffId())));
    }

    @Transactional(readOnly = true)
    public GroupAdminRow group(long institutionId, long id) {
        StudyGroup g = Owned.of(groups.findById(id), institutionId, "group");
        return new GroupAdminRow(
                g.getId(),
                g.getName(),
                g.getSpecialtyId(),
                null,
                g.getDepartmentId(),
                null,
                g.getCourse(),
                g.getAdmissionYear(),
                g.getCuratorStaffId(),
                g.isArchived(),
                g.getVersion());
    }

    /** A group names a specialty and a department of its college, a unique name and a curator on its staff. */
    public void editGroup(long institutionId, long id, GroupEdit edit) {
        StudyGroup group = Owned.atVersion(Owned.of(groups.findById(id), institutionId, "group"), edit.version());
        String name = edit.name().strip();
        if (groups.nameTaken(institutionId, name, id)) {
            throw new FieldRejectedException("name", "group.name.taken", name);
        }
        specialties
                .findById(edit.specialtyId())
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("specialtyId", "group.specialty.unknown"));
        departments
                .findById(edit.departmentId())
                .filter(d -> d.getInstitutionId() == institutionId)
                .orElseThrow(() -> new FieldRejectedException("departmentId", "group.department.unknown"));
        catalog.checkStaff(institutionId, edit.curatorStaffId(), "curatorStaffId");
        group.update(name, edit.specialtyId(), edit.departmentId(), edit.course(), edit.admissionYear());
        group.assignCurator(edit.curatorStaffId());
        groups.flush();
    }

    public void archiveGroup(long institutionId, long id, boolean archived) {
        Owned.of(groups.findById(id), institutionId, "group").archive(archived);
    }

    @Transactional(readOnly = true)
    public List<SubgroupRow> subgroups(long institutionId, long groupId, boolean archived) {
        Owned.of(groups.findById(groupId), institutionId, "group");
        return subgroups.findByGroupIdOrderByName(groupId).stream()
                .filter(s -> archived || !s.row().archived())
                .map(Subgroup::row)
                .toList();
    }

    public long createSubgroup(long institutionId, long groupId, String name) {
        Owned.of(groups.findById(groupId), institutionId, "group");
        checkName(groupId, name, -1L);
        return subgroups
                .save(new Subgroup(institutionId, groupId, name.strip()))
                .getId();
    }

    public void renameSubgroup(long institutionId, long groupId, long subgroupId, String name, Long version) {
        Subgroup subgroup = Owned.atVersion(subgroup(institutionId, groupId, subgroupId), version);
        checkName(groupId, name, subgroupId);
        subgroup.rename(name.strip());
        subgroups.flush();
    }

    public void archiveSubgroup(long institutionId, long groupId, long subgroupId, boolean archived) {
        subgroup(institutionId, groupId, subgroupId).archive(archived);
    }

    /** Who is in which of the group's active subgroups, as pairs of subgroup and student ids. */
    @Transactional(readOnly = true)
    public Set<String> membership(long institutionId, long groupId) {
        List<Long> active = subgroups(institutionId, groupId, false).stream()
                .map(SubgroupRow::id)
                .toList();
        return active.isEmpty()
                ? Set.of()
                : members.findOfSubgroups(active).stream()
                        .map(m -> m.key().subgroupId() + ":" + m.key().studentId())
                        .collect(Collectors.toSet());
    }

    /**
     * Puts the group's students into its active subgroups as ticked (R7): pairs "subgroupId:studentId".
     * Only the group's own studying students and its own subgroups count; others are refused.
     */
    public void placeStudents(long institutionId, long groupId, Collection<String> pairs) {
        Set<Long> active = subgroups(institutionId, groupId, false).stream()
                .map(SubgroupRow::id)
                .collect(Collectors.toSet());
        Set<Long> students = people.studentsOfGroup(groupId).stream()
                .map(StaffChoices.Choice::id)
                .collect(Collectors.toSet());
        Set<SubgroupMember.Key> wanted = new HashSet<>();
        for (String pair : pairs) {
            SubgroupMember.Key key = parse(pair);
            if (key == null || !active.contains(key.subgroupId()) || !students.contains(key.studentId())) {
                throw new FieldRejectedException("members", "subgroup.members.unknown");
            }
            wanted.add(key);
        }
        if (active.isEmpty()) {
            return;
        }
        List<SubgroupMember> current = members.findOfSubgroups(active);
        members.deleteAll(current.stream().filter(m -> !wanted.remove(m.key())).toList());
        wanted.forEach(k -> members.save(new SubgroupMember(institutionId, k.subgroupId(), k.studentId())));
    }

    private static SubgroupMember.Key parse(String pair) {
        String[] parts = pair == null ? new String[0] : pair.split(":");
        try {
            return parts.length == 2 ? new SubgroupMember.Key(Long.valueOf(parts[0]), Long.valueOf(parts[1])) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Subgroup subgroup(long institutionId, long groupId, long subgroupId) {
        Subgroup subgroup = Owned.of(subgroups.findById(subgroupId), institutionId, "subgroup");
        if (!subgroup.getGroupId().equals(groupId)) {
            throw new ru.spojournal.platform.error.NotFoundException("subgroup");
        }
        return subgroup;
    }

    private void checkName(long groupId, String name, long exceptId) {
        if (name == null || name.isBlank()) {
            throw new FieldRejectedException("name", "subgroup.name.required");
        }
        if (name.strip().length() > 50) {
            throw new FieldRejectedException("name", "subgroup.name.tooLong");
        }
        if (subgroups.nameTaken(groupId, name.strip(), exceptId)) {
            throw new FieldRejectedException("name", "subgroup.name.duplicate", name.strip());
        }
    }
}
