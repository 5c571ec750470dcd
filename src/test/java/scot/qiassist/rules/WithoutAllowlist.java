package scot.qiassist.rules;

import java.util.UUID;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * Builds and fires one rule file straight through Drools, with no allowlist: what the service did
 * before it had one. Only for showing that an attempt of the corpus is real.
 */
final class WithoutAllowlist {

  private WithoutAllowlist() {}

  /** Compiles the file and fires its rules once; returns the compiler's errors, if any. */
  static String fire(String drl) {
    KieServices services = KieServices.Factory.get();
    ReleaseId release =
        services.newReleaseId("scot.qiassist.test", "attempt-" + UUID.randomUUID(), "1");
    KieFileSystem kfs = services.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    kfs.write("src/main/resources/attempt/attempt.drl", drl);
    var builder = services.newKieBuilder(kfs).buildAll();
    String errors = builder.getResults().getMessages(Message.Level.ERROR).toString();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      services.getRepository().removeKieModule(release);
      return errors;
    }
    KieSession session = services.newKieContainer(release).newKieSession();
    try {
      session.fireAllRules(10);
    } finally {
      session.dispose();
      services.getRepository().removeKieModule(release);
    }
    return "";
  }
}
