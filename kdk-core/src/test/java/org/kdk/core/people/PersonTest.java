package org.kdk.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;

/** A person carries only what their role needs: name, sex and, where they hold one, public office. */
class PersonTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static List<String> names(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Nested
  class Data_minimisation {
    @Test
    void the_type_has_exactly_name_sex_and_public_office() {
      List<String> properties = Arrays.stream(Person.class.getDeclaredMethods())
          .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
          .map(Method::getName).sorted().collect(java.util.stream.Collectors.toList());

      assertThat(properties).containsExactly("getName", "getPublicOffice", "getSex");
    }

    @Test
    void the_json_of_a_person_holds_exactly_name_sex_and_public_office() throws Exception {
      String json = KdkJson.strict().write(Person.ofOfficeHolder("Ayşe Yılmaz", Sex.WOMAN, "Vali Yardımcısı"));

      assertThat(names(MAPPER.readTree(json).fieldNames())).containsExactlyInAnyOrder("name", "sex", "publicOffice");
    }

    @Test
    void the_shipped_schema_allows_nothing_else() throws Exception {
      JsonNode person = MAPPER.readTree(KdkJson.shippedSchema()).path("$defs").path("Person");

      assertThat(names(person.path("properties").fieldNames()))
          .containsExactlyInAnyOrder("name", "sex", "publicOffice");
      assertThat(person.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void a_document_giving_more_about_a_person_is_refused() {
      String json = "{\"name\": \"Ayşe Yılmaz\", \"sex\": \"WOMAN\", \"birthDate\": \"1980-01-01\"}";

      assertThatThrownBy(() -> KdkJson.strict().read(json, Person.class))
          .isInstanceOf(InvalidDocumentException.class);
    }
  }

  @Nested
  class Public_office {
    @Test
    void only_an_office_holder_may_be_named() {
      assertThat(Person.ofOfficeHolder("Ayşe Yılmaz", Sex.WOMAN, "Vali Yardımcısı").holdsPublicOffice()).isTrue();
      assertThat(Person.of("Fatma Demir", Sex.WOMAN).holdsPublicOffice()).isFalse();
    }

    @Test
    void a_blank_office_is_no_office() {
      Person person = Person.builder().name("Fatma Demir").sex(Sex.WOMAN).publicOffice(" \t").build();

      assertThat(person.holdsPublicOffice()).isFalse();
    }
  }
}
