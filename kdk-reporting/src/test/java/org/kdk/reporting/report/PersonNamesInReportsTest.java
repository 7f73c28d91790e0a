package org.kdk.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.core.testing.PropertyCheck.forAll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.Neighbourhood;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.FocalPerson;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.testing.Gen;
import org.kdk.core.testing.GeneratedDatasets;
import org.kdk.core.value.Id;
import org.kdk.reporting.testing.AllReports;
import org.kdk.reporting.testing.AllReports.Rendering;

/**
 * Reports name an individual only when they hold public office: the names of members, focal persons, muhtars
 * and neighbourhood council members without one appear in no report, format or language, even where a finding
 * is about them.
 */
class PersonNamesInReportsTest {
  static final ReportEngine ENGINE = ReportEngine.standard();
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  static final String CHAIR = "Gizli Başkan Nazlı";
  static final String MEMBER = "Gizli Üye Gülizar";
  /** Longer than a name may be: its size constraint's finding quotes the start of it. */
  static final String LONG = "Gizli Uzun Adlı Üye " + "Ç".repeat(200);
  static final String FOCAL = "Gizli Odak Kişi Hatice";
  static final String MUHTAR = "Gizli Muhtar Zehra";
  static final String COUNCIL_MEMBER = "Gizli Aza Meryem";
  static final String OFFICE_HOLDER = "Açık Başkan Vekili Leyla";
  static final List<String> PRIVATE = List.of(CHAIR, MEMBER, LONG.substring(0, 30), FOCAL, MUHTAR, COUNCIL_MEMBER);

  /**
   * Mardin with a commission of two chairs (a finding names its chairs), a member whose name is too long, an
   * equality unit with a focal person, and a neighbourhood whose muhtar and five council members (one more than
   * the law allows) hold no office.
   */
  static Dataset withPersons() {
    Dataset mardin = MardinDataset.build();
    EqualityCommission commission = EqualityCommission.builder().id(Id.of("gizli-kek"))
        .name("Kadın-Erkek Eşitlik Komisyonu").provinceCode("TR-47").council(CouncilKind.MUNICIPAL_COUNCIL)
        .councilInstitutionId(Id.of("mardin-belediye-meclisi")).municipalityId(Id.of("mardin-belediyesi"))
        .addStatusHistory(StatusChange.of(LocalDate.of(2013, 1, 10), MechanismStatus.ACTIVE))
        .addMembers(Membership.ofPerson(Person.of(CHAIR, Sex.WOMAN), MemberRole.CHAIR),
            Membership.ofPerson(Person.ofOfficeHolder(OFFICE_HOLDER, Sex.WOMAN, "Belediye Meclis Üyesi"),
                MemberRole.CHAIR),
            Membership.ofPerson(Person.of(MEMBER, Sex.WOMAN), MemberRole.MEMBER),
            Membership.ofPerson(Person.of(LONG, Sex.MAN), MemberRole.MEMBER))
        .build();
    EqualityUnit unit = EqualityUnit.builder().id(Id.of("gizli-eb")).name("Eşitlik Birimi").provinceCode("TR-47")
        .host(UnitHost.MUNICIPALITY).hostInstitutionId(Id.of("mardin-belediyesi-kurum"))
        .addFocalPersons(FocalPerson.of(Id.of("mardin-belediyesi-kurum"), Person.of(FOCAL, Sex.WOMAN))).build();
    Neighbourhood neighbourhood = Neighbourhood.builder().id(Id.of("gizli-mahalle")).name("Gizli Mahalle")
        .municipalityId(Id.of("mardin-belediyesi")).muhtar(Person.of(MUHTAR, Sex.WOMAN))
        .addAllCouncilMembers(IntStream.rangeClosed(1, 5).mapToObj(i -> Person.of(COUNCIL_MEMBER + " " + i, Sex.WOMAN))
            .collect(Collectors.toList()))
        .build();
    List<EqualityCommission> commissions = new ArrayList<>(mardin.getEqualityCommissions());
    commissions.add(commission);
    List<EqualityUnit> units = new ArrayList<>(mardin.getEqualityUnits());
    units.add(unit);
    return ImmutableDataset.copyOf(mardin).withEqualityCommissions(commissions).withEqualityUnits(units)
        .withNeighbourhoods(neighbourhood);
  }

  /** The names of the dataset's persons who hold no public office. */
  static List<String> privateNames(Dataset dataset) {
    List<Person> persons = new ArrayList<>();
    for (Mechanism m : dataset.mechanisms()) {
      m.getMembers().forEach(member -> member.getPerson().ifPresent(persons::add));
    }
    dataset.getEqualityUnits().forEach(u -> u.getFocalPersons().forEach(f -> f.getPerson().ifPresent(persons::add)));
    dataset.getCoordinationBoards().forEach(b -> b.getSubCommissions()
        .forEach(s -> s.getMembers().forEach(member -> member.getPerson().ifPresent(persons::add))));
    return persons.stream().filter(p -> !p.holdsPublicOffice()).map(Person::getName).collect(Collectors.toList());
  }

  static void assertNamesNone(List<Rendering> files, List<String> names) {
    for (Rendering file : files) {
      for (String name : names) {
        assertThat(file.text()).as("%s names %s", file, name).doesNotContain(name);
      }
    }
  }

  @Nested
  class Persons_without_public_office {
    @Test
    void are_named_in_no_report_format_or_language() {
      Dataset dataset = withPersons();

      List<Rendering> files = AllReports.rendered(AllReports.of(ENGINE, dataset, AS_OF));

      assertThat(ENGINE.validator().validate(dataset, AS_OF).getFindings())
          .as("findings are about them").anySatisfy(f -> assertThat(f.getPath()).contains("person"))
          .anySatisfy(f -> assertThat(f.getPath()).contains("councilMembers"));
      assertNamesNone(files, PRIVATE);
    }

    @Test
    void are_named_in_no_report_of_a_generated_dataset() {
      // Texts that are unique words, so that a name found in a report can only have come from the person.
      Gen<Dataset> datasets = GeneratedDatasets.datasets(random -> "Ad" + Long.toUnsignedString(random.nextLong(), 36));
      forAll(15, datasets, KdkJson.strict()::write, dataset -> assertNamesNone(
          AllReports.rendered(AllReports.of(ENGINE, dataset, AS_OF)), privateNames(dataset)));
    }
  }

  @Nested
  class The_engine {
    @Test
    void still_counts_the_findings_it_does_not_show_in_full() {
      Dataset dataset = withPersons();

      ProvinceScorecard scorecard = ENGINE.scorecard(dataset, "TR-47", AS_OF);
      ProvinceScorecard without = ENGINE.scorecard(MardinDataset.build(), "TR-47", AS_OF);

      assertThat(scorecard.getFindings().getErrors() + scorecard.getFindings().getWarnings())
          .isGreaterThan(without.getFindings().getErrors() + without.getFindings().getWarnings());
    }
  }
}
