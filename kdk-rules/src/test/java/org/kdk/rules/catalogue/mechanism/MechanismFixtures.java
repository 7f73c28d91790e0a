package org.kdk.rules.catalogue.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.ImmutableCoordinationBoard;
import org.kdk.core.mechanism.ImmutableEqualityCommission;
import org.kdk.core.mechanism.ImmutableEqualityUnit;
import org.kdk.core.mechanism.ImmutableSubCommission;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.HeadCount;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.testing.RuleHarness;

/** Illustrative councils, boards and members for the mechanism rules' tests. */
final class MechanismFixtures {
  /** The validation day most tests use. */
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);

  static final Id COUNCIL = Id.of("ornek-belediye-meclisi");
  static final Id MUNICIPALITY = Id.of("ornek-belediye");
  static final Id METRO_COUNCIL = Id.of("ornek-bb-meclisi");
  static final Id METRO = Id.of("ornek-buyuksehir-belediyesi");
  static final Id PROVINCIAL_COUNCIL = Id.of("kars-il-genel-meclisi");
  static final Id GOVERNORSHIP = Id.of("ornek-valilik");
  static final Id WOMENS_NGO = Id.of("ornek-kadin-dernegi");
  static final Id UNIVERSITY = Id.of("ornek-universite");
  static final Id BAR = Id.of("ornek-baro");

  private MechanismFixtures() {}

  /** The municipal council, the metropolitan council, their municipalities and other institutions. */
  static ImmutableDataset.Builder base() {
    return Dataset.builder()
        .addInstitution(Institution.builder().id(COUNCIL).name("Örnek Belediye Meclisi")
            .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode("TR-16").municipalityId(MUNICIPALITY).build())
        .addInstitution(Institution.builder().id(METRO_COUNCIL).name("Örnek Büyükşehir Belediye Meclisi")
            .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode("TR-16").municipalityId(METRO).build())
        .addInstitution(Institution.builder().id(PROVINCIAL_COUNCIL).name("Kars İl Genel Meclisi")
            .kind(InstitutionKind.PROVINCIAL_COUNCIL).provinceCode("TR-36").build())
        .addInstitution(Institution.of(GOVERNORSHIP, "Örnek Valiliği", InstitutionKind.GOVERNORSHIP))
        .addInstitution(Institution.of(WOMENS_NGO, "Örnek Kadın Dayanışma Derneği", InstitutionKind.WOMENS_NGO))
        .addInstitution(Institution.of(UNIVERSITY, "Örnek Üniversitesi", InstitutionKind.UNIVERSITY))
        .addInstitution(Institution.of(BAR, "Örnek Barosu", InstitutionKind.BAR_ASSOCIATION))
        .addMunicipality(Municipality.builder().id(MUNICIPALITY).name("Örnek Belediyesi")
            .type(MunicipalityType.PROVINCE_CENTRE).provinceCode("TR-16").build())
        .addMunicipality(Municipality.builder().id(METRO).name("Örnek Büyükşehir Belediyesi")
            .type(MunicipalityType.METROPOLITAN).provinceCode("TR-16").build());
  }

  /** A councillor of {@code council}, named as a holder of public office. */
  static Membership councillor(Id council, int n) {
    return Membership.builder()
        .person(Person.ofOfficeHolder("Meclis Üyesi " + n, n % 2 == 0 ? Sex.MAN : Sex.WOMAN,
            "Belediye Meclis Üyesi"))
        .institutionId(council).role(n == 1 ? MemberRole.CHAIR : MemberRole.MEMBER).build();
  }

  /** {@code count} councillors of {@code council}, the first of them chair. */
  static List<Membership> councillors(Id council, int count) {
    List<Membership> members = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      members.add(councillor(council, n));
    }
    return members;
  }

  /** A municipal council's commission with only the required parts, referring to {@link #COUNCIL}. */
  static ImmutableEqualityCommission.Builder commission(String name) {
    return commission(name, COUNCIL);
  }

  /** A municipal council's commission with only the required parts, referring to {@code council}. */
  static ImmutableEqualityCommission.Builder commission(String name, Id council) {
    return EqualityCommission.builder().id(Id.of("komisyon")).name(name).provinceCode("TR-16")
        .council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(council);
  }

  /** A provincial council's commission in Kars, referring to {@link #PROVINCIAL_COUNCIL}. */
  static ImmutableEqualityCommission.Builder provincialCommission(String name) {
    return provincialCommission(name, "TR-36");
  }

  /** A provincial council's commission in the province {@code provinceCode}. */
  static ImmutableEqualityCommission.Builder provincialCommission(String name, String provinceCode) {
    return EqualityCommission.builder().id(Id.of("igm-komisyon")).name(name).provinceCode(provinceCode)
        .council(CouncilKind.PROVINCIAL_COUNCIL).councilInstitutionId(PROVINCIAL_COUNCIL);
  }

  /** A coordination board with only the required parts. */
  static ImmutableCoordinationBoard.Builder board(String name) {
    return CoordinationBoard.builder().id(Id.of("kurul")).name(name).provinceCode("TR-50")
        .hostInstitutionId(GOVERNORSHIP);
  }

  /** An equality unit with only the required parts. */
  static ImmutableEqualityUnit.Builder unit(String name, String provinceCode, UnitHost host) {
    return EqualityUnit.builder().id(Id.of("birim")).name(name).provinceCode(provinceCode).host(host)
        .hostInstitutionId(Id.of("ornek-il-ozel-idaresi"));
  }

  /** A sub-commission with only the required parts. */
  static ImmutableSubCommission.Builder subCommission(String name) {
    return SubCommission.builder().id(Id.of("alt-komisyon")).name(name).topic("Erken yaşta evlilikler");
  }

  /** An institution as a member. */
  static Membership member(Id institution) {
    return Membership.ofInstitution(institution, MemberRole.MEMBER);
  }

  /** {@code count} members from generated institutions, external or not. */
  static List<Membership> members(String prefix, int count, boolean external) {
    List<Membership> members = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      members.add(Membership.builder().institutionId(Id.of(prefix + "-" + n)).role(MemberRole.MEMBER)
          .external(external).build());
    }
    return members;
  }

  /** A meeting on {@code date} attended by {@code present} people, taking the decisions {@code decisionIds}. */
  static Meeting meeting(LocalDate date, int present, String... decisionIds) {
    var builder = Meeting.builder().date(date).attendance(HeadCount.of(present, 0));
    for (String id : decisionIds) {
      builder.addDecisionIds(Id.of(id));
    }
    return builder.build();
  }

  static List<Finding> run(Rule rule, Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  static List<Finding> run(Rule rule, Dataset dataset, LocalDate asOf) {
    return RuleHarness.run(rule, dataset, asOf);
  }

  static List<Finding> run(Rule rule, Dataset dataset, LocalDate asOf, String parameter, long value) {
    return RuleHarness.run(rule, dataset, asOf, Map.of(parameter, BigDecimal.valueOf(value)));
  }

  /**
   * Asserts the finding's rule, severity and path, that both messages carry every value and that no placeholder
   * is left unfilled in message or hint.
   */
  static void assertFinding(Finding finding, String ruleId, Severity severity, String path, Object... values) {
    assertThat(finding.getRuleId()).isEqualTo(ruleId);
    assertThat(finding.getSeverity()).isEqualTo(severity);
    assertThat(finding.getPath()).isEqualTo(path);
    String en = finding.getMessage().get(Language.EN);
    String tr = finding.getMessage().get(Language.TR);
    for (Object value : values) {
      assertThat(en).as("English message").contains(String.valueOf(value));
      assertThat(tr).as("Turkish message").contains(String.valueOf(value));
    }
    for (Language language : Language.values()) {
      assertThat(finding.getMessage().get(language)).doesNotContainPattern("\\{\\d+}");
      assertThat(finding.getHint().get(language)).doesNotContainPattern("\\{\\d+}");
    }
    assertThat(tr).isNotEqualTo(en);
  }
}
