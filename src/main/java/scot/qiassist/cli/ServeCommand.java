package scot.qiassist.cli;

import io.javalin.Javalin;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import scot.qiassist.http.ActiveRuleSet;
import scot.qiassist.http.ModerationServices;
import scot.qiassist.http.QiAssistServer;
import scot.qiassist.http.Role;
import scot.qiassist.http.ServiceSettings;
import scot.qiassist.http.Tokens;
import scot.qiassist.http.TokensException;
import scot.qiassist.reload.CandidateWorker;
import scot.qiassist.reload.ReloadResult;
import scot.qiassist.reload.RuleSetReloader;
import scot.qiassist.reload.RulesInService;
import scot.qiassist.reload.RulesWatcher;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.storage.Database;
import scot.qiassist.storage.EvaluationStore;
import scot.qiassist.versions.Workbench;

/** {@code qi-assist serve}: the same evaluation over HTTP, with the API described at /docs. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves evaluations, what-if, the rule catalogue, the terms and the measures over HTTP; /docs describes every route.",
      "Stores every evaluation posted, with the panels' decisions, in --db; serves the pages for moderation panels at /.",
      "With no tokens (--tokens or "
          + Tokens.VARIABLE
          + ") it runs in single-user local mode, on 127.0.0.1 only."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "the port to listen on (default: ${DEFAULT-VALUE})",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "the address to listen on (default: ${DEFAULT-VALUE}); an address other than loopback needs tokens",
      defaultValue = ServiceSettings.LOCAL_HOST)
  String host;

  @Option(
      names = "--tokens",
      paramLabel = "FILE",
      description =
          "bearer tokens, one 'role token name' a line (roles: inspector, moderator, policy; the name is who holds it, by default the role); added to those in "
              + Tokens.VARIABLE
              + " (role:token:name,role:token:name)")
  Path tokensFile;

  @Option(
      names = "--body-limit",
      paramLabel = "BYTES",
      description = "the largest request body accepted (default: ${DEFAULT-VALUE})",
      defaultValue = "1000000")
  long bodyLimit;

  @Option(
      names = "--behind-tls-proxy",
      description =
          "clients reach the service through a proxy that ends TLS (HTTPS): the session cookie is then always Secure (X-Forwarded-Proto is never trusted)")
  boolean behindTlsProxy;

  @Mixin RulesOption rules;

  @Option(
      names = "--no-watch",
      description =
          "do not reload the rules when their files change (POST /api/ruleset/reload still does)")
  boolean noWatch;

  /** Where every posted evaluation and every panel decision is stored (--db). */
  @Mixin DatabaseOption database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Tokens tokens = tokens();
    if (tokens.isEmpty() && !loopback(host)) {
      throw new ParameterException(
          spec.commandLine(),
          "--host "
              + host
              + " would open the service to other machines with no tokens: give --tokens FILE or "
              + Tokens.VARIABLE
              + ", or leave --host out to serve this machine only");
    }
    ServiceSettings settings;
    try {
      settings = new ServiceSettings(host, port, bodyLimit, behindTlsProxy);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Database db = database.database();
    RuleSet fromDirectory = rules.load();
    RulesInService inService = RulesInService.start(db, fromDirectory);
    ActiveRuleSet active = new ActiveRuleSet(inService);
    // One worker process for every candidate, reloads and the workbench's alike, warmed up on the
    // rules in service so that the first candidate of the day does not pay a cold compile.
    CandidateWorker worker =
        new CandidateWorker(
            CandidateWorker.TIME_LIMIT,
            () -> CandidateWorker.WarmUp.of(inService.current(), ExampleFiles.directory()));
    RuleSetReloader reloader =
        new RuleSetReloader(rules.resolve(), ExampleFiles.directory(), inService, worker);
    reloader.reloadIfNew(fromDirectory).ifPresent(this::announceReload);
    ModerationServices moderation = ModerationServices.of(db);
    Workbench workbench = new Workbench(db, inService, worker, ExampleFiles.directory());
    Javalin app = QiAssistServer.create(active, tokens, settings, moderation, reloader, workbench);
    RulesWatcher watcher =
        noWatch
            ? null
            : RulesWatcher.start(
                rules.resolve(),
                WATCH_DEBOUNCE,
                () -> announceReload(reloader.reload("file watcher")));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  closeQuietly(watcher);
                  worker.close();
                  inService.close();
                  db.close();
                  stopped.countDown();
                }));
    app.start();
    worker.startInBackground();
    announce(settings, tokens, active, app.port());
    announceVersion(fromDirectory, inService);
    announceStore(moderation.store(), app.port());
    if (watcher != null) {
      spec.commandLine()
          .getOut()
          .println(
              "Watching "
                  + rules.resolve()
                  + ": a saved change is checked and tested, then put in service or refused.");
      spec.commandLine().getOut().flush();
    }
    stopped.await();
    return ExitCodes.OK;
  }

  /** Long enough for an editor's several writes of one save to count as one change. */
  private static final java.time.Duration WATCH_DEBOUNCE = java.time.Duration.ofMillis(750);

  private void announceReload(ReloadResult result) {
    var out = spec.commandLine().getOut();
    if (result.activated()) {
      out.println("Rules reloaded: version " + result.version() + " is in service.");
    } else if (result.unchanged()) {
      out.println("Rules unchanged: version " + result.version() + " is already in service.");
    } else {
      out.println(
          "Rules not reloaded ("
              + (result.errors().size() + result.examples().size())
              + " problems; GET /api/ruleset lists them); the previous version stays in service.");
    }
    out.flush();
  }

  private static void closeQuietly(RulesWatcher watcher) {
    if (watcher == null) {
      return;
    }
    try {
      watcher.close();
    } catch (java.io.IOException e) {
      // The service is stopping; nothing waits on the watcher.
    }
  }

  private Tokens tokens() throws ParameterException {
    try {
      Tokens fromFile = tokensFile == null ? Tokens.none() : Tokens.fromFile(tokensFile);
      return fromFile.and(Tokens.fromVariable(System.getenv(Tokens.VARIABLE)));
    } catch (TokensException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void announce(
      ServiceSettings settings, Tokens tokens, ActiveRuleSet active, int actualPort) {
    var out = spec.commandLine().getOut();
    String origin =
        "http://"
            + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host())
            + ":"
            + actualPort;
    out.println(
        "QI Assist is serving on "
            + origin
            + " with the rules in "
            + active.current().directory()
            + " (ruleset version "
            + active.current().version()
            + ").");
    if (tokens.isEmpty()) {
      out.println(
          "Single-user local mode: no tokens are configured, so the service listens on 127.0.0.1 only, every route is open to this machine, and only requests addressed to 127.0.0.1 or localhost with its port are answered.");
    } else {
      out.println(
          tokens.size()
              + " bearer tokens accepted, for the roles "
              + tokens.roles().stream().map(Role::id).collect(Collectors.joining(", "))
              + ".");
    }
    out.println("The API and a page to try it: " + origin + "/docs. Stop with Ctrl+C.");
    out.flush();
  }

  /** Says so when the version in service is not the directory's, and why. */
  private void announceVersion(RuleSet fromDirectory, RulesInService inService) {
    String served = inService.current().version();
    if (served.equals(fromDirectory.version())) {
      return;
    }
    var out = spec.commandLine().getOut();
    out.println(
        "The rules directory holds version "
            + fromDirectory.version()
            + (inService.wasActivated(fromDirectory.version())
                ? ", which was put in service before and since replaced"
                : ", which was refused (GET /api/ruleset says why)")
            + "; version "
            + served
            + ", in service in the database, is served. POST /api/ruleset/reload puts the directory's"
            + " rules in service.");
    out.flush();
  }

  private void announceStore(EvaluationStore store, int actualPort) {
    var out = spec.commandLine().getOut();
    out.println("Evaluations and panel decisions are stored in " + store.url() + ".");
    out.println(
        "Pages for moderation panels: http://"
            + (host.contains(":") ? "[" + host + "]" : host)
            + ":"
            + actualPort
            + "/");
    out.flush();
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
