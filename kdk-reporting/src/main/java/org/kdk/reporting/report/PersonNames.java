package org.kdk.reporting.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.people.Person;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Finding;

/**
 * Kişi adları — a published report names an individual only when they hold public office
 * ({@link Person#holdsPublicOffice()}). A rule finding may still name one: the value a field constraint quotes
 * from a person's record, or a rule of the user's own. This tells which findings a report must not show as they
 * are. Stateless.
 */
final class PersonNames {
  /** A step into a person's record: a member's or focal person's {@code person}, a muhtar, a council member. */
  private static final Pattern PERSON_STEP =
      Pattern.compile("(^|\\.)(person|muhtar|councilMembers)(\\[\\d{1,9}\\])?(\\.|$)");

  private PersonNames() {}

  /**
   * The names of the dataset's persons without public office: members of mechanisms and sub-commissions, focal
   * persons, muhtars and neighbourhood council members.
   */
  static Set<String> withoutPublicOffice(Dataset dataset) {
    List<Person> persons = new ArrayList<>();
    for (Mechanism mechanism : dataset.mechanisms()) {
      addMembers(mechanism.getMembers(), persons);
    }
    dataset.getCoordinationBoards().forEach(board -> board.getSubCommissions()
        .forEach(sub -> addMembers(sub.getMembers(), persons)));
    dataset.getEqualityUnits().forEach(unit -> unit.getFocalPersons()
        .forEach(focal -> focal.getPerson().ifPresent(persons::add)));
    dataset.getNeighbourhoods().forEach(neighbourhood -> {
      neighbourhood.getMuhtar().ifPresent(persons::add);
      persons.addAll(neighbourhood.getCouncilMembers());
    });
    Set<String> names = new LinkedHashSet<>();
    for (Person person : persons) {
      if (!person.holdsPublicOffice() && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    return Collections.unmodifiableSet(names);
  }

  private static void addMembers(List<Membership> members, List<Person> persons) {
    members.forEach(member -> member.getPerson().ifPresent(persons::add));
  }

  /**
   * Whether {@code finding} may name a person without public office: it is about a person's record (its path
   * steps into one), or its message or hint holds one of {@code names}.
   */
  static boolean mayName(Finding finding, Set<String> names) {
    return PERSON_STEP.matcher(finding.getPath()).find() || holdsAny(finding.getMessage(), names)
        || holdsAny(finding.getHint(), names);
  }

  /** Whether {@code text}, in either language, holds one of {@code names}. */
  static boolean holdsAny(LocalizedText text, Set<String> names) {
    for (String name : names) {
      if (text.getTr().contains(name) || text.getEn().filter(en -> en.contains(name)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
