package ru.spojournal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.spojournal.people.PersonCard;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A human being known to the college: a member of staff, a student or a parent (or several). */
@Entity
@Table(name = "person")
class Person extends InstitutionOwned {

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    private String sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String email;
    private String phone;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "preferred_login")
    private String preferredLogin;

    protected Person() {}

    Person(long institutionId, PersonName name, Sex sex, LocalDate birthDate, String email, String phone) {
        super(institutionId);
        this.lastName = name.lastName();
        this.firstName = name.firstName();
        this.middleName = name.middleName();
        this.sex = sex.name();
        this.birthDate = birthDate;
        this.email = email;
        this.phone = phone;
    }

    PersonName name() {
        return new PersonName(lastName, firstName, middleName);
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    void update(PersonName name, Sex sex, LocalDate birthDate, String email, String phone) {
        this.lastName = name.lastName();
        this.firstName = name.firstName();
        this.middleName = name.middleName();
        this.sex = sex.name();
        this.birthDate = birthDate;
        this.email = email;
        this.phone = phone;
    }

    void identifyAs(String externalId) {
        this.externalId = externalId;
    }

    void preferLogin(String login) {
        this.preferredLogin = login;
    }

    PersonCard card() {
        return new PersonCard(getId(), name(), Sex.valueOf(sex), birthDate, email, phone, externalId, preferredLogin);
    }
}
