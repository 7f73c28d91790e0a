package org.kdk.examples.bench;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.kdk.core.dataset.Dataset;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * B2 — validating the national dataset as of its date: {@link KdkValidator} with the current-law profile (field
 * constraints and every rule), against Hibernate Validator alone on the same objects (the constraints only),
 * and against a hand-written traversal that reads every field ({@link Traversal}, the floor).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class B2ValidateBenchmark {
  private static final KdkValidator KDK = KdkValidator.of(Profiles.currentLaw());
  private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class).configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  @Benchmark
  public ValidationReport kdk(NationalData data) {
    return KDK.validate(data.dataset, data.asOf);
  }

  @Benchmark
  public Set<ConstraintViolation<Dataset>> hibernateValidator(NationalData data) {
    return HIBERNATE.validate(data.dataset);
  }

  @Benchmark
  public long floor(NationalData data) {
    return Traversal.of(data.dataset);
  }
}
