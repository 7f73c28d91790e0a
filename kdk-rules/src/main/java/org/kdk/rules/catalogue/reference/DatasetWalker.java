package org.kdk.rules.catalogue.reference;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.Id;

/**
 * Veri kümesi gezgini — walks every value object of a dataset by reflection over the Immutables getters, so that
 * the reference rules see fields added to the model later without being told.
 *
 * <p>A value type is an abstract class annotated {@link JsonSerialize}; its properties are its public abstract
 * {@code get…}/{@code is…} methods without parameters, named as Jackson names them ({@code getActorId} →
 * {@code actorId}). Lists, sets and {@link Optional}s of ids, of province codes and of value objects are walked
 * element by element, and each value met carries its JSON path, such as
 * {@code plans[0].actions[3].cooperatingInstitutionIds[1]}. Properties are walked in the type's
 * {@link JsonPropertyOrder}, then in the order of the generated class's fields (the model's order, which is also
 * the document's), so that "first" means first in the document.
 *
 * <p>The metadata of each class is computed once per class loader and cached in a {@link ClassValue}; a walk keeps
 * all its state on the stack of the calling thread. Stateless and thread-safe.
 */
final class DatasetWalker {
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private DatasetWalker() {}

  /** What a walk reports to. Both methods do nothing unless overridden. */
  interface Visitor {
    /**
     * An id met at {@code site}: the object's own id when {@link Site#isOwnId()} (the property {@code id}),
     * otherwise a reference to another object.
     */
    default void id(Site site, Id id) {}

    /** A province code met at {@code site} (a text property named {@code provinceCode} or {@code …ProvinceCodes}). */
    default void provinceCode(Site site, String code) {}
  }

