package org.kdk.core.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;
import org.kdk.core.value.ReportingPeriod;

/**
 * Generates the JSON Schema (draft 2020-12) of the document format from the model itself: the properties Jackson
 * writes for each type, the Jakarta constraints on the abstract getters (also inside {@code Optional} and
 * lists), required-ness from the Immutables attribute kind, and the codes of every enum with their English
 * labels.
 *
 * <p>Written here rather than taken from a schema library because the model's truth is split between the
 * Immutables abstract type (constraints, optionality) and the generated class Jackson serialises; the available
 * generators read one or the other.
 */
final class JsonSchemaGenerator {
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper = KdkJson.strict().newObjectMapper();
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  ObjectNode generate(Class<?> root, String id, String title, Map<String, Object> constants) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", id);
    schema.put("title", title);
    ObjectNode body = objectSchema(root);
    ObjectNode properties = (ObjectNode) body.get("properties");
    constants.forEach((name, value) -> {
      ObjectNode property = (ObjectNode) properties.get(name);
      property.removeAll();
      property.set("const", mapper.valueToTree(value));
    });
    ArrayNode required = body.withArray("required");
    constants.keySet().forEach(name -> {
      boolean present = false;
      for (int i = 0; i < required.size(); i++) {
        present |= required.get(i).asText().equals(name);
      }
      if (!present) {
        required.add(name);
      }
    });
    sortArray(required);
    schema.setAll(body);
    ObjectNode defs = schema.putObject("$defs");
    definitions.forEach(defs::set);
    return schema;
  }

  private ObjectNode objectSchema(Class<?> type) {
    Class<?> implementation = implementationOf(type);
    BeanDescription description = mapper.getSerializationConfig()
        .introspect(mapper.constructType(implementation));
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    List<String> required = new ArrayList<>();
    Map<String, ObjectNode> sorted = new TreeMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (!property.hasGetter()) {
        continue;
      }
      Method getter = declaredGetter(type, property.getGetter().getName());
      if (getter.isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      ObjectNode propertySchema = typeSchema(getter.getAnnotatedReturnType(), getter.getAnnotations());
      sorted.put(property.getName(), propertySchema);
      if (isRequired(getter)) {
        required.add(property.getName());
      }
    }
    sorted.forEach(properties::set);
    if (!required.isEmpty()) {
      ArrayNode array = schema.putArray("required");
      required.stream().sorted().forEach(array::add);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static boolean isRequired(Method getter) {
    Class<?> raw = getter.getReturnType();
    if (Optional.class.isAssignableFrom(raw) || raw == OptionalInt.class || raw == OptionalLong.class
        || raw == OptionalDouble.class || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return false;
    }
    // Immutables attributes with a default value are the concrete getters.
    return Modifier.isAbstract(getter.getModifiers());
  }

  private static Method declaredGetter(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(name);
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    for (Class<?> i : type.getInterfaces()) {
      try {
        return i.getMethod(name);
      } catch (NoSuchMethodException e) {
        // next interface
      }
    }
    throw new IllegalStateException("no getter " + name + " on " + type.getName());
  }

  private ObjectNode typeSchema(AnnotatedType annotated, Annotation[] declarationAnnotations) {
    Type type = annotated.getType();
    Class<?> raw = raw(type);
    List<Annotation> annotations = new ArrayList<>(Arrays.asList(annotated.getAnnotations()));
    annotations.addAll(Arrays.asList(declarationAnnotations));

    if (raw == Optional.class) {
      AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      return typeSchema(element, new Annotation[0]);
    }
    if (raw == OptionalInt.class || raw == OptionalLong.class) {
      return withNumberConstraints(NODES.objectNode().put("type", "integer"), annotations);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", typeSchema(element, new Annotation[0]));
      if (Set.class.isAssignableFrom(raw)) {
        array.put("uniqueItems", true);
      }
      for (Annotation a : annotations) {
        if (a instanceof Size) {
          if (((Size) a).min() > 0) {
            array.put("minItems", ((Size) a).min());
          }
          if (((Size) a).max() < Integer.MAX_VALUE) {
            array.put("maxItems", ((Size) a).max());
          }
        }
      }
      return array;
    }
    if (raw == String.class) {
      return withStringConstraints(NODES.objectNode().put("type", "string"), annotations);
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return withNumberConstraints(NODES.objectNode().put("type", "integer"), annotations);
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return withNumberConstraints(NODES.objectNode().put("type", "number"), annotations);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (raw == LocalDate.class) {
      return NODES.objectNode().put("type", "string").put("format", "date");
    }
    if (raw == Year.class) {
      return NODES.objectNode().put("type", "string").put("pattern", "^[0-9]{4}$");
    }
    if (raw == Currency.class) {
      return NODES.objectNode().put("type", "string").put("pattern", "^[A-Z]{3}$")
          .put("description", "ISO 4217 currency code");
    }
    return reference(raw);
  }

  private ObjectNode reference(Class<?> raw) {
    String name = raw.getEnclosingClass() != null && !raw.isEnum()
        ? raw.getEnclosingClass().getSimpleName() + raw.getSimpleName() : raw.getSimpleName();
    if (raw.isEnum() && raw.getEnclosingClass() != null) {
      name = raw.getEnclosingClass().getSimpleName() + raw.getSimpleName();
    }
    if (!definitions.containsKey(name)) {
      definitions.put(name, NODES.objectNode()); // placeholder against recursion
      definitions.put(name, definition(raw));
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private ObjectNode definition(Class<?> raw) {
    if (raw.isEnum()) {
      ObjectNode schema = NODES.objectNode().put("type", "string");
      ArrayNode values = schema.putArray("enum");
      ArrayNode labels = NODES.arrayNode();
      for (Object constant : raw.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
        if (constant instanceof Labelled) {
          labels.add(((Enum<?>) constant).name() + ": " + ((Labelled) constant).getDisplayName(Language.EN));
        }
      }
      if (labels.size() > 0) {
        StringBuilder description = new StringBuilder();
        labels.forEach(l -> description.append(description.length() == 0 ? "" : "; ").append(l.asText()));
        schema.put("description", description.toString());
      }
      return schema;
    }
    if (raw == Id.class) {
      return NODES.objectNode().put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
          .put("description", "Identifier another object refers to");
    }
    if (raw == ReportingPeriod.class) {
      return NODES.objectNode().put("type", "string")
          .put("pattern", "^[0-9]{4}(-Q[1-4]|-[0-9]{2}|-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2})?$")
          .put("description", "A year (2013), a quarter (2013-Q2), a month (2013-05) or an ISO 8601 interval"
              + " of days (2013-01-01/2013-06-30)");
    }
    for (Method m : raw.getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class)) {
        return NODES.objectNode().put("type", "string");
      }
    }
    if (!raw.isAnnotationPresent(JsonSerialize.class)) {
      throw new IllegalStateException(raw.getName() + " is neither a value type with @JsonSerialize nor a known"
          + " scalar: teach JsonSchemaGenerator about it");
    }
    return objectSchema(raw);
  }

  private static ObjectNode withStringConstraints(ObjectNode schema, List<Annotation> annotations) {
    for (Annotation a : annotations) {
      if (a instanceof NotBlank) {
        schema.put("minLength", 1);
        schema.put("pattern", "\\S");
      } else if (a instanceof NonBlank) {
        schema.put("pattern", "\\S");
        schema.put("maxLength", ((NonBlank) a).max());
      } else if (a instanceof Size) {
        if (((Size) a).min() > 0) {
          schema.put("minLength", ((Size) a).min());
        }
        if (((Size) a).max() < Integer.MAX_VALUE) {
          schema.put("maxLength", ((Size) a).max());
        }
      } else if (a instanceof Pattern) {
        schema.put("pattern", "^(?:" + ((Pattern) a).regexp() + ")$");
      } else if (a instanceof ProvinceCode) {
        schema.put("pattern", "^TR-(0[1-9]|[1-7][0-9]|8[01])$");
        schema.put("description", "ISO 3166-2 code of one of the 81 provinces");
      }
    }
    return schema;
  }

  private static ObjectNode withNumberConstraints(ObjectNode schema, List<Annotation> annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Min) {
        schema.put("minimum", ((Min) a).value());
      } else if (a instanceof Max) {
        schema.put("maximum", ((Max) a).value());
      } else if (a instanceof PositiveOrZero) {
        schema.put("minimum", 0);
      } else if (a instanceof Positive) {
        schema.put("exclusiveMinimum", 0);
      }
    }
    return schema;
  }

  private static Class<?> implementationOf(Class<?> type) {
    JsonSerialize serialize = type.getAnnotation(JsonSerialize.class);
    return serialize != null && serialize.as() != Void.class ? serialize.as() : type;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new IllegalStateException("unsupported type in the model: " + type);
  }

  private static void sortArray(ArrayNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    values.sort(String::compareTo);
    array.removeAll();
    values.forEach(array::add);
  }
}
