package org.kdk.core.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kdk.core.programme.ExpectedResult;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;

/** Fully populated instances of every type of the package: every optional set, every list non-empty. */
final class Fixtures {
  private Fixtures() {}

  static final ReportingPeriod Y2013 = ReportingPeriod.ofYear(2013);
  static final ReportingPeriod Y2014 = ReportingPeriod.ofYear(2014);

  static Measurement fullMeasurement() {
    return Measurement.builder()
        .value(new BigDecimal("12.5"))
        .numerator(BigDecimal.valueOf(5))
        .denominator(BigDecimal.valueOf(40))
        .text("Meclis üye listesinden")
        .build();
  }

  static OrdinalScale fullScale() {
    return OrdinalScale.sdg5c1();
  }

  static IndicatorDefinition fullDefinition() {
    return IndicatorDefinition.builder()
        .code("KDK-R2-04")
        .name(LocalizedText.of("Bütçe izleme sistemi", "Budget tracking system"))
        .description(LocalizedText.of("Açıklama", "Description"))
        .expectedResult(ExpectedResult.R2)
        .measure(Measure.ORDINAL)
        .unit("puan")
        .direction(Direction.INCREASE)
        .sensitive(true)
        .addSdgIndicator(SdgIndicator.SDG_5_C_1)
        .addSdgIndicator(SdgIndicator.SDG_5_5_1_B)
        .iatiResultType(IatiResultType.OUTCOME)
        .ordinalScale(fullScale())
        .build();
  }

  static IndicatorDefinition seatsDefinition() {
    return ReferenceIndicators.of("KDK-R6-01");
  }

  static Baseline fullBaseline() {
    return Baseline.builder()
        .date(LocalDate.of(2012, 12, 31))
        .value(Measurement.ofRatio(2, 31))
        .women(Measurement.ofRatio(2, 31))
        .men(Measurement.ofRatio(0, 31))
        .source("YSK 2009 yerel seçim sonuçları")
        .illustrative(true)
        .build();
  }

  static TargetValue fullTarget() {
    return TargetValue.builder()
        .period(Y2014)
        .value(Measurement.of(20))
        .women(Measurement.of(25))
        .men(Measurement.of(15))
        .build();
  }

  static Observation fullObservation() {
    return Observation.builder()
        .period(Y2013)
        .total(Measurement.ofRatio(30, 100))
        .women(Measurement.ofRatio(18, 50))
        .men(Measurement.ofRatio(12, 50))
        .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), Measurement.ofRatio(6, 20)))
        .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.atLeast(65), Measurement.ofRatio(2, 10)))
        .addDistrict(DistrictMeasurement.builder()
            .district("Kızıltepe")
            .municipalityId(Id.of("kiziltepe-belediyesi"))
            .value(Measurement.ofRatio(9, 30))
            .build())
        .source("Belediye hizmet kayıtları")
        .note("Yöntem 2013'te değişti")
        .illustrative(true)
        .build();
  }

  static Indicator fullIndicator() {
    return Indicator.builder()
        .id(Id.of("mardin-yeep-g1"))
        .definition(seatsDefinition())
        .baseline(fullBaseline())
        .addTarget(fullTarget())
        .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(30)))
        .addObservation(fullObservation())
        .addObservation(Observation.of(Y2014, Measurement.ofRatio(7, 31)))
        .dataSource("Belediye meclis üye listesi")
        .meansOfVerification("Meclis karar defteri")
        .illustrative(true)
        .build();
  }
}
