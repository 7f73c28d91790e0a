package org.kdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: proves that a value survives write → read unchanged and that writing is stable. */
public final class RoundTrip {
  private RoundTrip() {}

  /** Writes {@code value}, reads it back as {@code type}, asserts equality, and returns the JSON text. */
  public static <T> String assertRoundTrip(T value, Class<T> type) {
    String json = KdkJson.strict().write(value);
    T back = KdkJson.strict().read(json, type);
    assertThat(back).as("read back from %s", json).isEqualTo(value);
    assertThat(KdkJson.strict().write(back)).as("written again").isEqualTo(json);
    return json;
  }
}
