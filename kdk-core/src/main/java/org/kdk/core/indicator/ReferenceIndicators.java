package org.kdk.core.indicator;

import static org.kdk.core.indicator.Direction.DECREASE;
import static org.kdk.core.indicator.Direction.INCREASE;
import static org.kdk.core.indicator.IatiResultType.IMPACT;
import static org.kdk.core.indicator.IatiResultType.OUTCOME;
import static org.kdk.core.indicator.IatiResultType.OUTPUT;
import static org.kdk.core.indicator.Measure.COUNT;
import static org.kdk.core.indicator.Measure.MILESTONE;
import static org.kdk.core.indicator.Measure.MONEY;
import static org.kdk.core.indicator.Measure.ORDINAL;
import static org.kdk.core.indicator.Measure.PERCENTAGE;
import static org.kdk.core.indicator.Measure.RATIO;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.programme.ExpectedResult;
import org.kdk.core.value.LocalizedText;

/**
 * Başvuru gösterge kataloğu — the KDK SDK's own reference catalogue of indicators, three or four for each of the
 * programme's eight expected results.
 *
 * <p><strong>This is not an official programme indicator framework.</strong> No indicator framework of phase 2
 * of the programme was published; these definitions are this library's proposal, so that plans can be monitored
 * out of the box, and every entry's description says so. Codes are {@code KDK-R<result>-<number>}. Counts of
 * women who suffered violence or harassment are marked {@linkplain IndicatorDefinition#isSensitive() sensitive}.
 * SDG indicators are linked only where the entry measures the SDG indicator's own quantity; the 5.c.1 scale is
 * applied to a local administration's budget system by analogy. Users add their own definitions beside these.
 *
 * <p>The definitions are immutable and the catalogue is thread-safe.
 */
public final class ReferenceIndicators {
  private static final String NOTICE_TR = "KDK SDK başvuru kataloğu; programın resmî göstergesi değildir.";
  private static final String NOTICE_EN = "KDK SDK reference catalogue, not an official programme indicator.";

