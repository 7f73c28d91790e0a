package org.kdk.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Province;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.UnitHost;

/**
 * The mechanism slots of a province on a date, shared by the scorecard and the dashboard. Stateless.
 *
 * <p>A mechanism <em>exists</em> on a date when its status then is established, active or dormant; before its
 * first recorded status change, or without any, when its {@code establishedOn} is on or before the date; and,
 * with neither a status history nor a founding date, always (the dataset records it and gives no date to say
 * otherwise). It is <em>known</em> on the date when it exists, has any status by then (dissolved, proposed), or
 * is undated; mechanisms set up only later are not known yet and do not appear.
 */
final class MechanismSlots {
  private static final Set<MechanismStatus> EXISTING =
      EnumSet.of(MechanismStatus.ESTABLISHED, MechanismStatus.ACTIVE, MechanismStatus.DORMANT);
  // Which status a slot shows when several mechanisms share it: the liveliest.
  private static final List<MechanismStatus> PRECEDENCE = List.of(MechanismStatus.ACTIVE, MechanismStatus.DORMANT,
      MechanismStatus.ESTABLISHED, MechanismStatus.PROPOSED, MechanismStatus.DISSOLVED);

  private MechanismSlots() {}

  /** One slot per {@link MechanismKind}, in its order, for {@code province} on {@code asOf}. */
  static List<MechanismSlot> of(Dataset dataset, Province province, LocalDate asOf) {
    // One pass over the province's mechanisms, each one's status worked out once: a metropolitan province has
    // hundreds of units and commissions, and the dashboard asks this for every province.
    Map<MechanismKind, Tally> tallies = new EnumMap<>(MechanismKind.class);
    for (Mechanism mechanism : dataset.mechanismsOf(province.getCode())) {
      Optional<MechanismKind> kind = kindOf(mechanism);
      if (kind.isEmpty()) {
        continue;
      }
      Optional<MechanismStatus> status = mechanism.statusOn(asOf);
      boolean exists = existsOn(mechanism, status, asOf);
      if (exists || status.isPresent()) { // known on the day
        tallies.computeIfAbsent(kind.get(), k -> new Tally()).add(mechanism, status, exists, asOf);
      }
    }
    List<MechanismSlot> slots = new ArrayList<>(MechanismKind.values().length);
    for (MechanismKind kind : MechanismKind.values()) {
      Tally tally = tallies.getOrDefault(kind, new Tally());
      slots.add(MechanismSlot.builder()
          .kind(kind)
          .applicable(isApplicable(kind, province, asOf))
          .present(tally.present)
          .active(tally.active)
          .status(Optional.ofNullable(tally.status))
          .lastMeeting(Optional.ofNullable(tally.lastMeeting))
          .addAllNames(tally.names)
          .build());
    }
    return List.copyOf(slots);
  }

  /** What the known mechanisms of one kind say together. */
  private static final class Tally {
    private boolean present;
    private boolean active;
    private MechanismStatus status;
    private LocalDate lastMeeting;
    private final List<String> names = new ArrayList<>();

    void add(Mechanism mechanism, Optional<MechanismStatus> statusOn, boolean exists, LocalDate asOf) {
      present |= exists;
      if (statusOn.isPresent()) {
        MechanismStatus s = statusOn.get();
        active |= s == MechanismStatus.ACTIVE;
        if (status == null || PRECEDENCE.indexOf(s) < PRECEDENCE.indexOf(status)) {
          status = s;
        }
      }
      Optional<LocalDate> met = mechanism.lastMeetingOn(asOf).map(Meeting::getDate);
      if (met.isPresent() && (lastMeeting == null || met.get().isAfter(lastMeeting))) {
        lastMeeting = met.get();
      }
      names.add(mechanism.getName());
    }
  }

  /**
   * Whether the law lets a mechanism of {@code kind} exist in {@code province} on {@code asOf}: the bodies of the
   * special provincial administration only while it exists ({@link LawCalendar#hasSpecialProvincialAdministration}),
   * every other kind always.
   */
  static boolean isApplicable(MechanismKind kind, Province province, LocalDate asOf) {
    switch (kind) {
      case UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION:
        return LawCalendar.hasSpecialProvincialAdministration(province, asOf);
      case COMMISSION_PROVINCIAL_COUNCIL:
        return LawCalendar.hasProvincialCouncil(province, asOf);
      default:
        return true;
    }
  }

  /** The slot a mechanism fills; empty for the units of other member institutions, which are not a slot. */
  static Optional<MechanismKind> kindOf(Mechanism mechanism) {
    if (mechanism instanceof CoordinationBoard) {
      return Optional.of(MechanismKind.COORDINATION_BOARD);
    }
    if (mechanism instanceof EqualityUnit) {
      UnitHost host = ((EqualityUnit) mechanism).getHost();
      switch (host) {
        case GOVERNORSHIP:
          return Optional.of(MechanismKind.UNIT_GOVERNORSHIP);
        case SPECIAL_PROVINCIAL_ADMINISTRATION:
          return Optional.of(MechanismKind.UNIT_SPECIAL_PROVINCIAL_ADMINISTRATION);
        case MUNICIPALITY:
          return Optional.of(MechanismKind.UNIT_MUNICIPALITY);
        default:
          return Optional.empty();
      }
    }
    CouncilKind council = ((EqualityCommission) mechanism).getCouncil();
    return Optional.of(council == CouncilKind.MUNICIPAL_COUNCIL ? MechanismKind.COMMISSION_MUNICIPAL_COUNCIL
        : MechanismKind.COMMISSION_PROVINCIAL_COUNCIL);
  }

  /** Whether {@code mechanism} exists on {@code asOf}, as the class documentation defines it. */
  static boolean existsOn(Mechanism mechanism, LocalDate asOf) {
    return existsOn(mechanism, mechanism.statusOn(asOf), asOf);
  }

  private static boolean existsOn(Mechanism mechanism, Optional<MechanismStatus> status, LocalDate asOf) {
    if (status.isPresent()) {
      return EXISTING.contains(status.get());
    }
    if (mechanism.getEstablishedOn().isPresent()) {
      return !mechanism.getEstablishedOn().get().isAfter(asOf);
    }
    return mechanism.getStatusHistory().isEmpty();
  }

  /** Whether {@code mechanism} is known on {@code asOf}: it exists, has a status by then, or is undated. */
  static boolean isKnownOn(Mechanism mechanism, LocalDate asOf) {
    return existsOn(mechanism, asOf) || mechanism.statusOn(asOf).isPresent();
  }

  /** Whether the mechanism is marked illustrative. */
  static boolean isIllustrative(Mechanism mechanism) {
    if (mechanism instanceof CoordinationBoard) {
      return ((CoordinationBoard) mechanism).isIllustrative();
    }
    if (mechanism instanceof EqualityUnit) {
      return ((EqualityUnit) mechanism).isIllustrative();
    }
    return ((EqualityCommission) mechanism).isIllustrative();
  }
}
