package org.kdk.core.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * Jackson modülü — registers what the SDK's types need on an {@link com.fasterxml.jackson.databind.ObjectMapper}
 * of the user's own: {@link Jdk8Module} for {@code Optional} and {@link JavaTimeModule} for dates.
 *
 * <p>Our types carry their own Jackson annotations, so this module adds no serializers; it exists so that one
 * {@code mapper.registerModule(new KdkJacksonModule())} is enough. Dates are written as ISO-8601 text only when
 * {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS} is off, as {@link KdkJson} configures it; with a
 * user's mapper, turn it off yourself. {@link KdkJson} adds the strict reading settings of the document format.
 */
public final class KdkJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A new module. */
  public KdkJacksonModule() {
    super("KdkJacksonModule");
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }
}