  private static final List<IndicatorDefinition> ALL = List.of(
      // R1 — local administrations strengthened in gender-sensitive services and policy
      entry("KDK-R1-01", ExpectedResult.R1,
          "Cinsiyete göre ayrıştırılmış veri konusunda eğitim alan uzman sayısı",
          "Experts trained in sex-disaggregated data",
          "Dönem içinde eğitimi tamamlayan kurum uzmanları; kadınlar ve erkekler ayrı sayılır.",
          "Staff experts who completed the training in the period; women and men counted apart.")
          .measure(COUNT).unit("kişi").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R1-02", ExpectedResult.R1,
          "Personel görevlendirilmiş eşitlik birimi bulunan kurum sayısı",
          "Institutions with a staffed equality unit",
          "Valilik, il özel idaresi ve belediyelerden eşitlik birimi kurulmuş ve en az bir personel"
              + " görevlendirilmiş olanlar.",
          "Governorship, special provincial administration and municipalities whose equality unit is set up"
              + " and has at least one member of staff assigned.")
          .measure(COUNT).unit("kurum").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R1-03", ExpectedResult.R1,
          "Hizmet verilerini cinsiyete göre ayrıştırarak raporlayan belediye birimlerinin yüzdesi",
          "Percentage of municipal departments reporting service data disaggregated by sex",
          "Pay: faaliyet raporunda hizmetten yararlananları kadın ve erkek olarak ayrı gösteren birimler;"
              + " payda: tüm hizmet birimleri.",
          "Numerator: departments whose activity report shows service users as women and men;"
              + " denominator: all service departments.")
          .measure(PERCENTAGE).unit("%").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R1-04", ExpectedResult.R1,
          "Şiddet nedeniyle ŞÖNİM'e ya da kadın konukevine yönlendirilen kadın sayısı",
          "Women referred to a Violence Prevention and Monitoring Centre (ŞÖNİM) or a women's shelter because"
              + " of violence",
          "Artış, destek hizmetine ulaşan kadınların arttığını gösterir, şiddetin arttığını değil. Küçük sayılar"
              + " raporlarda gizlenir.",
          "A rise means that more women reach support services, not that violence rose. Small numbers are"
              + " suppressed in reports.")
          .measure(COUNT).unit("kişi").direction(INCREASE).sensitive(true).iatiResultType(OUTCOME).build(),

      // R2 — gender-sensitive strategic planning and budgeting
      entry("KDK-R2-01", ExpectedResult.R2,
          "Yerel eşitlik eylem planı koordinasyon kurulunca onaylanan il sayısı",
          "Provinces whose local equality action plan was approved by the coordination board",
          "Dönem sonuna kadar planı kurul onayı almış program illeri.",
          "Programme provinces whose plan had board approval by the end of the period.")
          .measure(COUNT).unit("il").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R2-02", ExpectedResult.R2,
          "Yerel eşitlik eylem planını stratejik planına işleyen kurum sayısı",
          "Institutions that entered the local equality action plan into their strategic plan",
          "Valilik, il özel idaresi ve belediyeler; planın faaliyetlerinden en az biri stratejik planda ve"
              + " performans programında yer almalıdır.",
          "Governorship, special provincial administration and municipalities; at least one action of the plan"
              + " must appear in the strategic plan and the performance programme.")
          .measure(COUNT).unit("kurum").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R2-03", ExpectedResult.R2,
          "Eylem planı faaliyetlerine meclis kararıyla ayrılan bütçe",
          "Budget allocated by council decision to action plan activities",
          "Belediye meclisi ve il genel meclisi kararlarında plan faaliyetlerine ayrılan tutarların toplamı.",
          "Sum of the amounts that municipal council and provincial council decisions allocate to plan actions.")
          .measure(MONEY).unit("TRY").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R2-04", ExpectedResult.R2,
          "Toplumsal cinsiyet eşitliği için kamu kaynak tahsislerini izleme sistemi (SKA 5.c.1 ölçeği)",
          "System to track public allocations for gender equality (SDG 5.c.1 scale)",
          "Yerel yönetimin bütçe sistemi, SKA 5.c.1 ölçütleri yerel düzeye uyarlanarak puanlanır: 0 karşılamıyor,"
              + " 1 yaklaşıyor, 2 tam olarak karşılıyor.",
          "The local administration's budget system is scored on the SDG 5.c.1 criteria adapted to local"
              + " government: 0 does not meet, 1 approaches, 2 fully meets.")
          .measure(ORDINAL).unit("puan").direction(INCREASE).addSdgIndicator(SdgIndicator.SDG_5_C_1)
          .iatiResultType(OUTCOME).ordinalScale(OrdinalScale.sdg5c1()).build(),

      // R3 — phase-1 results spread to neighbourhoods
      entry("KDK-R3-01", ExpectedResult.R3,
          "Hak temelli mahalle yönetim sistemi uygulanan mahalle sayısı",
          "Neighbourhoods applying a rights-based neighbourhood management system",
          "Muhtar, ihtiyar heyeti ve mahalledeki kadınların katıldığı düzenli mahalle toplantılarının yapıldığı"
              + " mahalleler.",
          "Neighbourhoods holding regular meetings of the muhtar, the neighbourhood council and women of the"
              + " neighbourhood.")
          .measure(COUNT).unit("mahalle").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R3-02", ExpectedResult.R3,
          "Muhtarlar ve ihtiyar heyeti üyeleri arasında kadınların yüzdesi",
          "Percentage of women among muhtars and neighbourhood council members",
          "Pay: seçilmiş kadın muhtarlar ve ihtiyar heyeti üyeleri; payda: tüm seçilmiş muhtarlar ve ihtiyar"
              + " heyeti üyeleri.",
          "Numerator: elected women muhtars and neighbourhood council members; denominator: all elected muhtars"
              + " and neighbourhood council members.")
          .measure(PERCENTAGE).unit("%").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R3-03", ExpectedResult.R3,
          "Mahalle toplantılarına katılan kadın sayısı",
          "Women taking part in neighbourhood meetings",
          "Dönem içindeki toplantılara katılan kadınlar; her kadın bir kez sayılır.",
          "Women attending meetings in the period; each woman counted once.")
          .measure(COUNT).unit("kişi").direction(INCREASE).iatiResultType(OUTPUT).build(),

      // R4 — awareness of gender equality
      entry("KDK-R4-01", ExpectedResult.R4,
          "Farkındalık çalışmalarına katılan kişi sayısı",
          "People reached by awareness activities",
          "Eğitim, seminer ve etkinliklere katılanlar; kadınlar ve erkekler ayrı sayılır.",
          "Participants in trainings, seminars and events; women and men counted apart.")
          .measure(COUNT).unit("kişi").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R4-02", ExpectedResult.R4,
          "Kadına yönelik şiddetin hiçbir koşulda kabul edilemez olduğunu belirten katılımcıların yüzdesi",
          "Percentage of respondents who say that violence against women is never acceptable",
          "İl genelinde yapılan tutum araştırmasından; kadınların ve erkeklerin yanıtları ayrı raporlanır.",
          "From a province-wide attitude survey; the answers of women and men are reported apart.")
          .measure(PERCENTAGE).unit("%").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R4-03", ExpectedResult.R4,
          "Yerel basında toplumsal cinsiyet eşitliğine ilişkin haber sayısı",
          "Local media items on gender equality",
          "Yerel gazete, radyo, televizyon ve haber sitelerinde programa ya da eşitliğe ilişkin haberler.",
          "Items on the programme or on equality in local newspapers, radio, television and news sites.")
          .measure(COUNT).unit("haber").direction(INCREASE).iatiResultType(OUTPUT).build(),

      // R5 — NGO capacity on gender and advocacy
      entry("KDK-R5-01", ExpectedResult.R5,
          "Toplumsal cinsiyet ve savunuculuk eğitimi alan kadın STK'sı sayısı",
          "Women's NGOs trained in gender and advocacy",
          "En az bir temsilcisi eğitimi tamamlayan kadın STK'ları ve taban örgütleri.",
          "Women's NGOs and grassroots organisations with at least one representative who completed the"
              + " training.")
          .measure(COUNT).unit("kuruluş").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R5-02", ExpectedResult.R5,
          "Hibe programıyla desteklenen kadın STK'sı projesi sayısı",
          "Women's NGO projects funded by the grant scheme",
          "Hibe sözleşmesi imzalanmış ve tamamlanmış projeler.",
          "Projects with a signed grant contract that were completed.")
          .measure(COUNT).unit("proje").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R5-03", ExpectedResult.R5,
          "Kadın STK'larının yerel yönetimlere sunduğu önerilerden kabul edilenlerin yüzdesi",
          "Percentage of women's NGO proposals to local administrations that were adopted",
          "Pay: meclis ya da kurul kararına veya eylem planına giren öneriler; payda: yazılı olarak sunulan tüm"
              + " öneriler.",
          "Numerator: proposals taken into a council or board decision or into the action plan; denominator:"
              + " all proposals submitted in writing.")
          .measure(PERCENTAGE).unit("%").direction(INCREASE).iatiResultType(OUTCOME).build(),

      // R6 — participatory mechanisms
      entry("KDK-R6-01", ExpectedResult.R6,
          "Belediye meclisleri ve il genel meclisinde kadınların sandalye yüzdesi",
          "Percentage of seats held by women in municipal councils and the provincial council",
          "Pay: kadın meclis üyeleri; payda: tüm seçilmiş meclis üyeleri (SKA 5.5.1(b)).",
          "Numerator: seats held by women; denominator: all elected seats (SDG 5.5.1(b)).")
          .measure(PERCENTAGE).unit("%").direction(INCREASE).addSdgIndicator(SdgIndicator.SDG_5_5_1_B)
          .iatiResultType(IMPACT).build(),
      entry("KDK-R6-02", ExpectedResult.R6,
          "Kadın-erkek eşitlik komisyonu yıl içinde toplanan meclis sayısı",
          "Councils whose gender equality commission met in the year",
          "Belediye meclisleri ve il genel meclisi; komisyon yıl içinde en az bir kez toplanmış ve meclise"
              + " rapor sunmuş olmalıdır.",
          "Municipal councils and the provincial council; the commission must have met at least once in the"
              + " year and reported to the council.")
          .measure(COUNT).unit("meclis").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R6-03", ExpectedResult.R6,
          "Koordinasyon kurulunda kadın STK temsilcilerinin kamu kurumu temsilcilerine oranı",
          "Ratio of women's NGO representatives to public institution representatives on the coordination"
              + " board",
          "Pay: kadın STK'ları ve taban örgütlerinin temsilcileri; payda: kamu kurumlarının temsilcileri. Oran"
              + " 1'i aşabilir.",
          "Numerator: representatives of women's NGOs and grassroots organisations; denominator: representatives"
              + " of public institutions. The ratio may exceed 1.")
          .measure(RATIO).unit("oran").direction(INCREASE).iatiResultType(OUTCOME).build(),

      // R7 — gender-sensitive urban planning
      entry("KDK-R7-01", ExpectedResult.R7,
          "Toplu taşımaya kolay erişimi olan nüfusun yüzdesi, cinsiyete göre",
          "Percentage of the population with convenient access to public transport, by sex",
          "SKA 11.2.1 yöntemiyle hesaplanır; kadınlar ve erkekler ayrı raporlanır.",
          "Computed by the SDG 11.2.1 method; women and men reported apart.")
          .measure(PERCENTAGE).unit("%").direction(INCREASE).addSdgIndicator(SdgIndicator.SDG_11_2_1)
          .iatiResultType(OUTCOME).build(),
      entry("KDK-R7-02", ExpectedResult.R7,
          "Son 12 ayda fiziksel ya da cinsel tacize uğrayan kadınların yüzdesi",
          "Percentage of women who suffered physical or sexual harassment in the last 12 months",
          "Mağduriyet araştırmasından (SKA 11.7.2); küçük sayılar raporlarda gizlenir.",
          "From a victimisation survey (SDG 11.7.2); small numbers are suppressed in reports.")
          .measure(PERCENTAGE).unit("%").direction(DECREASE).sensitive(true)
          .addSdgIndicator(SdgIndicator.SDG_11_7_2).iatiResultType(IMPACT).build(),
      entry("KDK-R7-03", ExpectedResult.R7,
          "Kadınlarla yapılan güvenlik yürüyüşleri sonrasında iyileştirilen kamusal alan sayısı",
          "Public spaces improved after safety walks with women",
          "Aydınlatma, görünürlük ya da erişim sorunları giderilen park, sokak, durak ve benzeri alanlar.",
          "Parks, streets, stops and similar places where problems of lighting, visibility or access were"
              + " fixed.")
          .measure(COUNT).unit("alan").direction(INCREASE).iatiResultType(OUTPUT).build(),

      // R8 — proposals for legal changes
      entry("KDK-R8-01", ExpectedResult.R8,
          "Merkezi otoritelere gönderilen mevzuat önerisi sayısı",
          "Legislative proposals sent to central authorities",
          "İl ya da program düzeyinde hazırlanıp bakanlıklara veya TBMM'ye yazılı olarak iletilen öneriler.",
          "Proposals prepared at provincial or programme level and sent in writing to ministries or to"
              + " parliament.")
          .measure(COUNT).unit("öneri").direction(INCREASE).iatiResultType(OUTPUT).build(),
      entry("KDK-R8-02", ExpectedResult.R8,
          "Yasa, yönetmelik ya da genelgeye yansıyan mevzuat önerisi sayısı",
          "Legislative proposals reflected in a law, regulation or circular",
          "Gönderilen önerilerden, yürürlüğe giren bir düzenlemede karşılığı bulunanlar.",
          "Proposals sent that are matched by a provision that entered into force.")
          .measure(COUNT).unit("öneri").direction(INCREASE).iatiResultType(OUTCOME).build(),
      entry("KDK-R8-03", ExpectedResult.R8,
          "Yerel eşitlik mekanizmalarını kalıcı kılan düzenlemenin yürürlüğe girmesi",
          "Entry into force of a provision making the local equality mechanisms permanent",
          "Kilometre taşı: koordinasyon kurulu, eşitlik birimi ve eşitlik komisyonunu zorunlu kılan bir"
              + " düzenleme yürürlükte ise ulaşılmıştır.",
          "Milestone: reached when a provision making the coordination board, equality units and equality"
              + " commissions mandatory is in force.")
          .measure(MILESTONE).unit("kilometre taşı").direction(INCREASE).iatiResultType(IMPACT).build());

  private static final Map<String, IndicatorDefinition> BY_CODE = index(ALL);

  private ReferenceIndicators() {}

  private static ImmutableIndicatorDefinition.Builder entry(String code, ExpectedResult result, String nameTr,
      String nameEn, String descriptionTr, String descriptionEn) {
    return IndicatorDefinition.builder()
        .code(code)
        .name(LocalizedText.of(nameTr, nameEn))
        .description(LocalizedText.of(descriptionTr + " " + NOTICE_TR, descriptionEn + " " + NOTICE_EN))
        .expectedResult(result);
  }

  private static Map<String, IndicatorDefinition> index(List<IndicatorDefinition> all) {
    Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
    for (IndicatorDefinition definition : all) {
      if (map.put(definition.getCode(), definition) != null) {
        throw new IllegalStateException("duplicate code in the reference catalogue: " + definition.getCode());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /** Every definition of the catalogue, in code order ({@code KDK-R1-01} first). */
  public static List<IndicatorDefinition> all() {
    return ALL;
  }

  /**
   * The definition with code {@code code}, such as {@code KDK-R2-01}.
   *
   * @throws NoSuchElementException if the catalogue has no such code; the message lists the known codes
   */
  public static IndicatorDefinition of(String code) {
    return find(code).orElseThrow(() -> new NoSuchElementException(
        "no indicator with code '" + code + "' in the KDK SDK reference catalogue; known codes: "
            + String.join(", ", BY_CODE.keySet())));
  }

  /** The definition with code {@code code}, if the catalogue has one. */
  public static Optional<IndicatorDefinition> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The definitions measuring {@code result}, in code order. */
  public static List<IndicatorDefinition> forResult(ExpectedResult result) {
    Objects.requireNonNull(result, "result");
    return ALL.stream()
        .filter(d -> d.getExpectedResult().equals(Optional.of(result)))
        .collect(Collectors.toUnmodifiableList());
  }
}
