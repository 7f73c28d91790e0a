package org.kdk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.testing.PropertyCheck.forAll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.json.KdkJson;
import org.kdk.core.testing.GeneratedDatasets;
import org.kdk.core.testing.HostileTexts;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;

/**
 * No expression language ever evaluates user text: expression-language and message-template payloads in every
 * text field of a dataset come back literally in the findings' messages, and no expression-language
 * implementation is there to evaluate them.
 */
class UserTextIsNeverEvaluatedTest {
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  /** Longer than any text field may be, so that every field's size constraint quotes the value. */
  static final String TOO_LONG = " " + "x".repeat(10_001);

  /** The messages and hints of every finding, in both languages. */
  static List<String> texts(ValidationReport report) {
    List<String> texts = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      texts.add(f.getMessage().getTr());
      f.getMessage().getEn().ifPresent(texts::add);
      texts.add(f.getHint().getTr());
      f.getHint().getEn().ifPresent(texts::add);
    }
    return texts;
  }

  /** {@code text} without any literal occurrence of a payload, longest payloads first. */
  static String withoutPayloads(String text) {
    List<String> payloads = HostileTexts.EXPRESSIONS.stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.toList());
    for (String payload : payloads) {
      text = text.replace(payload, "");
    }
    return text;
  }

  @Nested
  class The_class_path {
    // The test class path holds the runtime class path of kdk-rules and no test dependency adds an expression
    // language, so what cannot be loaded here is not there at run time either.
    @ParameterizedTest
    @ValueSource(strings = {"jakarta.el.ExpressionFactory", "javax.el.ExpressionFactory",
        "org.glassfish.expressly.ExpressionFactoryImpl", "com.sun.el.ExpressionFactoryImpl",
        "org.apache.el.ExpressionFactoryImpl", "org.springframework.expression.ExpressionParser"})
    void holds_no_expression_language(String className) {
      assertThatThrownBy(() -> Class.forName(className, false, KdkValidator.class.getClassLoader()))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Nested
  class Payloads_in_every_text_field {
    @Test
    void are_quoted_literally_by_the_size_constraints_they_break() {
      List<String> padded = HostileTexts.EXPRESSIONS.stream().map(p -> p + TOO_LONG).collect(Collectors.toList());
      Dataset hostile = HostileTexts.withEveryText(MardinDataset.build(), padded);

      ValidationReport report = KdkValidator.of(Profiles.phase2Programme()).validate(hostile, AS_OF);

      List<String> quoted = report.getFindings().stream().map(f -> f.getMessage().getEn().orElseThrow())
          .filter(m -> m.contains("(value: ")).map(m -> m.substring(m.indexOf("(value: ") + 8))
          .collect(Collectors.toList());
      assertThat(quoted).as("the size constraints quote the values")
          .hasSizeGreaterThanOrEqualTo(HostileTexts.EXPRESSIONS.size());
      assertThat(quoted).allSatisfy(value -> assertThat(HostileTexts.EXPRESSIONS).anySatisfy(
          payload -> assertThat(value).startsWith(payload + " xxx")));
      for (String payload : HostileTexts.EXPRESSIONS) {
        assertThat(texts(report)).as(payload).anySatisfy(text -> assertThat(text).contains(payload));
      }
      assertThat(texts(report)).noneSatisfy(text -> assertThat(text).contains(HostileTexts.EVALUATED));
    }

    @Test
    void stay_literal_in_every_message_of_a_generated_dataset() {
      forAll(60, GeneratedDatasets.datasets(HostileTexts.from(HostileTexts.EXPRESSIONS)), KdkJson.strict()::write,
          dataset -> {
            ValidationReport report = KdkValidator.standard().validate(dataset, AS_OF);

            for (String text : texts(report)) {
              assertThat(withoutPayloads(text)).as(text).doesNotContain("${", "#{", HostileTexts.EVALUATED);
            }
          });
    }

    @Test
    void stay_literal_in_the_messages_about_a_real_dataset() {
      Dataset hostile = HostileTexts.withEveryText(MardinDataset.build(), HostileTexts.EXPRESSIONS);

      ValidationReport report = KdkValidator.of(Profiles.phase2Programme()).validate(hostile, AS_OF);

      assertThat(texts(report)).anySatisfy(text -> assertThat(text).isNotEqualTo(withoutPayloads(text)));
      for (String text : texts(report)) {
        assertThat(withoutPayloads(text)).as(text).doesNotContain("${", "#{", HostileTexts.EVALUATED);
      }
    }
  }
}
