package org.kdk.rules.catalogue.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.catalogue.reference.DatasetWalker.Frame;
import org.kdk.rules.catalogue.reference.DatasetWalker.Site;
import org.kdk.rules.rule.RuleContext;

/**
 * Kimlik dizini — what one walk of a dataset ({@link DatasetWalker}) finds for the reference rules: every object
 * with an id of its own, by id; the own ids met a second time; every reference to an id; every province code. Made
 * once per validation and shared by the rules that ask for it ({@link #of(RuleContext)}). Immutable once made.
 */
final class IdIndex {
  /** An object with its own id: its kind, where it is, and the plan it is part of (or is); {@code null} if none. */
  record Declaration(Kind kind, Site site, Frame plan) {
    /** The object. */
    Frame frame() {
      return site.owner();
    }
  }

  /**
   * An id named by a reference property, with what the property must name and the plan the reference is made
   * from; {@code null} if none.
   */
  record Reference(Site site, Id id, ReferenceTarget target, Frame plan) {}

  /** A province code and where it was met. */
  record ProvinceCode(Site site, String code) {}

  // One Declaration, or a List of them when an id is declared more than once: most ids are declared once.
  private final Map<Id, Object> declared;
  private final List<Declaration> repeats;
  private final List<Reference> references;
  private final List<ProvinceCode> provinceCodes;

  private IdIndex(Map<Id, Object> declared, List<Declaration> repeats, List<Reference> references,
      List<ProvinceCode> provinceCodes) {
    this.declared = declared;
    this.repeats = Collections.unmodifiableList(repeats);
    this.references = Collections.unmodifiableList(references);
    this.provinceCodes = Collections.unmodifiableList(provinceCodes);
  }

  /** The index of {@code context}'s dataset, made on the first call of a validation and shared by its rules. */
  static IdIndex of(RuleContext context) {
    return context.shared(IdIndex.class, IdIndex::of);
  }

  /** The index of {@code dataset}, from one walk. */
  static IdIndex of(Dataset dataset) {
    Map<Id, Object> declared = new HashMap<>();
    List<Declaration> repeats = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    List<ProvinceCode> provinceCodes = new ArrayList<>();
    DatasetWalker.walk(dataset, new DatasetWalker.Visitor() {
      @Override
      public void id(Site site, Id id) {
        Frame plan = site.owner().nearest(ActionPlan.class).orElse(null);
        if (!site.isOwnId()) {
          references.add(new Reference(site, id, ReferenceTarget.forProperty(site.property()), plan));
          return;
        }
        Declaration declaration = new Declaration(Kind.of(site.owner().type()), site, plan);
        Object earlier = declared.putIfAbsent(id, declaration);
        if (earlier == null) {
          return;
        }
        repeats.add(declaration);
        if (earlier instanceof Declaration) {
          List<Declaration> both = new ArrayList<>(2);
          both.add((Declaration) earlier);
          both.add(declaration);
          declared.put(id, both);
        } else {
          @SuppressWarnings("unchecked")
          List<Declaration> all = (List<Declaration>) earlier;
          all.add(declaration);
        }
      }

      @Override
      public void provinceCode(Site site, String code) {
        provinceCodes.add(new ProvinceCode(site, code));
      }
    });
    return new IdIndex(declared, repeats, references, provinceCodes);
  }

  /** The objects whose own id is {@code id}, in the order of the walk; empty if none. */
  @SuppressWarnings("unchecked")
  List<Declaration> declarations(Id id) {
    Object found = declared.get(id);
    if (found == null) {
      return List.of();
    }
    return found instanceof Declaration ? List.of((Declaration) found)
        : Collections.unmodifiableList((List<Declaration>) found);
  }

  /** Every declaration of an id already declared earlier in the walk, in the order of the walk. */
  List<Declaration> repeats() {
    return repeats;
  }

  /** Every reference to an id, in the order of the walk. */
  List<Reference> references() {
    return references;
  }

  /** Every province code, in the order of the walk. */
  List<ProvinceCode> provinceCodes() {
    return provinceCodes;
  }
}
