package org.kdk.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Target;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * B2's floor: a hand-written walk that reads every field of every object the national dataset holds and folds
 * it into a number, so that nothing is skipped and nothing is checked — what validation cannot go below.
 */
final class Traversal {
  private long sum;

  private Traversal() {}

  /** The fold of every field of {@code dataset}. */
  static long of(Dataset dataset) {
    Traversal t = new Traversal();
    t.text(dataset.getFormat());
    t.add(dataset.getVersion());
    t.optionalText(dataset.getTitle());
    t.optionalText(dataset.getDescription());
    dataset.getAsOf().ifPresent(t::date);
    dataset.getInstitutions().forEach(t::institution);
    dataset.getMunicipalities().forEach(t::municipality);
    dataset.getEqualityUnits().forEach(t::unit);
    dataset.getEqualityCommissions().forEach(t::commission);
    dataset.getDecisions().forEach(t::decision);
    dataset.getPlans().forEach(t::plan);
    t.add(dataset.getNeighbourhoods().size() + dataset.getCommitments().size()
        + dataset.getCoordinationBoards().size() + dataset.getGrantSchemes().size()
        + dataset.getGrantProjects().size() + dataset.getTrainings().size() + dataset.getAwarenessEvents().size()
        + dataset.getNeighbourhoodOrganisations().size() + dataset.getLegislativeProposals().size());
    return t.sum;
  }

  private void institution(Institution i) {
    id(i.getId());
    text(i.getName());
    optionalText(i.getAbbreviation());
    add(i.getKind().ordinal());
    optionalText(i.getProvinceCode());
    optionalId(i.getMunicipalityId());
    optionalId(i.getParentId());
    i.getEstablishedOn().ifPresent(this::date);
    i.getAbolishedOn().ifPresent(this::date);
  }

  private void municipality(Municipality m) {
    id(m.getId());
    text(m.getName());
    add(m.getType().ordinal());
    text(m.getProvinceCode());
    optionalText(m.getDistrict());
    add(m.getPopulation().orElse(0));
    m.getPopulationYear().ifPresent(y -> add(y.getValue()));
    add(m.getShelterCount().orElse(0));
    m.getStrategicPlanPeriods().forEach(this::range);
    m.getEstablishedOn().ifPresent(this::date);
    m.getAbolishedOn().ifPresent(this::date);
    optionalId(m.getSuccessorId());
    flag(m.isIllustrative());
  }

  private void mechanism(Mechanism m) {
    id(m.getId());
    text(m.getName());
    text(m.getProvinceCode());
    for (StatusChange change : m.getStatusHistory()) {
      date(change.getDate());
      add(change.getStatus().ordinal());
      optionalId(change.getDecisionId());
      optionalText(change.getReason());
    }
    for (Membership member : m.getMembers()) {
      member.getPerson().ifPresent(p -> {
        text(p.getName());
        add(p.getSex().ordinal());
        optionalText(p.getPublicOffice());
      });
      optionalId(member.getInstitutionId());
      add(member.getRole().ordinal());
      flag(member.isVoting());
      member.getTerm().ifPresent(this::range);
      optionalText(member.getPartyGroup());
      member.getTier().ifPresent(t -> add(t.ordinal()));
      flag(member.isExternal());
    }
    for (Meeting meeting : m.getMeetings()) {
      optionalId(meeting.getId());
      date(meeting.getDate());
      meeting.getTier().ifPresent(t -> add(t.ordinal()));
      heads(meeting.getAttendance());
      ids(meeting.getDecisionIds());
      optionalText(meeting.getAgenda());
    }
    optionalId(m.getFoundingDecisionId());
    m.getEstablishedOn().ifPresent(this::date);
  }

  private void unit(EqualityUnit u) {
    mechanism(u);
    flag(u.isIllustrative());
    add(u.getHost().ordinal());
    id(u.getHostInstitutionId());
    add(u.getFocalPersons().size());
    u.getRepresentatives().ifPresent(this::heads);
  }

  private void commission(EqualityCommission c) {
    mechanism(c);
    flag(c.isIllustrative());
    add(c.getCouncil().ordinal());
    id(c.getCouncilInstitutionId());
    optionalId(c.getMunicipalityId());
    c.getTerm().ifPresent(this::range);
    for (PartyGroup group : c.getPartyGroups()) {
      text(group.getName());
      add(group.getCouncilSeats());
      add(group.getCommissionSeats());
    }
  }

  private void decision(Decision d) {
    id(d.getId());
    add(d.getBody().ordinal());
    id(d.getBodyId());
    optionalText(d.getNumber());
    date(d.getDate());
    text(d.getSubject());
    add(d.getOutcome().ordinal());
    add(d.getVotes().isPresent() ? 1 : 0);
    d.getVoting().ifPresent(v -> add(v.ordinal()));
    flag(d.isIllustrative());
  }

