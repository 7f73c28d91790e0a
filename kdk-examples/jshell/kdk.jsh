// KDK SDK — JShell start-up. Opened by the README's command:
//   jshell --class-path kdk-examples/target/kdk.jar --startup DEFAULT --startup kdk-examples/jshell/kdk.jsh
// It imports the SDK and loads the Mardin dataset into `mardin`.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.kdk.core.administration.*;
import org.kdk.core.dataset.*;
import org.kdk.core.i18n.*;
import org.kdk.core.indicator.*;
import org.kdk.core.json.*;
import org.kdk.core.mechanism.*;
import org.kdk.core.plan.*;
import org.kdk.core.value.*;
import org.kdk.reporting.progress.*;
import org.kdk.reporting.render.*;
import org.kdk.reporting.report.*;
import org.kdk.rules.*;
import org.kdk.rules.finding.*;
import org.kdk.rules.profile.*;

// Keep Hibernate Validator's start-up banner out of the session.
java.util.logging.Logger KDK_QUIET = java.util.logging.Logger.getLogger("org.hibernate");
KDK_QUIET.setLevel(java.util.logging.Level.WARNING);

Dataset load(String file) { return KdkJson.strict().readDataset(Path.of(file)); }
Dataset mardin = load("kdk-examples/datasets/mardin.json");
ReportEngine reports = ReportEngine.standard();
KdkValidator validator = KdkValidator.of(Profiles.currentLaw());

System.out.println("mardin: " + mardin.getTitle().orElse("") + " — " + mardin.getPlans().size() + " plans, "
    + mardin.mechanisms().size() + " mechanisms. Try:");
System.out.println("  validator.validate(mardin, LocalDate.of(2015, 6, 30))");
System.out.println("  reports.scorecard(mardin, \"TR-47\", LocalDate.of(2015, 6, 30)).getMechanisms()");
System.out.println("  mardin.getPlans().get(0).getIndicators().stream().map(i -> reports.calculator().progress(i, LocalDate.of(2015, 6, 30)).getStatus()).collect(Collectors.toList())");
