package org.kdk.reporting.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kdk.core.activity.NeighbourhoodWomensOrganisation;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.Neighbourhood;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.value.Id;

/**
 * Bulgunun ili — the province a rule finding is about, read from the first step of its path ({@code plans[0]},
 * {@code coordinationBoards[1]}, {@code municipalities[2]} …): the province of the object at that place in the
 * dataset. Plans, mechanisms, municipalities, commitments and grant projects always name their province;
 * institutions, trainings, awareness events, grant schemes and legislative proposals when they have one;
 * decisions through the mechanism or institution that took them; neighbourhoods and neighbourhood organisations
 * through their municipality. Findings about the whole document, or about objects without a province, belong to
 * no province. Stateless.
 */
final class FindingPlaces {
  private static final Pattern FIRST_STEP = Pattern.compile("^([A-Za-z]+)\\[(\\d{1,9})\\]");
  private static final Pattern INDICATOR = Pattern.compile("^plans\\[(\\d{1,9})\\]\\.indicators\\[(\\d{1,9})\\]");

  private FindingPlaces() {}

  /** The province code of the object the finding at {@code path} is about, if it has one. */
  static Optional<String> provinceOf(Dataset dataset, String path) {
    Matcher m = FIRST_STEP.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    int i = Integer.parseInt(m.group(2));
    switch (m.group(1)) {
      case "plans":
        return at(dataset.getPlans(), i).map(p -> p.getScope().getProvinceCode());
      case "coordinationBoards":
        return at(dataset.getCoordinationBoards(), i).map(Mechanism::getProvinceCode);
      case "equalityUnits":
        return at(dataset.getEqualityUnits(), i).map(Mechanism::getProvinceCode);
      case "equalityCommissions":
        return at(dataset.getEqualityCommissions(), i).map(Mechanism::getProvinceCode);
      case "municipalities":
        return at(dataset.getMunicipalities(), i).map(Municipality::getProvinceCode);
      case "institutions":
        return at(dataset.getInstitutions(), i).flatMap(Institution::getProvinceCode);
      case "neighbourhoods":
        return at(dataset.getNeighbourhoods(), i).flatMap(n -> municipalityProvince(dataset, n.getMunicipalityId()));
      case "commitments":
        return at(dataset.getCommitments(), i).map(c -> c.getProvinceCode());
      case "decisions":
        return at(dataset.getDecisions(), i).flatMap(d -> decisionProvince(dataset, d));
      case "grantSchemes":
        return at(dataset.getGrantSchemes(), i).flatMap(s -> s.getProvinceCode());
      case "grantProjects":
        return at(dataset.getGrantProjects(), i).map(p -> p.getProvinceCode());
      case "trainings":
        return at(dataset.getTrainings(), i).flatMap(t -> t.getProvinceCode());
      case "awarenessEvents":
        return at(dataset.getAwarenessEvents(), i).flatMap(e -> e.getProvinceCode());
      case "neighbourhoodOrganisations":
        return at(dataset.getNeighbourhoodOrganisations(), i).flatMap(o -> organisationProvince(dataset, o));
      case "legislativeProposals":
        return at(dataset.getLegislativeProposals(), i).flatMap(p -> p.getProvinceCode());
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether the finding at {@code path} is about a sensitive indicator ({@code plans[i].indicators[j]…}): its
   * message may quote the indicator's counts, so a published report must not show it.
   */
  static boolean isAboutSensitiveIndicator(Dataset dataset, String path) {
    Matcher m = INDICATOR.matcher(path);
    if (!m.find()) {
      return false;
    }
    return at(dataset.getPlans(), Integer.parseInt(m.group(1)))
        .flatMap(p -> at(p.getIndicators(), Integer.parseInt(m.group(2))))
        .map(i -> i.getDefinition().isSensitive()).orElse(false);
  }

  private static <T> Optional<T> at(List<T> list, int i) {
    return i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
  }

  private static Optional<String> municipalityProvince(Dataset dataset, Id municipalityId) {
    return dataset.municipality(municipalityId).map(Municipality::getProvinceCode);
  }

  private static Optional<String> decisionProvince(Dataset dataset, Decision decision) {
    Optional<String> byMechanism = dataset.mechanism(decision.getBodyId()).map(Mechanism::getProvinceCode);
    return byMechanism.isPresent() ? byMechanism
        : dataset.institution(decision.getBodyId()).flatMap(Institution::getProvinceCode);
  }

  private static Optional<String> organisationProvince(Dataset dataset, NeighbourhoodWomensOrganisation o) {
    Optional<String> byMunicipality = o.getMunicipalityId().flatMap(id -> municipalityProvince(dataset, id));
    if (byMunicipality.isPresent()) {
      return byMunicipality;
    }
    Function<Neighbourhood, Optional<String>> province = n -> municipalityProvince(dataset, n.getMunicipalityId());
    return dataset.getNeighbourhoods().stream().filter(n -> n.getId().equals(o.getNeighbourhoodId())).findFirst()
        .flatMap(province);
  }
}
