package org.kdk.rules.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;

/** Every constraint the model uses has a message in Turkish and in English. */
class ConstraintMessagesTest {

  static Set<Class<? extends Annotation>> constraintsOfTheModel() {
    Set<Class<? extends Annotation>> found = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Dataset.class));
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type) || !type.getPackageName().startsWith("org.kdk")) {
        continue;
      }
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        collect(m.getAnnotations(), found);
        visit(m.getAnnotatedReturnType(), found, todo);
      }
      if (type.isInterface()) {
        continue;
      }
      for (Class<?> i : type.getInterfaces()) {
        todo.push(i);
      }
    }
    return found;
  }

  private static void visit(AnnotatedType type, Set<Class<? extends Annotation>> found, Deque<Class<?>> todo) {
    collect(type.getAnnotations(), found);
    if (type instanceof AnnotatedParameterizedType) {
      for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        visit(argument, found, todo);
      }
    } else if (type.getType() instanceof Class) {
      todo.push((Class<?>) type.getType());
    }
  }

  private static void collect(Annotation[] annotations, Set<Class<? extends Annotation>> found) {
    for (Annotation a : annotations) {
      if (a.annotationType().isAnnotationPresent(Constraint.class)) {
        found.add(a.annotationType());
      }
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ConstraintMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  @Test
  void every_constraint_of_the_model_has_a_turkish_and_an_english_message() throws Exception {
    Set<Class<? extends Annotation>> constraints = constraintsOfTheModel();
    assertThat(constraints).extracting(Class::getSimpleName).contains("NotBlank", "ProvinceCode", "NonBlank", "Size");
    Properties hvEnglish = load("org/hibernate/validator/ValidationMessages.properties");
    Properties hvTurkish = load("org/hibernate/validator/ValidationMessages_tr.properties");
    Properties ourEnglish = load("ContributorValidationMessages_en.properties");
    Properties ourTurkish = load("ContributorValidationMessages_tr.properties");
    Set<String> missing = new TreeSet<>();
    for (Class<? extends Annotation> constraint : constraints) {
      String template = (String) constraint.getMethod("message").getDefaultValue();
      String key = template.substring(1, template.length() - 1);
      if (!hvEnglish.containsKey(key) && !ourEnglish.containsKey(key)) {
        missing.add("en " + key);
      }
      if (!hvTurkish.containsKey(key) && !ourTurkish.containsKey(key)) {
        missing.add("tr " + key);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(constraints.stream().map(Class::getSimpleName).collect(Collectors.toList())).hasSizeGreaterThan(5);
  }
}
