package org.kdk.examples.cli;

import org.kdk.rules.profile.Profile;
import org.kdk.rules.profile.Profiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --profile current-law|phase-2-programme}: which rules apply, and how strictly. */
final class ProfileOption {
  @Option(names = "--profile", paramLabel = "current-law|phase-2-programme", defaultValue = "current-law",
      converter = Converter.class,
      description = "Rule profile: current-law (default) or phase-2-programme.")
  Profile profile;

  static final class Converter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      switch (value) {
        case "current-law":
          return Profiles.currentLaw();
        case "phase-2-programme":
          return Profiles.phase2Programme();
        default:
          throw new TypeConversionException(
              "unknown profile '" + value + "': use current-law or phase-2-programme");
      }
    }
  }
}
