package org.kdk.core.mechanism;

import java.time.LocalDate;
import org.kdk.core.people.HeadCount;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;

/** Fully populated, illustrative instances: every optional value set, every list non-empty. */
final class Fixtures {
  private Fixtures() {}

  static Person officeHolder() {
    return Person.ofOfficeHolder("Ayşe Örnek", Sex.WOMAN, "Vali Yardımcısı");
  }

  static StatusChange statusChange() {
    return StatusChange.builder()
        .date(LocalDate.of(2012, 9, 1))
        .status(MechanismStatus.ESTABLISHED)
        .decisionId(Id.of("ornek-kurul-kurulus"))
        .reason("Taahhütname gereği kuruldu")
        .build();
  }

  static Membership membership() {
    return Membership.builder()
        .person(officeHolder())
        .institutionId(Id.of("ornek-valilik"))
        .role(MemberRole.CHAIR)
        .voting(true)
        .term(DateRange.ofYears(2012, 2014))
        .partyGroup("Bağımsız")
        .tier(BoardTier.UPPER)
        .external(true)
        .build();
  }

  static Meeting meeting() {
    return Meeting.builder()
        .id(Id.of("ornek-kurul-toplanti-1"))
        .date(LocalDate.of(2012, 12, 14))
        .tier(BoardTier.MAIN)
        .attendance(HeadCount.of(31, 16, 2))
        .addDecisionIds(Id.of("ornek-karar-1"), Id.of("ornek-karar-2"))
        .agenda("Yerel eşitlik eylem planı taslağının görüşülmesi")
        .build();
  }

  static SubCommission subCommission() {
    return SubCommission.builder()
        .id(Id.of("ornek-alt-komisyon-erken-evlilik"))
        .name("Erken Yaşta Evlilikler Alt Komisyonu")
        .topic("Erken yaşta evlilikler")
        .theme(Theme.VIOLENCE_AGAINST_WOMEN)
        .approvingDecisionId(Id.of("ornek-karar-3"))
        .establishedOn(LocalDate.of(2013, 3, 1))
        .addMembers(Membership.ofInstitution(Id.of("ornek-stk"), MemberRole.RAPPORTEUR),
            Membership.builder().institutionId(Id.of("ornek-universite")).role(MemberRole.MEMBER).external(true)
                .build())
        .addMeetings(Meeting.builder().id(Id.of("ornek-alt-toplanti-1")).date(LocalDate.of(2013, 4, 2))
            .attendance(HeadCount.of(9, 2)).build())
        .build();
  }

  static CoordinationBoard board() {
    return CoordinationBoard.builder()
        .id(Id.of("ornek-ikhkk"))
        .name("Örnek İl Kadın Hakları Koordinasyon Kurulu")
        .provinceCode("TR-50")
        .hostInstitutionId(Id.of("ornek-valilik"))
        .secretariatUnitId(Id.of("ornek-valilik-esitlik-birimi"))
        .addTiers(BoardTier.MAIN, BoardTier.UPPER)
        .establishedOn(LocalDate.of(2012, 9, 1))
        .foundingDecisionId(Id.of("ornek-kurul-kurulus"))
        .addStatusHistory(statusChange(), StatusChange.of(LocalDate.of(2012, 12, 14), MechanismStatus.ACTIVE))
        .addMembers(membership(), Membership.ofInstitution(Id.of("ornek-baro"), MemberRole.MEMBER))
        .addSubCommissions(subCommission())
        .addMeetings(meeting())
        .illustrative(true)
        .build();
  }

  static FocalPerson focalPerson() {
    return FocalPerson.builder()
        .institutionId(Id.of("ornek-il-saglik-mudurlugu"))
        .department("Halk Sağlığı Hizmetleri")
        .person(Person.of("Fatma Örnek", Sex.WOMAN))
        .build();
  }

  static EqualityUnit unit() {
    return EqualityUnit.builder()
        .id(Id.of("ornek-belediye-esitlik-birimi"))
        .name("Örnek Belediyesi Eşitlik Birimi")
        .provinceCode("TR-16")
        .host(UnitHost.MUNICIPALITY)
        .hostInstitutionId(Id.of("ornek-belediye"))
        .establishedOn(LocalDate.of(2012, 5, 1))
        .foundingDecisionId(Id.of("ornek-birim-kurulus"))
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 5, 1), MechanismStatus.ESTABLISHED))
        .addMembers(Membership.ofPerson(Person.of("Zeynep Örnek", Sex.WOMAN), MemberRole.CHAIR))
        .addFocalPersons(focalPerson())
        .representatives(HeadCount.of(100, 52))
        .addMeetings(Meeting.of(LocalDate.of(2012, 6, 1), HeadCount.of(12, 3)))
        .illustrative(true)
        .build();
  }

  static PartyGroup partyGroup() {
    return PartyGroup.of("A Partisi", 20, 3);
  }

  static EqualityCommission commission() {
    return EqualityCommission.builder()
        .id(Id.of("ornek-bm-esitlik-komisyonu"))
        .name("Örnek Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu")
        .provinceCode("TR-55")
        .council(CouncilKind.MUNICIPAL_COUNCIL)
        .councilInstitutionId(Id.of("ornek-belediye-meclisi"))
        .municipalityId(Id.of("ornek-belediye"))
        .term(DateRange.of(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31)))
        .establishedOn(LocalDate.of(2013, 1, 4))
        .foundingDecisionId(Id.of("ornek-meclis-karari-2013-5"))
        .addStatusHistory(StatusChange.of(LocalDate.of(2013, 1, 4), MechanismStatus.ESTABLISHED,
            Id.of("ornek-meclis-karari-2013-5")))
        .addPartyGroups(partyGroup(), PartyGroup.of("Bağımsız", 2, 1))
        .addMembers(
            Membership.builder().person(Person.ofOfficeHolder("Elif Örnek", Sex.WOMAN, "Belediye Meclis Üyesi"))
                .institutionId(Id.of("ornek-belediye-meclisi")).role(MemberRole.CHAIR).partyGroup("A Partisi")
                .build(),
            Membership.builder().institutionId(Id.of("ornek-universite")).role(MemberRole.ADVISOR).build())
        .addMeetings(Meeting.builder().id(Id.of("ornek-komisyon-toplanti-1")).date(LocalDate.of(2013, 1, 10))
            .attendance(HeadCount.of(3, 2)).addDecisionIds(Id.of("ornek-komisyon-karari-1"))
            .agenda("Başkan ve başkan vekili seçimi").build())
        .illustrative(true)
        .build();
  }

  static Decision decision() {
    return Decision.builder()
        .id(Id.of("ornek-meclis-karari-2013-45"))
        .body(DecisionBody.MUNICIPAL_COUNCIL)
        .bodyId(Id.of("ornek-belediye-meclisi"))
        .number("2013/45")
        .date(LocalDate.of(2013, 2, 7))
        .subject("Yerel Eşitlik Eylem Planının kabulü")
        .outcome(DecisionOutcome.ADOPTED)
        .votes(Votes.of(21, 4, 1))
        .voting(VotingMethod.MAJORITY)
        .illustrative(true)
        .build();
  }
}
