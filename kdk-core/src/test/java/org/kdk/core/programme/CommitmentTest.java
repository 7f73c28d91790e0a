package org.kdk.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.json.RoundTrip.assertRoundTrip;

import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.Constraints;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;

class CommitmentTest {

  static ImmutableCommitment.Builder mardin() {
    return Commitment.builder()
        .id(Id.of("mardin-taahhutname"))
        .provinceCode("TR-47")
        .signedOn(Programme.COMMITMENT_SIGNED);
  }

  static Commitment full() {
    return mardin()
        .addSignatoryInstitutionIds(Id.of("mardin-valilik"), Id.of("mardin-belediye"))
        .addAllItems(EnumSet.of(CommitmentItem.COORDINATION_BOARD, CommitmentItem.ACTION_PLAN))
        .note("Valilik arşivinde")
        .illustrative(true)
        .build();
  }

  @Nested
  class Items {
    @Test
    void commits_to_all_eight_items_when_none_are_given() {
      Commitment commitment = mardin().addSignatoryInstitutionId(Id.of("mardin-valilik")).build();
      assertThat(commitment.getItems()).containsExactly(CommitmentItem.values());
      assertThat(commitment.omittedItems()).isEmpty();
    }

    @Test
    void keeps_a_partial_commitment_in_item_order() {
      Commitment commitment = mardin().addSignatoryInstitutionId(Id.of("mardin-valilik"))
          .addItems(CommitmentItem.FACILITIES_AND_STAFF, CommitmentItem.COORDINATION_BOARD).build();
      assertThat(commitment.getItems())
          .containsExactly(CommitmentItem.COORDINATION_BOARD, CommitmentItem.FACILITIES_AND_STAFF);
      assertThat(commitment.includes(CommitmentItem.ACTION_PLAN)).isFalse();
      assertThat(commitment.omittedItems()).hasSize(6).doesNotContain(CommitmentItem.COORDINATION_BOARD);
    }

    @Test
    void cannot_be_changed_through_its_getter() {
      Commitment commitment = full();
      assertThatThrownBy(() -> commitment.getItems().clear()).isInstanceOf(UnsupportedOperationException.class);
      Commitment all = mardin().addSignatoryInstitutionId(Id.of("mardin-valilik")).build();
      assertThatThrownBy(() -> all.getItems().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void labels_every_item_in_both_languages() {
      assertThat(CommitmentItem.EQUALITY_UNITS.getDisplayName(Locale.ENGLISH))
          .isEqualTo("Set up equality units in the municipality and the governorship");
      assertThat(CommitmentItem.COORDINATION_BOARD.getDisplayName(Locale.forLanguageTag("tr")))
          .isEqualTo("İl Kadın Hakları Koordinasyon Kurulunun kurulması");
    }
  }

  @Nested
  class Json {
    @Test
    void round_trips_a_fully_populated_commitment() {
      String json = assertRoundTrip(full(), Commitment.class);
      assertThat(json)
          .contains("\"provinceCode\" : \"TR-47\"")
          .contains("\"signedOn\" : \"2012-07-06\"")
          .contains("\"signatoryInstitutionIds\" : [ \"mardin-valilik\", \"mardin-belediye\" ]")
          .contains("\"items\" : [ \"COORDINATION_BOARD\", \"ACTION_PLAN\" ]")
          .contains("\"illustrative\" : true");
    }

    @Test
    void round_trips_a_full_commitment_read_without_items() {
      Commitment read = KdkJson.strict().read("{\"id\":\"c\",\"provinceCode\":\"TR-36\",\"signedOn\":\"2012-07-06\","
          + "\"signatoryInstitutionIds\":[\"kars-valilik\"]}", Commitment.class);
      assertThat(read.getItems()).hasSize(8);
      assertRoundTrip(read, Commitment.class);
    }

    @Test
    void reports_an_unknown_item_with_its_path() {
      String json = "{\"id\":\"c\",\"provinceCode\":\"TR-36\",\"signedOn\":\"2012-07-06\","
          + "\"signatoryInstitutionIds\":[\"kars-valilik\"],\"items\":[\"ACTION_PLAN\",\"BUDGET\"]}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Commitment.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.UNKNOWN_CODE);
            assertThat(e.getPath()).isEqualTo("items[1]");
          });
    }

    @Test
    void reports_a_duplicate_signatory_with_its_path() {
      String json = "{\"id\":\"c\",\"provinceCode\":\"TR-36\",\"signedOn\":\"2012-07-06\","
          + "\"signatoryInstitutionIds\":[\"kars-valilik\",\"kars-valilik\"]}";
      assertThatThrownBy(() -> KdkJson.strict().read(json, Commitment.class))
          .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
            assertThat(e.getProblem()).isEqualTo(InvalidDocumentException.Problem.BROKEN_INVARIANT);
            assertThat(e.getPath()).isEqualTo("signatoryInstitutionIds");
          });
    }
  }

  @Nested
  class Invariants {
    @Test
    void rejects_a_signatory_listed_twice() {
      assertThatThrownBy(() -> mardin()
              .addSignatoryInstitutionIds(Id.of("mardin-valilik"), Id.of("mardin-valilik")).build())
          .isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("Commitment.signatoryInstitutionIds")
          .hasMessageContaining("mardin-valilik appears twice");
    }
  }

  @Nested
  class Constraints_ {
    @Test
    void a_full_commitment_is_valid() {
      assertThat(Constraints.violations(full())).isEmpty();
    }

    @Test
    void flags_a_commitment_without_signatories() {
      assertThat(Constraints.violatedPaths(mardin().build())).containsExactly("signatoryInstitutionIds");
    }

    @Test
    void flags_a_bad_province_code_and_a_blank_note() {
      Commitment commitment = Commitment.builder().id(Id.of("c")).provinceCode("TR-47 ").signedOn(
          Programme.COMMITMENT_SIGNED).addSignatoryInstitutionId(Id.of("v")).note(" ").build();
      assertThat(Constraints.violatedPaths(commitment)).containsExactly("note", "provinceCode");
    }
  }
}