  /** Walks {@code dataset} from its root and reports every id and province code to {@code visitor}. */
  static void walk(Dataset dataset, Visitor visitor) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(visitor, "visitor");
    walkObject(dataset, new Frame(null, dataset, SHAPES.get(dataset.getClass()), Path.ROOT), visitor);
  }

  private static void walkObject(Object value, Frame frame, Visitor visitor) {
    for (Property property : frame.shape.properties) {
      Object result = property.read(value);
      if (result == null) {
        continue;
      }
      switch (property.container) {
        case ONE:
          element(property, result, frame, frame.path.child(property.name, -1), visitor);
          break;
        case OPTIONAL:
          Optional<?> optional = (Optional<?>) result;
          if (optional.isPresent()) {
            element(property, optional.get(), frame, frame.path.child(property.name, -1), visitor);
          }
          break;
        case COLLECTION:
          int index = 0;
          for (Object item : (Collection<?>) result) {
            if (item != null) {
              element(property, item, frame, frame.path.child(property.name, index), visitor);
            }
            index++;
          }
          break;
        default:
          throw new AssertionError(property.container);
      }
    }
  }

  private static void element(Property property, Object value, Frame owner, Path path, Visitor visitor) {
    switch (property.element) {
      case ID:
        visitor.id(new Site(owner, property.name, path), (Id) value);
        break;
      case PROVINCE_CODE:
        visitor.provinceCode(new Site(owner, property.name, path), (String) value);
        break;
      case VALUE:
        Shape shape = SHAPES.get(value.getClass());
        if (!shape.properties.isEmpty()) {
          walkObject(value, new Frame(owner, value, shape, path), visitor);
        }
        break;
      default:
        throw new AssertionError(property.element);
    }
  }

  /** Where a value was met: the object holding it, the property's name and the path to the value itself. */
  static final class Site {
    private final Frame owner;
    private final String property;
    private final Path path;

    Site(Frame owner, String property, Path path) {
      this.owner = owner;
      this.property = property;
      this.path = path;
    }

    /** The object that holds the value. */
    Frame owner() {
      return owner;
    }

    /** The property's JSON name, such as {@code cooperatingInstitutionIds}. */
    String property() {
      return property;
    }

    /** The path to the value, such as {@code plans[0].actions[3].cooperatingInstitutionIds[1]}. */
    Path path() {
      return path;
    }

    /** Whether the value is the owner's own id (the property {@code id}). */
    boolean isOwnId() {
      return "id".equals(property);
    }
  }

  /** An object met during the walk, with the object that holds it and its path. */
  static final class Frame {
    private final Frame parent;
    private final Object value;
    private final Shape shape;
    private final Path path;

    Frame(Frame parent, Object value, Shape shape, Path path) {
      this.parent = parent;
      this.value = value;
      this.shape = shape;
      this.path = path;
    }

    /** The object. */
    Object value() {
      return value;
    }

    /** The model type of the object: the abstract class annotated {@link JsonSerialize}, such as {@code Action}. */
    Class<?> type() {
      return shape.type;
    }

    /** The path to the object; empty for the dataset itself. */
    Path path() {
      return path;
    }

    /** The frame of the object holding this one; {@code null} for the dataset. */
    Frame parent() {
      return parent;
    }

    /** The nearest frame, this one or one that holds it, whose object is of {@code type}. */
    Optional<Frame> nearest(Class<?> type) {
      for (Frame frame = this; frame != null; frame = frame.parent) {
        if (type.isAssignableFrom(frame.shape.type)) {
          return Optional.of(frame);
        }
      }
      return Optional.empty();
    }

    /** The nearest frame, this one or one that holds it, whose object has an id of its own. */
    Optional<Frame> nearestWithId() {
      for (Frame frame = this; frame != null; frame = frame.parent) {
        if (frame.ownId().isPresent()) {
          return Optional.of(frame);
        }
      }
      return Optional.empty();
    }

    /** The object's own id, where it has one. */
    Optional<Id> ownId() {
      if (shape.idProperty == null) {
        return Optional.empty();
      }
      Object id = shape.idProperty.read(value);
      if (id instanceof Optional) {
        return ((Optional<?>) id).map(Id.class::cast);
      }
      return Optional.ofNullable((Id) id);
    }
  }

  /**
   * A JSON path as a linked list of steps, rendered only when asked: most ids never need their path written out.
   * Immutable.
   */
  static final class Path {
    static final Path ROOT = new Path(null, "", -1);

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    /** The path of property {@code name} below this one; with {@code index} ≥ 0, of that element of it. */
    Path child(String childName, int childIndex) {
      return new Path(this, childName, childIndex);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      StringBuilder s = new StringBuilder(64);
      append(s);
      return s.toString();
    }

    private void append(StringBuilder s) {
      if (parent == null) {
        return;
      }
      parent.append(s);
      if (parent.parent != null) {
        s.append('.');
      }
      s.append(name);
      if (index >= 0) {
        s.append('[').append(index).append(']');
      }
    }
  }

  private enum Container { ONE, OPTIONAL, COLLECTION }

  private enum Element { ID, PROVINCE_CODE, VALUE }

  /** One walked property of a value type. */
  private static final class Property {
    final String name;
    final Method getter;
    final Container container;
    final Element element;
    /** The getter as a function, made once per property; {@code null} where one cannot be made. */
    private final Function<Object, Object> reader;

    Property(String name, Method getter, Container container, Element element) {
      this.name = name;
      this.getter = getter;
      this.container = container;
      this.element = element;
      this.reader = readerOf(getter);
    }

    Object read(Object target) {
      if (reader != null) {
        return reader.apply(target);
      }
      try {
        return getter.invoke(target);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + getter + ": " + e.getMessage(), e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException("reading " + getter + " failed", cause);
      }
    }

    /**
     * The public getter compiled into a {@link Function} by {@link LambdaMetafactory}, which the JIT then calls
     * like any method: a national dataset is hundreds of thousands of reads per walk, and {@link Method#invoke}
     * dominated them. Where the getter is not accessible that way, {@code null}, and reflection reads it.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> readerOf(Method getter) {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle handle = lookup.unreflect(getter);
        return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                MethodType.methodType(getter.getReturnType().isPrimitive()
                    ? MethodType.methodType(getter.getReturnType()).wrap().returnType() : getter.getReturnType(),
                    getter.getDeclaringClass()))
            .getTarget().invokeExact();
      } catch (Throwable e) {
        return null;
      }
    }
  }

  /** The walked properties of one class, computed once. */
  static final class Shape {
    final Class<?> type;
    final List<Property> properties;
    final Property idProperty;

    private Shape(Class<?> type, List<Property> properties) {
      this.type = type;
      this.properties = properties;
      this.idProperty = properties.stream().filter(p -> "id".equals(p.name) && p.element == Element.ID
          && p.container != Container.COLLECTION).findFirst().orElse(null);
    }

    static Shape of(Class<?> runtimeClass) {
      Class<?> type = valueType(runtimeClass);
      if (type == null) {
        return new Shape(runtimeClass, List.of());
      }
      Map<String, Property> byName = new LinkedHashMap<>();
      for (Method method : type.getMethods()) {
        if (!isAbstractGetter(method)) {
          continue;
        }
        String name = propertyName(method.getName());
        if (byName.containsKey(name)) {
          continue;
        }
        Property property = property(name, method);
        if (property != null) {
          byName.put(name, property);
        }
      }
      List<Property> ordered = new ArrayList<>(byName.size());
      JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
      if (order != null) {
        for (String name : order.value()) {
          Property p = byName.remove(name);
          if (p != null) {
            ordered.add(p);
          }
        }
      }
      // Then in the order the generated class declares its fields, which is the model's order and the
      // document's; properties without a field of the same name come last, by name.
      Map<String, Integer> declared = new HashMap<>();
      for (Field field : runtimeClass.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          declared.putIfAbsent(field.getName(), declared.size());
        }
      }
      byName.values().stream()
          .sorted(Comparator.comparing((Property p) -> declared.getOrDefault(p.name, Integer.MAX_VALUE))
              .thenComparing(p -> p.name))
          .forEach(ordered::add);
      return new Shape(type, List.copyOf(ordered));
    }

    /** The nearest class, the given one or a superclass, annotated {@link JsonSerialize}; {@code null} if none. */
    private static Class<?> valueType(Class<?> runtimeClass) {
      for (Class<?> c = runtimeClass; c != null && c != Object.class; c = c.getSuperclass()) {
        if (c.isAnnotationPresent(JsonSerialize.class)) {
          return c;
        }
      }
      return null;
    }

    private static boolean isAbstractGetter(Method method) {
      int modifiers = method.getModifiers();
      String name = method.getName();
      return Modifier.isAbstract(modifiers) && Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)
          && method.getParameterCount() == 0 && !method.isSynthetic() && !method.isBridge()
          && method.getReturnType() != void.class
          && (isPrefixed(name, "get") || isPrefixed(name, "is"));
    }

    private static boolean isPrefixed(String name, String prefix) {
      return name.length() > prefix.length() && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()));
    }

    /** Jackson's name for a getter: {@code getActorId} → {@code actorId}, {@code getURL} → {@code url}. */
    static String propertyName(String getter) {
      String bare = getter.startsWith("get") ? getter.substring(3) : getter.substring(2);
      int upper = 0;
      while (upper < bare.length() && Character.isUpperCase(bare.charAt(upper))) {
        upper++;
      }
      if (upper <= 1 || upper == bare.length()) {
        return bare.substring(0, Math.max(upper, 1)).toLowerCase(Locale.ROOT) + bare.substring(Math.max(upper, 1));
      }
      // A leading run of capitals such as "URLPath": all but the last belong to the acronym.
      return bare.substring(0, upper - 1).toLowerCase(Locale.ROOT) + bare.substring(upper - 1);
    }

    private static Property property(String name, Method getter) {
      Type generic = getter.getGenericReturnType();
      Class<?> raw = getter.getReturnType();
      Container container;
      Type elementType;
      if (Optional.class.equals(raw)) {
        container = Container.OPTIONAL;
        elementType = typeArgument(generic);
      } else if (Collection.class.isAssignableFrom(raw)) {
        container = Container.COLLECTION;
        elementType = typeArgument(generic);
      } else {
        container = Container.ONE;
        elementType = raw;
      }
      if (!(elementType instanceof Class)) {
        return null;
      }
      Element element = elementOf((Class<?>) elementType, name);
      if (element == Element.VALUE && !mayHoldIds((Class<?>) elementType, new HashMap<>())) {
        return null;
      }
      return element == null ? null : new Property(name, getter, container, element);
    }

    /**
     * Whether a value declared as {@code type} can hold an id or a province code anywhere below it. A value type
     * (an abstract class annotated {@link JsonSerialize}) is only ever its generated class, whose getters are
     * the type's, so its properties tell; another class has no walked properties ({@link #of}); for an
     * interface the answer is yes. Pruning the rest (measurements, periods, head counts) keeps a national
     * dataset's walk to the objects that matter.
     */
    private static boolean mayHoldIds(Class<?> type, Map<Class<?>, Boolean> known) {
      Class<?> valueType = valueType(type);
      if (valueType == null && !type.isInterface()) {
        return false; // a class of the model that is no value type, such as ReportingPeriod, is walked as a leaf
      }
      if (valueType != type) {
        return true;
      }
      Boolean answer = known.get(type);
      if (answer != null) {
        return answer;
      }
      known.put(type, true); // while the type is being looked at, a cycle back to it may hold ids
      boolean holds = holdsIds(type, known);
      known.put(type, holds);
      return holds;
    }

    private static boolean holdsIds(Class<?> type, Map<Class<?>, Boolean> known) {
      for (Method method : type.getMethods()) {
        if (!isAbstractGetter(method)) {
          continue;
        }
        Type generic = method.getGenericReturnType();
        Class<?> raw = method.getReturnType();
        Type elementType = Optional.class.equals(raw) || Collection.class.isAssignableFrom(raw)
            ? typeArgument(generic) : raw;
        if (!(elementType instanceof Class)) {
          continue;
        }
        Element element = elementOf((Class<?>) elementType, propertyName(method.getName()));
        if (element == Element.ID || element == Element.PROVINCE_CODE
            || element == Element.VALUE && mayHoldIds((Class<?>) elementType, known)) {
          return true;
        }
      }
      return false;
    }

    private static Type typeArgument(Type generic) {
      if (generic instanceof ParameterizedType) {
        Type[] arguments = ((ParameterizedType) generic).getActualTypeArguments();
        if (arguments.length == 1) {
          Type argument = arguments[0];
          return argument instanceof ParameterizedType ? ((ParameterizedType) argument).getRawType() : argument;
        }
      }
      return Object.class;
    }

    private static Element elementOf(Class<?> type, String name) {
      if (Id.class.equals(type)) {
        return Element.ID;
      }
      if (String.class.equals(type)) {
        return isProvinceCodeName(name) ? Element.PROVINCE_CODE : null;
      }
      if (type.isPrimitive() || type.isEnum() || type.isArray() || !isModelType(type)) {
        return null;
      }
      return Element.VALUE;
    }

    private static boolean isModelType(Class<?> type) {
      return type.getName().startsWith("org.kdk.") && (type.isInterface() || valueType(type) != null
          || Modifier.isAbstract(type.getModifiers()));
    }

    /** {@code provinceCode}, {@code provinceCodes} and names ending in {@code ProvinceCode(s)}. */
    static boolean isProvinceCodeName(String name) {
      return Arrays.asList("provinceCode", "provinceCodes").contains(name) || name.endsWith("ProvinceCode")
          || name.endsWith("ProvinceCodes");
    }
  }
}