  private void plan(ActionPlan p) {
    id(p.getId());
    add(p.getKind().ordinal());
    text(p.getTitle());
    add(p.getScope().getLevel().ordinal());
    text(p.getScope().getProvinceCode());
    optionalId(p.getScope().getMunicipalityId());
    ids(p.getOwnerInstitutionIds());
    range(p.getPeriod());
    p.getThemes().forEach(theme -> add(theme.ordinal()));
    add(p.getThemeExemptions().size() + p.getProblems().size() + p.getRevisions().size());
    for (Aim aim : p.getAims()) {
      id(aim.getId());
      add(aim.getTheme().ordinal());
      text(aim.getText());
    }
    for (Target target : p.getTargets()) {
      id(target.getId());
      id(target.getAimId());
      text(target.getText());
    }
    p.getActions().forEach(this::action);
    p.getIndicators().forEach(this::indicator);
    for (Consultation c : p.getConsultations()) {
      id(c.getId());
      date(c.getDate());
      text(c.getTitle());
      add(c.getFormat().ordinal());
      for (ParticipantGroup group : c.getParticipants()) {
        add(group.getKind().ordinal());
        heads(group.getCount());
        ids(group.getInstitutionIds());
      }
    }
    for (Approval a : p.getApprovals()) {
      add(a.getBody().ordinal());
      id(a.getDecisionId());
      date(a.getDate());
    }
    for (StrategicPlanLink link : p.getStrategicPlanLinks()) {
      id(link.getInstitutionId());
      range(link.getStrategicPlanPeriod());
      add(link.getPerformanceProgrammeYear().orElse(0));
      optionalText(link.getReference());
      ids(link.getActionIds());
    }
    add(p.getState().ordinal());
    for (LifecycleEvent event : p.getHistory()) {
      date(event.getDate());
      event.getFrom().ifPresent(s -> add(s.ordinal()));
      add(event.getTo().ordinal());
      id(event.getActorId());
      optionalText(event.getReason());
      optionalId(event.getDecisionId());
    }
    optionalId(p.getUpgradedFromPlanId());
    p.getTotalBudget().ifPresent(this::money);
    flag(p.isIllustrative());
  }

  private void action(Action a) {
    id(a.getId());
    id(a.getTargetId());
    text(a.getTitle());
    optionalText(a.getStrategy());
    optionalId(a.getResponsibleInstitutionId());
    ids(a.getCooperatingInstitutionIds());
    a.getTimeline().ifPresent(this::range);
    for (BudgetLine line : a.getBudget()) {
      optionalText(line.getDescription());
      money(line.getAmount());
      add(line.getFundingSource().ordinal());
      optionalId(line.getFunderInstitutionId());
      add(line.getYear().orElse(0));
      line.getExecuted().ifPresent(this::money);
      flag(line.isIllustrative());
    }
    a.getTotalBudget().ifPresent(this::money);
    a.getGenderMarker().ifPresent(g -> add(g.ordinal()));
    ids(a.getIndicatorIds());
  }

  private void indicator(Indicator i) {
    id(i.getId());
    IndicatorDefinition d = i.getDefinition();
    text(d.getCode());
    text(d.getName().get(org.kdk.core.i18n.Language.TR));
    d.getDescription().ifPresent(t -> text(t.get(org.kdk.core.i18n.Language.TR)));
    d.getExpectedResult().ifPresent(r -> add(r.ordinal()));
    add(d.getMeasure().ordinal());
    text(d.getUnit());
    add(d.getDirection().ordinal());
    add(d.getSdgIndicators().size());
    d.getIatiResultType().ifPresent(r -> add(r.ordinal()));
    add(d.getOrdinalScale().isPresent() ? 1 : 0);
    flag(d.isSensitive());
    i.getBaseline().ifPresent(this::baseline);
    for (TargetValue t : i.getTargets()) {
      period(t.getPeriod());
      measurement(t.getValue());
      t.getWomen().ifPresent(this::measurement);
      t.getMen().ifPresent(this::measurement);
    }
    for (Observation o : i.getObservations()) {
      period(o.getPeriod());
      measurement(o.getTotal());
      o.getWomen().ifPresent(this::measurement);
      o.getMen().ifPresent(this::measurement);
      add(o.getAgeGroups().size() + o.getDistricts().size());
      optionalText(o.getSource());
      optionalText(o.getNote());
      flag(o.isIllustrative());
    }
    optionalText(i.getDataSource());
    optionalText(i.getMeansOfVerification());
    flag(i.isIllustrative());
  }

  private void baseline(Baseline b) {
    date(b.getDate());
    measurement(b.getValue());
    b.getWomen().ifPresent(this::measurement);
    b.getMen().ifPresent(this::measurement);
    optionalText(b.getSource());
    flag(b.isIllustrative());
  }

  private void measurement(Measurement m) {
    m.getValue().ifPresent(this::number);
    m.getNumerator().ifPresent(this::number);
    m.getDenominator().ifPresent(this::number);
    optionalText(m.getText());
  }

  private void period(ReportingPeriod p) {
    add(p.getGranularity().ordinal());
    date(p.getStart());
    date(p.getEnd());
  }

  private void range(DateRange r) {
    date(r.getStart());
    date(r.getEnd());
  }

  private void money(Money m) {
    number(m.getAmount());
    text(m.getCurrency().getCurrencyCode());
  }

  private void heads(HeadCount h) {
    add(h.getWomen());
    add(h.getMen());
    add(h.getUnrecorded());
  }

  private void number(BigDecimal n) {
    sum += n.signum() + n.scale();
  }

  private void date(LocalDate d) {
    sum += d.getDayOfMonth();
  }

  private void id(Id id) {
    sum += id.getValue().length();
  }

  private void ids(Collection<Id> ids) {
    for (Id id : ids) {
      id(id);
    }
  }

  private void optionalId(Optional<Id> id) {
    id.ifPresent(this::id);
  }

  private void text(String s) {
    sum += s.length();
  }

  private void optionalText(Optional<String> s) {
    s.ifPresent(this::text);
  }

  private void flag(boolean b) {
    sum += b ? 1 : 0;
  }

  private void add(long n) {
    sum += n;
  }
}
