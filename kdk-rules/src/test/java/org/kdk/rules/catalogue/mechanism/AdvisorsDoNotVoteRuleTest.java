package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.COUNCIL;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.UNIVERSITY;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.assertFinding;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.base;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.commission;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.councillors;
import static org.kdk.rules.catalogue.mechanism.MechanismFixtures.run;

import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Severity;

class AdvisorsDoNotVoteRuleTest {
  private final AdvisorsDoNotVoteRule rule = new AdvisorsDoNotVoteRule();

  private static Dataset with(Membership extra) {
    return base().addEqualityCommission(commission("Örnek Eşitlik Komisyonu")
        .addAllMembers(councillors(COUNCIL, 3)).addMembers(extra).build()).build();
  }

  @Test
  void accepts_voting_councillors_and_non_voting_outsiders() {
    assertThat(run(rule, with(Membership.ofInstitution(UNIVERSITY, MemberRole.ADVISOR)))).isEmpty();
    assertThat(run(rule, with(Membership.builder().institutionId(UNIVERSITY).role(MemberRole.MEMBER)
        .voting(false).build()))).isEmpty();
  }

  @Test
  void rejects_a_voting_university() {
    assertThat(run(rule, with(Membership.ofInstitution(UNIVERSITY, MemberRole.MEMBER)))).singleElement()
        .satisfies(f -> {
          assertFinding(f, "KDK-MECH-012", Severity.ERROR, "equalityCommissions[0].members[3].voting",
              "Örnek Eşitlik Komisyonu", "Örnek Üniversitesi", "#4", "Örnek Belediye Meclisi");
          assertThat(f.getMessage().get(Language.EN)).contains("Member");
          assertThat(f.getMessage().get(Language.TR)).contains("Üye");
        });
  }

  @Test
  void names_a_muhtar_holding_public_office_and_an_unknown_institution_by_id() {
    Membership muhtar = Membership.builder()
        .person(Person.ofOfficeHolder("Ayşe Yılmaz", Sex.WOMAN, "Muhtar"))
        .institutionId(Id.of("cumhuriyet-mahallesi-muhtarligi")).role(MemberRole.MEMBER).build();
    assertThat(run(rule, with(muhtar))).singleElement().satisfies(f -> assertFinding(f, "KDK-MECH-012",
        Severity.ERROR, "equalityCommissions[0].members[3].voting", "Ayşe Yılmaz",
        "cumhuriyet-mahallesi-muhtarligi"));
  }

  @Test
  void does_not_name_a_person_without_public_office() {
    Membership citizen = Membership.builder().person(Person.of("Fatma Kaya", Sex.WOMAN))
        .institutionId(UNIVERSITY).role(MemberRole.MEMBER).build();
    assertThat(run(rule, with(citizen))).singleElement().satisfies(f -> {
      assertThat(f.getMessage().get(Language.EN)).doesNotContain("Fatma Kaya").contains("#4");
      assertThat(f.getMessage().get(Language.TR)).doesNotContain("Fatma Kaya");
    });
  }

  @Test
  void accepts_a_councillor_recorded_without_an_institution() {
    Membership councillor = Membership.ofPerson(
        Person.ofOfficeHolder("Elif Demir", Sex.WOMAN, "Belediye Meclis Üyesi"), MemberRole.VICE_CHAIR);
    assertThat(run(rule, with(councillor))).isEmpty();
  }
}
