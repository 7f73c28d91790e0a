package org.kdk.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * B1's baseline: plain Java records of the same shape as the national dataset's JSON, as a user without the SDK
 * would write them — dates as {@link LocalDate}, numbers as {@link BigDecimal}, codes and periods as text, no
 * checks. Jackson reads them with unknown properties refused, so every property of the document has its field.
 */
final class NationalRecords {
  private NationalRecords() {}

  record Dataset(String format, int version, String title, String description, LocalDate asOf,
      List<Institution> institutions, List<Municipality> municipalities, List<EqualityUnit> equalityUnits,
      List<EqualityCommission> equalityCommissions, List<Decision> decisions, List<Plan> plans) {}

  record Institution(String id, String name, String kind, String provinceCode, String municipalityId) {}

  record Municipality(String id, String name, String type, String provinceCode, long population,
      String populationYear, int shelterCount, List<Period> strategicPlanPeriods, boolean illustrative) {}

  record Period(LocalDate start, LocalDate end) {}

  record HeadCount(int women, int men, int unrecorded) {}

  record StatusChange(LocalDate date, String status, String decisionId) {}

  record Meeting(LocalDate date, HeadCount attendance) {}

  record EqualityUnit(String id, String name, String provinceCode, String host, String hostInstitutionId,
      LocalDate establishedOn, List<StatusChange> statusHistory, HeadCount representatives, List<Meeting> meetings,
      boolean illustrative) {}

  record PartyGroup(String name, int councilSeats, int commissionSeats) {}

  record Person(String name, String sex, String publicOffice) {}

  record Member(Person person, String role, boolean voting, String partyGroup, boolean external) {}

  record EqualityCommission(String id, String name, String provinceCode, String council,
      String councilInstitutionId, String municipalityId, Period term, String foundingDecisionId,
      List<StatusChange> statusHistory, List<PartyGroup> partyGroups, List<Member> members, List<Meeting> meetings,
      boolean illustrative) {}

  record Decision(String id, String body, String bodyId, String number, LocalDate date, String subject,
      String outcome, boolean illustrative) {}

  record Plan(String id, String kind, String title, Scope scope, List<String> ownerInstitutionIds, Period period,
      List<String> themes, List<Aim> aims, List<Target> targets, List<Action> actions, List<Indicator> indicators,
      List<Consultation> consultations, List<Approval> approvals, List<StrategicPlanLink> strategicPlanLinks,
      String state, List<LifecycleEvent> history, boolean illustrative) {}

  record Scope(String level, String provinceCode, String municipalityId) {}

  record Aim(String id, String theme, String text) {}

  record Target(String id, String aimId, String text) {}

  record Money(BigDecimal amount, String currency) {}

  record BudgetLine(Money amount, String fundingSource, int year, boolean illustrative) {}

  record Action(String id, String targetId, String title, String responsibleInstitutionId, Period timeline,
      List<BudgetLine> budget, String genderMarker, List<String> indicatorIds) {}

  record Text(String tr, String en) {}

  record OrdinalScale(int min, int max, List<Text> levels) {}

  record Definition(String code, Text name, Text description, String expectedResult, String measure, String unit,
      String direction, boolean sensitive, String iatiResultType, List<String> sdgIndicators,
      OrdinalScale ordinalScale) {}

  record Measurement(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}

  record Baseline(LocalDate date, Measurement value, boolean illustrative) {}

  record TargetValue(String period, Measurement value) {}

  record Observation(String period, Measurement total, Measurement women, Measurement men, boolean illustrative) {}

  record Indicator(String id, Definition definition, Baseline baseline, List<TargetValue> targets,
      List<Observation> observations, boolean illustrative) {}

  record Participants(String kind, HeadCount count) {}

  record Consultation(String id, LocalDate date, String title, String format, List<Participants> participants) {}

  record Approval(String body, String decisionId, LocalDate date) {}

  record StrategicPlanLink(String institutionId, Period strategicPlanPeriod, int performanceProgrammeYear,
      String reference, List<String> actionIds) {}

  record LifecycleEvent(LocalDate date, String from, String to, String actorId, String decisionId) {}
}
